/**
 * The chat widget on every page (components/chat/ChatWidget.astro): a launcher and a
 * non-modal dialog with the conversation. POST /api/chat per turn, with the bearer token when
 * signed in and the page's locale (the bot answers in the language the customer writes).
 * The session id and the log live in sessionStorage, so the chat follows the customer across
 * pages. A 1-5 rating appears after a few turns, after a handoff, or on reopening after a close.
 * Imported on first use by ./launcher.ts, which owns the launcher's clicks and calls `toggle`/`open`.
 */
import panelStyles from '../../components/chat/panel.css?url';
import { api, isStatus, ok } from '../../lib/api/client';
import type { ChatRequest, Locale } from '../../lib/api/types';
import { h } from '../../lib/dom';
import { wait } from '../../lib/format';
import { clearSession, getSession } from '../../lib/session';
import { format } from '../../i18n/format';
import { DEFAULT_LOCALE } from '../../i18n/locales';
import { renderEntry, type Entry } from './replies';
import { visitOpenedTicket } from '../../lib/help-visit';

/**
 * The panel's styles arrive with the widget, as a stylesheet of our own origin (the CSP allows no
 * inline styles). A top-level await: the launcher's import resolves once they are in, so the
 * panel never shows unstyled (in the page flow) and nothing moves.
 */
await new Promise<void>((done) => {
  const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: panelStyles });
  link.addEventListener('load', () => done());
  link.addEventListener('error', () => done());
  document.head.append(link);
});

interface State {
  sessionId?: string;
  log: Entry[];
  turns: number;
  /** The score given, once rated. */
  score?: number;
  askRate?: boolean;
  open?: boolean;
}

const KEY = 'portal.chat';
const RATE_AFTER_TURNS = 3;
const MAX_ENTRIES = 60;
const $ = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;
const strings = JSON.parse($('chat-strings').textContent ?? '{}') as Record<string, string>;
const say = (key: string, vars?: Record<string, string | number>) => format(strings[`chat.${key}`] ?? key, vars);
const locale = (document.documentElement.dataset.locale ?? DEFAULT_LOCALE) as Locale;
const launcher = $<HTMLButtonElement>('chat-launcher');
const panel = $('chat-panel');
const log = $('chat-log');
const form = $<HTMLFormElement>('chat-form');
const input = $<HTMLInputElement>('chat-input');
const notice = $('chat-notice');
const rate = $('chat-rate');
let busy = false;

let state: State = { log: [], turns: 0 };
try {
  state = { ...state, ...(JSON.parse(sessionStorage.getItem(KEY) ?? '{}') as Partial<State>) };
} catch {
  /* a corrupt entry starts a new conversation */
}
const save = () => {
  state.log = state.log.slice(-MAX_ENTRIES);
  try {
    sessionStorage.setItem(KEY, JSON.stringify(state));
  } catch {
    /* storage full or disabled: the chat still works on this page */
  }
};

function entryNode(entry: Entry, last: boolean): HTMLElement {
  const node = renderEntry(entry, say, last && !busy);
  if (entry.ticket) {
    node.append(h('p', { class: 'chat-ticket' }, say('handoff', { id: entry.ticket })));
    if (getSession()) node.append(h('p', {}, h('a', { href: `/${locale}/profile/#tickets` }, say('tickets'))));
  }
  return node;
}

function renderLog(): void {
  const welcome = log.firstElementChild!;
  log.replaceChildren(welcome, ...state.log.map((e, i) => entryNode(e, i === state.log.length - 1)));
  log.scrollTop = log.scrollHeight;
}

function renderRate(): void {
  rate.hidden = !(
    state.sessionId &&
    (state.score || state.askRate || state.turns >= RATE_AFTER_TURNS || state.log.some((e) => e.ticket))
  );
  for (const b of rate.querySelectorAll('button')) {
    b.setAttribute('aria-pressed', String(Number(b.dataset.score) === state.score));
    b.disabled = Boolean(state.score) && Number(b.dataset.score) !== state.score;
  }
}

function append(entry: Entry): void {
  state.log.push(entry);
  save();
  for (const b of log.querySelectorAll<HTMLButtonElement>('[data-value]')) b.disabled = true;
  log.append(entryNode(entry, true));
  log.scrollTop = log.scrollHeight;
}

/** One turn, with the token when signed in; an expired token carries on as a guest rather than lose the message. */
async function turn(body: ChatRequest) {
  try {
    return await ok(api.POST('/chat', { auth: 'optional', body }));
  } catch (error) {
    if (!isStatus(error, 401) || !getSession()) throw error;
    clearSession();
    return ok(api.POST('/chat', { auth: 'none', body }));
  }
}

async function send(message: string): Promise<void> {
  if (busy || !message) return;
  busy = true;
  notice.textContent = '';
  append({ me: message });
  const typing = h('p', { class: 'chat-typing' }, say('typing'));
  log.append(typing);
  log.scrollTop = log.scrollHeight;
  const body: ChatRequest = { message, locale, ...(state.sessionId ? { sessionId: state.sessionId } : {}) };
  let failure = '';
  try {
    const reply = await turn(body);
    if (reply.sessionId !== state.sessionId)
      Object.assign(state, { sessionId: reply.sessionId, turns: 0, score: undefined, askRate: false });
    state.turns++;
    typing.remove();
    busy = false;
    append({ bot: reply.replies, lang: reply.locale, ticket: reply.handoff?.ticketId });
    if (reply.handoff?.ticketId) visitOpenedTicket();
  } catch (error) {
    if (isStatus(error, 429)) failure = say('wait', { wait: wait(error.retryAfterSeconds || 30) });
    else failure = say(isStatus(error, 409) ? 'busy' : 'error');
  }
  typing.remove();
  busy = false;
  if (failure) {
    // Not sent: take the message back out of the log and give it back to the customer.
    state.log.pop();
    save();
    log.lastElementChild?.remove();
    for (const b of log.lastElementChild?.querySelectorAll<HTMLButtonElement>('[data-value]') ?? []) b.disabled = false;
    input.value = message;
    notice.textContent = failure;
  }
  renderRate();
}

function setOpen(open: boolean, focus = true): void {
  if (!open && state.open && state.turns > 0 && !state.score) state.askRate = true;
  state.open = open;
  save();
  panel.hidden = !open;
  launcher.setAttribute('aria-expanded', String(open));
  renderRate();
  if (open) {
    log.scrollTop = log.scrollHeight;
    if (focus) input.focus();
  } else if (focus) launcher.focus();
}

/** The launcher's click (./launcher.ts): opens the panel, or closes it when it is open. */
export const toggle = (): void => setOpen(panel.hidden);
/** An "Ask our assistant" link: opens the panel (and moves the focus into it). */
export const open = (): void => setOpen(true);

$('chat-close').addEventListener('click', () => setOpen(false));
panel.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') {
    event.preventDefault();
    setOpen(false);
  }
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
  const message = input.value.trim();
  input.value = '';
  void send(message);
});
log.addEventListener('click', (event) => {
  const choice = (event.target as Element).closest<HTMLButtonElement>('button[data-value]');
  if (!choice || choice.disabled) return;
  void send(choice.dataset.value ?? '').then(() => input.focus());
});
rate.addEventListener('click', async (event) => {
  const button = (event.target as Element).closest<HTMLButtonElement>('button[data-score]');
  if (!button || state.score || !state.sessionId) return;
  // The token matters: a signed-in customer's conversation can only be rated by them.
  const rated = await ok(
    api.POST('/chat/{sessionId}/rating', {
      auth: 'optional',
      params: { path: { sessionId: state.sessionId } },
      body: { score: Number(button.dataset.score) },
    }),
  )
    .then(() => true)
    .catch((error: unknown) => isStatus(error, 409));
  if (rated) {
    state.score = Number(button.dataset.score);
    save();
    renderRate();
    button.focus();
    notice.textContent = say('rated');
  } else notice.textContent = say('error');
});
renderLog();
setOpen(Boolean(state.open), false);
