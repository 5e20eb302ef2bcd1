import { Hono } from 'hono';
import type { AppEnv } from '../env';
import { escapeHtml } from '../commons/html';

type Doc = {
  info?: { title?: string; version?: string };
  paths?: Record<string, Record<string, { summary?: string; tags?: string[]; security?: unknown[] }>>;
};

/** A self-contained docs page (no CDN, works offline): every route, grouped by tag, with its schema link. */
function renderDocs(document: unknown): string {
  const doc = document as Doc;
  const rows = Object.entries(doc.paths ?? {}).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, op]) => ({ path, method: method.toUpperCase(), ...op })),
  );
  const byTag = new Map<string, typeof rows>();
  for (const row of rows) {
    const tag = row.tags?.[0] ?? 'other';
    byTag.set(tag, [...(byTag.get(tag) ?? []), row]);
  }
  const sections = [...byTag]
    .map(
      ([tag, ops]) =>
        `<section><h2>${escapeHtml(tag)}</h2><table><thead><tr><th scope="col">Method</th><th scope="col">Path</th><th scope="col">What</th><th scope="col">Auth</th></tr></thead><tbody>${ops
          .map(
            (op) =>
              `<tr><td><code>${op.method}</code></td><td><code>${escapeHtml(op.path)}</code></td><td>${escapeHtml(op.summary ?? '')}</td><td>${op.security?.length ? 'Bearer token' : 'none'}</td></tr>`,
          )
          .join('')}</tbody></table></section>`,
    )
    .join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(doc.info?.title ?? 'API')} docs</title>
<style>body{font:16px/1.5 system-ui,sans-serif;margin:0 auto;max-width:70rem;padding:1rem;color:#1a1a1a}table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #ccc;padding:.4rem;text-align:left;vertical-align:top}code{font-size:.9em}</style></head>
<body><main><h1>${escapeHtml(doc.info?.title ?? 'API')} <small>${escapeHtml(doc.info?.version ?? '')}</small></h1>
<p>The machine-readable document is at <a href="/api/openapi.json">/api/openapi.json</a>. Errors are <code>application/problem+json</code> (RFC 9457).</p>${sections}</main></body></html>`;
}

/** The page's own CSP: its one inline style block, nothing else (the site's CSP does not fit it). */
const DOCS_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

export const docsRoutes = (getDoc: () => unknown) =>
  new Hono<AppEnv>().get('/docs', (c) => {
    c.header('content-security-policy', DOCS_CSP);
    return c.html(renderDocs(getDoc()));
  });
