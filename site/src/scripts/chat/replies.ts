/** Renders one chat log entry (the customer's message or the bot's replies) as DOM. */
import { langTag } from '../../i18n/locales';
import { h } from '../../lib/dom';
import type { ChatReply, OrderCard } from '../../lib/api/types';
import { day } from '../../lib/format';

/** One turn as stored in sessionStorage; the log is re-rendered from these on every page. */
export interface Entry {
  me?: string;
  bot?: ChatReply[];
  /** Language the bot answered in. */
  lang?: string;
  ticket?: string;
}

type Say = (key: string, vars?: Record<string, string | number>) => string;

/** Text replies may carry search highlights: keep `<mark>` and escape every other tag. */
function richText(text: string): HTMLParagraphElement {
  const p = h('p');
  p.innerHTML = text.replace(/<(?!\/?mark>)/g, '&lt;');
  return p;
}

/** http(s) links only; another site opens in a new tab, our own pages navigate in place. */
function link(text: string, url: string, say: Say): Node {
  let target: URL;
  try {
    target = new URL(url, location.href);
  } catch {
    return h('p', {}, text);
  }
  if (!/^https?:$/.test(target.protocol)) return h('p', {}, text);
  const away = target.origin !== location.origin;
  return h(
    'p',
    {},
    h(
      'a',
      { href: target.href, target: away ? '_blank' : undefined, rel: away ? 'noopener noreferrer' : undefined },
      text,
      away ? h('span', { class: 'visually-hidden' }, ` ${say('newTab')}`) : null,
    ),
  );
}

function orderCard(o: OrderCard, say: Say): HTMLElement {
  return h(
    'div',
    { class: 'chat-order', 'data-order': o.orderNumber },
    h(
      'p',
      { class: 'chat-order-title' },
      say('order', { n: o.orderNumber }),
      ' ',
      h('span', { class: 'badge', 'data-status': o.status }, o.statusText),
    ),
    o.expectedDelivery ? h('p', {}, say('expected', { date: day(o.expectedDelivery) })) : null,
    o.trackingUrl
      ? link(say('track', { carrier: o.carrier ?? '' }).replace(/ \(\)|（）/, ''), o.trackingUrl, say)
      : null,
  );
}

/**
 * @param live whether choice buttons still work (only in the newest entry)
 * @example log.append(renderEntry({ me: 'where is my order' }, say, true))
 */
export function renderEntry(entry: Entry, say: Say, live: boolean): HTMLElement {
  if (entry.me !== undefined)
    return h('div', { class: 'msg me' }, h('span', { class: 'visually-hidden' }, say('you')), h('p', {}, entry.me));
  const lang = entry.lang === undefined ? undefined : langTag(entry.lang);
  const parts = (entry.bot ?? []).map((r): Node => {
    if (r.type === 'link') return link(r.text, r.url, say);
    if (r.type === 'order') return orderCard(r.order, say);
    if (r.type === 'text') return richText(r.text);
    return h(
      'div',
      { class: 'chat-choices' },
      richText(r.text),
      ...r.choices.map((c) =>
        h('button', { type: 'button', class: 'secondary', 'data-value': c.value, disabled: !live }, c.label),
      ),
    );
  });
  return h('div', { class: 'msg bot', lang }, h('span', { class: 'visually-hidden' }, say('bot')), ...parts);
}
