import { createRoute } from '@hono/zod-openapi';
import * as z from 'zod';
import { lazySchema } from '../http/lazy-schema';
import { localeInfo, type Locale } from '../../locales/registry';
import { requestLocale, router } from '../http/router';
import { commonErrors } from '../http/schemas';
import { escapeHtml } from '../commons/html';
import { UnsubscribeQuerySchema } from './schemas';
import { unsubscribe, unsubscribePageText, unsubscribeTokenCustomer } from './service';

// The schema only describes the page in the document: built when something reads it (never, on Lambda).
const html = (description: string) => ({
  description,
  content: { 'text/html': { schema: lazySchema(() => z.string()) } },
});

function page(locale: Locale, body: string) {
  const t = unsubscribePageText(locale);
  return `<!doctype html><html lang="${localeInfo(locale).htmlLang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(t.title)}</title></head><body><main><h1>${escapeHtml(t.title)}</h1>${body}</main></body></html>`;
}

const ask = createRoute({
  method: 'get',
  path: '/unsubscribe',
  tags: ['messages'],
  summary: 'The page an unsubscribe link opens: asks before it turns order updates off',
  request: { query: UnsubscribeQuerySchema },
  responses: { 200: html('The confirmation page'), 404: html('The link is not valid'), ...commonErrors },
});
const confirm = createRoute({
  method: 'post',
  path: '/unsubscribe',
  tags: ['messages'],
  summary: 'Turn order-update messages off (the page, and one-click List-Unsubscribe-Post)',
  request: { query: UnsubscribeQuerySchema },
  responses: { 200: html('Done'), 404: html('The link is not valid'), ...commonErrors },
});

export const unsubscribeRoutes = () =>
  router()
    .openapi(ask, (c) => {
      const { token, locale: q } = c.req.valid('query');
      const locale = requestLocale(q, c.req.header('accept-language'));
      const t = unsubscribePageText(locale);
      if (!unsubscribeTokenCustomer(c.var.deps, token))
        return c.html(page(locale, `<p>${escapeHtml(t.invalid)}</p>`), 404);
      const action = `?token=${encodeURIComponent(token)}&locale=${locale}`;
      return c.html(
        page(
          locale,
          `<p>${escapeHtml(t.confirm)}</p><form method="post" action="${escapeHtml(action)}"><button type="submit">${escapeHtml(t.button)}</button></form>`,
        ),
        200,
      );
    })
    .openapi(confirm, async (c) => {
      const { token, locale: q } = c.req.valid('query');
      const locale = requestLocale(q, c.req.header('accept-language'));
      const t = unsubscribePageText(locale);
      const done = await unsubscribe(c.var.deps, token);
      return done
        ? c.html(page(locale, `<p>${escapeHtml(t.done)}</p>`), 200)
        : c.html(page(locale, `<p>${escapeHtml(t.invalid)}</p>`), 404);
    });
