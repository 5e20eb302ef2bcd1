/** What token verification needs from jose, on its own so its chunk holds only that (verify.ts loads it lazily). */
export { createRemoteJWKSet, jwtVerify } from 'jose';
