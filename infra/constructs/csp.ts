// The CSP builder and the inline hashes live with the one definition of the security headers,
// which the local server sends too (functions/http/security-headers.ts).
export { CSP_MAX_LENGTH, contentSecurityPolicy, inlineHashes } from '../../functions/http/security-headers.js';
