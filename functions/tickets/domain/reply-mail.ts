import { messagesText } from '../../../locales/message-packs';
import { type Locale, localeInfo } from '../../../locales/registry';
import { escapeHtml } from '../../commons/html';

export interface ReplyMailInput {
  ticketId: string;
  name?: string;
  /** The reply as safe HTML (already through the sanitiser) and as plain text. */
  replyHtml: string;
  replyText: string;
  /** Where the customer reads the conversation and answers. */
  url: string;
  unsubscribeUrl: string;
}

const fill = (t: string, vars: Record<string, string>) => t.replace(/\{(\w+)\}/g, (_, k: string) => vars[k] ?? '');

/**
 * The mail telling a customer staff answered their ticket, in their language: the reply itself
 * (sanitised HTML, never raw) and the link to the conversation.
 */
export function renderReplyMail(locale: Locale, input: ReplyMailInput) {
  const t = messagesText(locale);
  const vars = { ticket: input.ticketId, name: input.name?.trim() ?? '' };
  const subject = fill(t.ticketReply.subject, vars);
  const greeting = vars.name ? fill(t.greeting, vars) : t.greetingNoName;
  const paragraphs = t.ticketReply.paragraphs.map((p) => fill(p, vars));
  const text = [
    greeting,
    ...paragraphs,
    input.replyText,
    `${t.ticketReply.link}: ${input.url}`,
    t.signature,
    `--\n${t.ticketReply.footer}`,
  ].join('\n\n');
  const html = [
    `<!doctype html><html lang="${escapeHtml(localeInfo(locale).htmlLang)}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>`,
    '<body style="font-family:sans-serif;line-height:1.5;max-width:40em">',
    `<p>${escapeHtml(greeting)}</p>`,
    ...paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
    `<blockquote style="border-left:3px solid #ccc;margin:0;padding-left:1em">${input.replyHtml}</blockquote>`,
    `<p><a href="${escapeHtml(input.url)}">${escapeHtml(t.ticketReply.link)}</a></p>`,
    `<p>${escapeHtml(t.signature)}</p>`,
    `<hr><p style="font-size:small;color:#555">${escapeHtml(t.ticketReply.footer)}</p>`,
    '</body></html>',
  ].join('\n');
  return { subject, text, html };
}
