import { messagesText } from '../../../locales/message-packs';
import { type Locale, localeInfo } from '../../../locales/registry';
import type { MessageKind } from './message';
import { escapeHtml } from '../../commons/html';
import { dateTimeFormat, numberFormat } from '../../text/intl';

/** What a message may say about the order; the shop sends some of it, not always all. */
export interface OrderFacts {
  orderNumber: string;
  name?: string;
  carrier?: string;
  trackingNumber?: string;
  trackingUrl?: string;
  /** ISO date or time of the (new) expected delivery. */
  expectedDelivery?: string;
  location?: string;
  amountCents?: number;
  currency?: string;
  /** The signed survey link (nps_invite): each score 0-10 links to it with `&score=N`. */
  surveyUrl?: string;
}

export interface MessageLinks {
  /** The portal's public origin, e.g. https://portal.example.com (no trailing slash). */
  baseUrl: string;
  unsubscribeUrl: string;
}

export interface RenderedMessage {
  subject: string;
  text: string;
  html: string;
}

/** Only web links go into a message: a `javascript:` or `data:` tracking URL is dropped. */
const webUrl = (value: string | undefined) => {
  if (!value) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
};

function values(facts: OrderFacts, locale: Locale): Record<string, string | undefined> {
  const { intl, timeZone } = localeInfo(locale);
  const when = facts.expectedDelivery ? new Date(facts.expectedDelivery) : undefined;
  const date =
    when && !Number.isNaN(when.getTime())
      ? dateTimeFormat(intl, { dateStyle: 'long', timeZone }).format(when)
      : undefined;
  const amount =
    facts.amountCents !== undefined && facts.currency
      ? numberFormat(intl, { style: 'currency', currency: facts.currency }).format(facts.amountCents / 100)
      : undefined;
  return {
    name: facts.name?.trim() || undefined,
    order: facts.orderNumber,
    carrier: facts.carrier,
    tracking: facts.trackingNumber,
    date,
    location: facts.location,
    amount,
  };
}

/** Fills {placeholders}; undefined when the text names a value the order lacks. */
function fill(template: string, vars: Record<string, string | undefined>): string | undefined {
  let missing = false;
  const out = template.replace(/\{(\w+)\}/g, (_, key: string) => {
    const value = vars[key];
    if (value === undefined) missing = true;
    return value ?? '';
  });
  return missing ? undefined : out;
}

/**
 * One order-update message in the customer's language: subject, plain text and HTML (every value
 * escaped), the links that fit the kind, and the unsubscribe link in both bodies.
 */
export function renderMessage(
  kind: MessageKind,
  facts: OrderFacts,
  locale: Locale,
  links: MessageLinks,
): RenderedMessage {
  const t = messagesText(locale);
  const vars = values(facts, locale);
  const page = (path: string) => `${links.baseUrl}/${locale}/${path}`;
  const orderUrl = page(`orders/view/?n=${encodeURIComponent(facts.orderNumber)}`);
  const trackUrl = webUrl(facts.trackingUrl);
  const linkList: { text: string; href: string }[] = [];
  if (trackUrl && (kind === 'shipped' || kind === 'delivery_attempted' || kind === 'delayed'))
    linkList.push({ text: t.links.track, href: trackUrl });
  if (kind === 'delayed') {
    linkList.push({ text: t.links.delayHelp, href: page('help/?q=delay') });
    linkList.push({ text: t.links.person, href: page('help/?chat=person') });
  }
  linkList.push({ text: t.links.order, href: orderUrl });

  const subject = fill(t.kinds[kind].subject, vars) ?? t.kinds[kind].subject.replace(/\{\w+\}/g, '').trim();
  const greeting = (vars.name ? fill(t.greeting, vars) : undefined) ?? t.greetingNoName;
  const paragraphs = t.kinds[kind].paragraphs.flatMap((p) => fill(p, vars) ?? []);

  // The NPS question: one link per score, each opening the answer page with that score chosen.
  const survey = kind === 'nps_invite' ? webUrl(facts.surveyUrl) : undefined;
  const scores = survey ? Array.from({ length: 11 }, (_, n) => ({ n, href: `${survey}&score=${n}` })) : [];
  const text = [
    greeting,
    ...paragraphs,
    ...(scores.length ? [`${t.survey.scale}\n${scores.map((s) => `${s.n}: ${s.href}`).join('\n')}`] : []),
    linkList.map((l) => `${l.text}: ${l.href}`).join('\n'),
    t.signature,
    `--\n${t.footer}\n${t.unsubscribe}: ${links.unsubscribeUrl}`,
  ].join('\n\n');

  const { htmlLang } = localeInfo(locale);
  const a = (href: string, label: string) => `<a href="${escapeHtml(href)}">${escapeHtml(label)}</a>`;
  const html = [
    `<!doctype html><html lang="${escapeHtml(htmlLang)}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>`,
    '<body style="font-family:sans-serif;line-height:1.5;max-width:40em">',
    `<p>${escapeHtml(greeting)}</p>`,
    ...paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
    ...(scores.length
      ? [
          `<p>${escapeHtml(t.survey.scale)}</p>`,
          `<p>${scores.map((s) => `<a href="${escapeHtml(s.href)}" style="display:inline-block;min-width:2em;padding:0.4em;margin:0.1em;border:1px solid #555;text-align:center;text-decoration:none">${s.n}</a>`).join(' ')}</p>`,
        ]
      : []),
    `<ul>${linkList.map((l) => `<li>${a(l.href, l.text)}</li>`).join('')}</ul>`,
    `<p>${escapeHtml(t.signature)}</p>`,
    `<hr><p style="font-size:small;color:#555">${escapeHtml(t.footer)} ${a(links.unsubscribeUrl, t.unsubscribe)}</p>`,
    '</body></html>',
  ].join('\n');
  return { subject, text, html };
}
