import { marked, type Token, type TokensList } from 'marked';
import sanitizeHtml from 'sanitize-html';
import { answerProblem, DEFAULT_ANSWER_LIMITS, tooDeep, UnrenderableAnswer, type AnswerLimits } from './answer-limits';

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

/** What marked.parse would use: its defaults with ours, a fresh object a call (marked keeps state on it). */
const options = () => ({ ...marked.defaults, async: false, gfm: true, breaks: false }) as const;

/**
 * Checks untrusted markdown against the answer limits (answer-limits.ts) and reads it into
 * marked's tokens, measuring the real nesting on them; throws {@link UnrenderableAnswer} (a 400
 * naming `field`) for anything it will not render, a stack overflow in marked included.
 */
export function checkAnswer(markdown: string, limits: AnswerLimits = DEFAULT_ANSWER_LIMITS, field = 'answer') {
  const problem = answerProblem(markdown, limits);
  if (problem) throw new UnrenderableAnswer(problem, field);
  let tokens: TokensList;
  try {
    tokens = marked.lexer(markdown, options());
  } catch (error) {
    if (error instanceof RangeError)
      throw new UnrenderableAnswer(tooDeep(limits, 'this one nests too deeply to read'), field);
    throw error;
  }
  const depth = nestingOf(tokens);
  if (depth > limits.maxNesting) throw new UnrenderableAnswer(tooDeep(limits, `this one nests ${depth}`), field);
  return tokens;
}

/** How deeply quotes and lists nest in marked's tokens (only they hold blocks inside blocks). */
export function nestingOf(tokens: Token[], depth = 0): number {
  let deepest = depth;
  for (const token of tokens) {
    if (token.type === 'blockquote') deepest = Math.max(deepest, nestingOf(token.tokens ?? [], depth + 1));
    if (token.type === 'list')
      for (const item of token.items) deepest = Math.max(deepest, nestingOf(item.tokens, depth + 1));
  }
  return deepest;
}

/**
 * Renders untrusted markdown to HTML that is safe to put on any page, within the answer limits
 * (else {@link UnrenderableAnswer}).
 * @example renderAnswer('**Hi** <script>x</script>') // '<p><strong>Hi</strong> </p>'
 */
export function renderAnswer(markdown: string, limits: AnswerLimits = DEFAULT_ANSWER_LIMITS, field = 'answer'): string {
  const tokens = checkAnswer(markdown, limits, field);
  let html: string;
  try {
    html = marked.parser(tokens, options());
  } catch (error) {
    if (error instanceof RangeError)
      throw new UnrenderableAnswer(tooDeep(limits, 'this one nests too deeply to render'), field);
    throw error;
  }
  return sanitizeHtml(html, POLICY).trim();
}

/** Sanitises plain text for places that take no markup at all (questions, tags). */
export const plainText = (text: string) => sanitizeHtml(text, { allowedTags: [], allowedAttributes: {} });
