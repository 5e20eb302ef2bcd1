import { createRoute } from '@hono/zod-openapi';
import * as z from 'zod';
import { lazySchema } from '../http/lazy-schema';
import { localeInfo, type Locale } from '../../locales/registry';
import { principalOf, requireCustomer } from '../auth/guard';
import { requestLocale, router } from '../http/router';
import { authErrors, commonErrors, jsonContent } from '../http/schemas';
import { escapeHtml } from '../commons/html';
import { answerSurvey, invitationOf, surveyOfToken, surveyPageText } from './nps-service';
import {
  NpsInvitationStateSchema,
  OrderNumberParamSchema,
  SurveyAnswerFormSchema,
  SurveyQuerySchema,
} from './survey-schemas';

// The schema only describes the page in the document: built when something reads it (never, on Lambda).
const html = (description: string) => ({
  description,
  content: { 'text/html': { schema: lazySchema(() => z.string()) } },
});

const STYLE =
  'body{font-family:sans-serif;line-height:1.5;max-width:40em;margin:1em auto;padding:0 1em}' +
  'fieldset{border:0;padding:0}.scale{display:flex;flex-wrap:wrap;gap:.25em}' +
  '.scale label{display:inline-flex;align-items:center;gap:.2em;border:1px solid #555;padding:.4em .6em;min-width:2.5em}' +
  'textarea{width:100%;min-height:5em}button{margin-top:1em;padding:.5em 1em}';

function page(locale: Locale, body: string) {
  const t = surveyPageText(locale);
  return `<!doctype html><html lang="${localeInfo(locale).htmlLang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(t.title)}</title><style>${STYLE}</style></head><body><main><h1>${escapeHtml(t.title)}</h1>${body}</main></body></html>`;
}

/** The 0-10 question as a form that works without script: the score from the link comes chosen. */
function form(locale: Locale, token: string, chosen?: number) {
  const t = surveyPageText(locale);
  const action = `?token=${encodeURIComponent(token)}&locale=${locale}`;
  const radios = Array.from(
    { length: 11 },
    (_, n) =>
      `<label><input type="radio" name="score" value="${n}" required${n === chosen ? ' checked' : ''}>${n}</label>`,
  ).join('');
  return `<form method="post" action="${escapeHtml(action)}"><fieldset aria-describedby="scale-ends"><legend>${escapeHtml(t.question)}</legend><p id="scale-ends">${escapeHtml(t.low)}; ${escapeHtml(t.high)}</p><div class="scale">${radios}</div></fieldset><p><label for="comment">${escapeHtml(t.why)}</label><br><textarea id="comment" name="comment" maxlength="1000"></textarea></p><button type="submit">${escapeHtml(t.send)}</button></form>`;
}

const ask = createRoute({
  method: 'get',
  path: '/feedback/nps/answer',
  tags: ['feedback'],
  summary: 'The page a survey link opens (no sign-in): the 0-10 question, the score from the link chosen',
  request: { query: SurveyQuerySchema },
  responses: {
    200: html('The question, or a note that the order was answered'),
    404: html('The link is not valid or expired'),
    ...commonErrors,
  },
});

const answer = createRoute({
  method: 'post',
  path: '/feedback/nps/answer',
  tags: ['feedback'],
  summary: "A survey link's answer: 0-10 and an optional why; the first answer for the order counts",
  request: {
    query: lazySchema(() => SurveyQuerySchema.omit({ score: true })),
    body: { content: { 'application/x-www-form-urlencoded': { schema: SurveyAnswerFormSchema } }, required: true },
  },
  responses: {
    200: html('Thank you'),
    404: html('The link is not valid or expired'),
    409: html('The order was already answered'),
    ...commonErrors,
  },
});

const invitation = createRoute({
  method: 'get',
  path: '/feedback/nps/orders/{orderNumber}',
  tags: ['feedback'],
  security: [{ bearerAuth: [] }],
  middleware: requireCustomer,
  summary: "The NPS question of one of my orders: open from a few days after delivery until it's answered",
  request: { params: OrderNumberParamSchema },
  responses: {
    200: jsonContent(NpsInvitationStateSchema, 'open: show the question on the order page'),
    ...commonErrors,
    ...authErrors,
  },
});

export const surveyRoutes = () =>
  router()
    .openapi(ask, async (c) => {
      const { token, score, locale: q } = c.req.valid('query');
      const locale = requestLocale(q, c.req.header('accept-language'));
      const t = surveyPageText(locale);
      const survey = await surveyOfToken(c.var.deps, token);
      if (!survey) return c.html(page(locale, `<p>${escapeHtml(t.invalid)}</p>`), 404);
      if (survey.answered) return c.html(page(locale, `<p>${escapeHtml(t.answered)}</p>`), 200);
      return c.html(page(locale, form(locale, token, score)), 200);
    })
    .openapi(answer, async (c) => {
      const { token, locale: q } = c.req.valid('query');
      const locale = requestLocale(q, c.req.header('accept-language'));
      const t = surveyPageText(locale);
      const outcome = await answerSurvey(c.var.deps, token, c.req.valid('form'));
      if (outcome === 'invalid') return c.html(page(locale, `<p>${escapeHtml(t.invalid)}</p>`), 404);
      if (outcome === 'answered') return c.html(page(locale, `<p>${escapeHtml(t.answered)}</p>`), 409);
      return c.html(page(locale, `<p role="status">${escapeHtml(t.thanks)}</p>`), 200);
    })
    .openapi(invitation, async (c) => {
      const { orderNumber } = c.req.valid('param');
      return c.json(await invitationOf(c.var.deps, principalOf(c).email ?? '', orderNumber), 200);
    });
