import type { BotState, FaqHit, Reply } from './types.js';
import type { OrderCtx, Step } from './dialog-orders.js';
import { msg, text, yesNo } from './text.js';
import { searchFaq } from './faq.js';

const TOPICS = ['order_status', 'returns_refund', 'shipping_delivery', 'human_handoff'] as const;

/** An FAQ answer: the snippet and a link to the article. */
export function faqReplies(c: OrderCtx, hit: FaqHit): Reply[] {
  return [
    text(hit.snippet),
    { type: 'link', text: `${msg(c.rules, 'faq_more', c.locale)}: ${hit.question}`, url: hit.url },
  ];
}

/**
 * The fallback ladder: 1st miss -> rephrase with topic choices (or say what is out of scope);
 * 2nd -> the three best FAQ articles; 3rd and later -> offer a person.
 */
export async function fallbackLadder(c: OrderCtx, message: string, outOfScope: boolean): Promise<Step> {
  const misses = c.state.misunderstandings + 1;
  const state: BotState = { ...c.state, pending: undefined, misunderstandings: misses };
  if (misses >= 3) {
    return {
      replies: [yesNo(c.rules, c.locale, msg(c.rules, 'offer_human', c.locale))],
      state: { ...state, pending: { kind: 'confirm_handoff' } },
    };
  }
  if (misses === 2) {
    const hits = (await searchFaq(c.ports, message, c.locale, 3)).slice(0, 3);
    if (hits.length) {
      return {
        replies: [
          text(msg(c.rules, 'faq_suggest', c.locale)),
          ...hits.map((h): Reply => ({ type: 'link', text: h.question, url: h.url })),
        ],
        state,
      };
    }
  }
  const choices = TOPICS.map((t) => {
    const label = msg(c.rules, `topic_${t}`, c.locale);
    return { label, value: label };
  });
  const lead = outOfScope && misses === 1 ? msg(c.rules, 'out_of_scope', c.locale) : msg(c.rules, 'rephrase', c.locale);
  return { replies: [{ type: 'choices', text: lead, choices }], state };
}
