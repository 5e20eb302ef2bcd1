import { marked } from 'marked';
import sanitizeHtml from 'sanitize-html';

/**
 * The only allowlist admin-written HTML passes: structure and links, no scripts, styles, event
 * handlers or non-http(s)/mailto URLs.
 */
const POLICY: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'br',
    'strong',
    'em',
    'b',
    'i',
    'ul',
    'ol',
    'li',
    'a',
    'code',
    'pre',
    'blockquote',
    'h3',
    'h4',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
    'hr',
  ],
  allowedAttributes: { a: ['href', 'title', 'rel'], th: ['scope'] },
  allowedSchemes: ['https', 'http', 'mailto'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  transformTags: {
    a: (tagName, attribs) => ({ tagName, attribs: { ...attribs, rel: 'noopener noreferrer' } }),
    h1: 'h3',
    h2: 'h3',
  },
};

/**
 * Renders untrusted markdown to HTML that is safe to put on any page.
 * @example renderAnswer('**Hi** <script>x</script>') // '<p><strong>Hi</strong> </p>'
 */
export function renderAnswer(markdown: string): string {
  const html = marked.parse(markdown, { async: false, gfm: true, breaks: false });
  return sanitizeHtml(html, POLICY).trim();
}

/** Sanitises plain text for places that take no markup at all (questions, tags). */
export const plainText = (text: string) => sanitizeHtml(text, { allowedTags: [], allowedAttributes: {} });
