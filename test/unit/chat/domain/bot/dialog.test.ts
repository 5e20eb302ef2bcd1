import { describe, expect, it } from 'vitest';
import { respond, type RespondOutput } from '../../../../../functions/chat/domain/bot/dialog.js';
import type { BotPorts, BotState, Reply } from '../../../../../functions/chat/domain/bot/types.js';
import { memoryPorts, order } from './ports.js';

/** Runs a conversation, feeding each turn's state into the next. */
async function chat(ports: BotPorts, messages: string[], signedIn = false): Promise<RespondOutput[]> {
  let state: BotState | null = null;
  const out: RespondOutput[] = [];
  for (const message of messages) {
    const r = await respond({ message, locale: 'en', signedIn, state }, ports);
    out.push(r);
    state = JSON.parse(JSON.stringify(r.state)) as BotState; // must survive a round trip through storage
  }
  return out;
}
const texts = (r: RespondOutput) => r.replies.map((x: Reply) => ('text' in x ? x.text : '')).join(' ');

describe('Function: respond (orders)', () => {
  it('should ask a guest for the order number, then the email, before showing anything', async () => {
    const { ports, calls } = memoryPorts({ guest: { '10023': { email: 'ana@example.com', order: order('10023') } } });
    const [a, b, c] = await chat(ports, ['where is my order', '10023', 'ana@example.com']);
    expect(a!.intent).toBe('order_status');
    expect(a!.replies.some((r) => r.type === 'order')).toBe(false);
    expect(b!.intent).toBe('order_status');
    expect(b!.state.pending).toMatchObject({ kind: 'email', orderNumber: '10023' });
    expect(c!.intent).toBe('order_status');
    expect(calls.lookupOrder).toEqual([['10023', 'ana@example.com']]);
    expect(c!.replies.find((r) => r.type === 'order')).toMatchObject({ order: { orderNumber: '10023' } });
  });

  it('should not reveal an order to a guest with the wrong email', async () => {
    const { ports } = memoryPorts({ guest: { '10023': { email: 'ana@example.com', order: order('10023') } } });
    const [, r] = await chat(ports, ['status of order 10023', 'eve@example.com']);
    expect(r!.replies.some((x) => x.type === 'order')).toBe(false);
    expect(texts(r!)).toContain("couldn't find");
  });

  it('should answer a signed-in customer with one order directly', async () => {
    const { ports } = memoryPorts({ own: [order('10023', 'shipped', { trackingUrl: 'https://track.example/1' })] });
    const [r] = await chat(ports, ["where's my stuff"], true);
    expect(r!.replies.find((x) => x.type === 'order')).toBeDefined();
    expect(r!.replies.find((x) => x.type === 'link')).toMatchObject({ url: 'https://track.example/1' });
  });

  it('should ask which order when a signed-in customer has several, then answer', async () => {
    const { ports } = memoryPorts({ own: [order('10023'), order('10024', 'processing')] });
    const [a, b] = await chat(ports, ['has my order shipped', '10024'], true);
    expect(a!.replies[0]).toMatchObject({ type: 'choices' });
    expect(b!.intent).toBe('order_status');
    expect(b!.replies.find((x) => x.type === 'order')).toMatchObject({ order: { orderNumber: '10024' } });
  });

  it('should cancel only after confirmation', async () => {
    const { ports, calls } = memoryPorts({ own: [order('10023', 'processing')] });
    const [a, b] = await chat(ports, ['cancel order 10023', 'yes'], true);
    expect(a!.state.pending).toEqual({ kind: 'confirm_cancel', orderNumber: '10023' });
    expect(calls.cancelOrder).toEqual(['10023']);
    expect(b!.intent).toBe('cancel_order');
    expect(texts(b!)).toContain('cancelled');
  });

  it('should ask why after a cancel, with the reasons and skip as quick replies, and pass the reason picked on', async () => {
    const { ports, calls } = memoryPorts({ own: [order('10023', 'processing')] });
    const [, b, c] = await chat(ports, ['cancel order 10023', 'yes', 'I ordered by mistake'], true);
    const choices = b!.replies.find((r) => r.type === 'choices');
    expect(b!.state.pending).toEqual({ kind: 'cancel_reason', orderNumber: '10023' });
    expect(choices).toMatchObject({ type: 'choices', text: expect.stringMatching(/why/i) });
    expect(choices?.type === 'choices' && choices.choices.map((x) => x.label)).toEqual([
      'I changed my mind',
      'I found it cheaper elsewhere',
      'It would arrive too late',
      'I ordered by mistake',
      'It is too expensive',
      'Something else',
      'Skip',
    ]);
    expect(calls.cancelReasons).toEqual([['10023', 'ordered_by_mistake']]);
    expect(c!.intent).toBe('cancel_order');
    expect(c!.state.pending).toBeUndefined();
  });

  it('should pass no reason on a skip, a new question, or a cancel that had already happened', async () => {
    const { ports, calls } = memoryPorts({ own: [order('10023', 'processing')] });
    const [, , skipped] = await chat(ports, ['cancel order 10023', 'yes', 'skip'], true);
    const [, , moved] = await chat(ports, ['cancel order 10023', 'yes', 'how long does delivery take?'], true);
    const repeat = memoryPorts({ own: [order('10023', 'processing')] });
    const cancelOrder = repeat.ports.cancelOrder;
    repeat.ports.cancelOrder = async (n) => ({ ...(await cancelOrder(n)), cancelled: false }) as never;
    const [, again] = await chat(repeat.ports, ['cancel order 10023', 'yes'], true);
    expect(skipped!.intent).toBe('cancel_order');
    expect(skipped!.state.pending).toBeUndefined();
    expect(moved!.intent).not.toBe('cancel_order');
    expect(calls.cancelReasons).toEqual([]);
    expect(again!.state.pending).toBeUndefined();
    expect(again!.replies.some((r) => r.type === 'choices')).toBe(false);
  });

  it('should accept confirmations in German, Vietnamese and Chinese, and keep the order on no', async () => {
    for (const [ask, yes] of [
      ['bestellung 10023 stornieren', 'ja'],
      ['hủy đơn hàng 10023', 'có'],
      ['取消订单10023', '是'],
    ] as const) {
      const { ports, calls } = memoryPorts({ own: [order('10023', 'processing')] });
      await chat(ports, [ask, yes], true);
      expect(calls.cancelOrder).toEqual(['10023']);
    }
    const { ports, calls } = memoryPorts({ own: [order('10023', 'processing')] });
    await chat(ports, ['cancel order 10023', 'no'], true);
    expect(calls.cancelOrder).toEqual([]);
  });

  it('should tell a guest to sign in to cancel', async () => {
    const { ports, calls } = memoryPorts();
    const [r] = await chat(ports, ['cancel my order 10023']);
    expect(r!.intent).toBe('cancel_order');
    expect(calls.cancelOrder).toEqual([]);
  });
});

describe('Function: respond (fallback, handoff, language)', () => {
  it('should climb the fallback ladder: rephrase, FAQ suggestions, offer a person', async () => {
    const faq = [1, 2, 3, 4].map((i) => ({
      slug: `a${i}`,
      question: `Question ${i}`,
      snippet: 's',
      score: 1,
      url: `/faq/a${i}`,
    }));
    const { ports, calls } = memoryPorts({ faq });
    const [a, b, c, d, e, f, g] = await chat(ports, [
      'blorp',
      'zzz qqq',
      'hmm',
      'yes',
      'my lamp flickers all the time',
      'no',
      'ana@example.com',
    ]);
    expect(a!.intent).toBe('fallback');
    expect(a!.replies[0]).toMatchObject({ type: 'choices' });
    expect(b!.replies.filter((x) => x.type === 'link')).toHaveLength(3);
    expect(c!.state.pending).toEqual({ kind: 'confirm_handoff' });
    // The handoff asks what a person needs: the summary, the order, a guest's email.
    expect(d!.intent).toBe('human_handoff');
    expect(d!.state.pending).toMatchObject({ kind: 'handoff', step: 'summary' });
    expect(e!.state.pending).toMatchObject({ kind: 'handoff', step: 'order' });
    expect(f!.state.pending).toMatchObject({ kind: 'handoff', step: 'email' });
    expect(g!.handoff).toEqual({ ticketId: 'T-1' });
    expect(calls.tickets).toEqual([{ reason: 'my lamp flickers all the time', email: 'ana@example.com' }]);
  });

  it('should hand off at any time, even mid slot filling, and create one ticket only', async () => {
    const { ports, calls } = memoryPorts();
    const [, b, c, d] = await chat(ports, [
      'where is my order',
      'talk to a human',
      'i want to speak to an agent',
      'talk to a human',
    ]);
    expect(b!.intent).toBe('human_handoff');
    // The bot offers its understanding; asking again files the ticket with it at once.
    expect(b!.state.pending).toMatchObject({ kind: 'handoff', draft: { proposed: 'where is my order' } });
    expect(c!.handoff).toEqual({ ticketId: 'T-1' });
    expect(d!.handoff).toEqual({ ticketId: 'T-1' });
    expect(calls.createTicket).toBe(1);
    expect(calls.tickets[0]).toMatchObject({ reason: 'where is my order' });
  });

  it('should answer from the FAQ when a support question matches an article', async () => {
    const faq = [
      {
        slug: 'gift-cards',
        question: 'Do you sell gift cards?',
        snippet: 'Yes, gift cards from 10 EUR.',
        score: 150,
        url: '/en/faq/gift-cards',
      },
    ];
    const { ports } = memoryPorts({ faq });
    const [r] = await chat(ports, ['do you sell gift cards']);
    expect(r!.intent).toBe('faq');
    expect(r!.replies).toContainEqual({
      type: 'link',
      text: 'Read more: Do you sell gift cards?',
      url: '/en/faq/gift-cards',
    });
  });

  it('should not answer out-of-scope questions from the FAQ', async () => {
    const faq = [{ slug: 'x', question: 'What is the weather?', snippet: 'weather', score: 9, url: '/x' }];
    const { ports } = memoryPorts({ faq });
    const [r] = await chat(ports, ["what's the weather like tomorrow"]);
    expect(r!.intent).toBe('fallback');
  });

  it('should answer in the language of the text, never mixing, whatever the locale field says', async () => {
    const { ports } = memoryPorts();
    const [de] = await chat(ports, ['wo ist meine Bestellung']);
    expect(texts(de!)).toContain('Bestellnummer');
    const [vi] = await chat(ports, ['don hang cua toi dau']);
    expect(texts(vi!)).toContain('mã đơn hàng');
    const [zh] = await chat(ports, ['我的訂單在哪裡']);
    expect(texts(zh!)).toContain('訂單號');
    const [, follow] = await chat(ports, ['wo ist meine Bestellung', '10023']);
    expect(texts(follow!)).toContain('E-Mail');
  });

  it('should give short friendly small talk answers', async () => {
    const { ports } = memoryPorts();
    const [hi, bot, bye] = await chat(ports, ['hello', 'are you a bot?', 'bye']);
    expect([hi!.intent, bot!.intent, bye!.intent]).toEqual(['greeting', 'small_talk', 'goodbye']);
    expect(texts(bot!)).toContain('assistant');
  });
});

describe('Function: respond (conversation context)', () => {
  it('should remember the order it showed when the next question is about "it"', async () => {
    const { ports, calls } = memoryPorts({ guest: { '10023': { email: 'ana@example.com', order: order('10023') } } });
    const [, , shown, again] = await chat(ports, [
      'where is my order',
      '10023',
      'ana@example.com',
      'when will it arrive?',
    ]);
    expect(shown!.replies.some((r) => r.type === 'order')).toBe(true);
    expect(again!.intent).toBe('order_status');
    expect(again!.state.pending).toBeUndefined();
    expect(again!.replies.find((r) => r.type === 'order')).toMatchObject({ order: { orderNumber: '10023' } });
    expect(calls.lookupOrder).toEqual([
      ['10023', 'ana@example.com'],
      ['10023', 'ana@example.com'],
    ]);
  });

  it('should offer only the orders that can still be cancelled', async () => {
    const { ports } = memoryPorts({
      own: [
        order('10021', 'shipped', { canCancel: false, cancelReason: 'it has shipped' }),
        order('10022', 'processing', { canCancel: true }),
        order('10024', 'paid', { canCancel: true }),
        order('10025', 'cancelled', { canCancel: false }),
      ],
    });
    const [r] = await chat(ports, ['cancel my order'], true);
    const choices = r!.replies.find((x) => x.type === 'choices');
    expect(choices && 'choices' in choices ? choices.choices.map((o) => o.value) : []).toEqual(['10022', '10024']);
  });

  it('should say why a shipped order cannot be cancelled before asking to confirm', async () => {
    const { ports, calls } = memoryPorts({
      own: [order('10021', 'shipped', { canCancel: false, cancelReason: 'it has already shipped' })],
    });
    const [r] = await chat(ports, ['cancel order 10021'], true);
    expect(r!.state.pending).toBeUndefined();
    expect(texts(r!)).toContain('it has already shipped');
    expect(calls.cancelOrder).toEqual([]);
  });

  it('should leave the cancel flow for a question about another order', async () => {
    const { ports, calls } = memoryPorts({ own: [order('10023', 'processing'), order('10024', 'shipped')] });
    const [, r] = await chat(ports, ['cancel order 10023', 'where is 10024?'], true);
    expect(r!.intent).toBe('order_status');
    expect(r!.replies.find((x) => x.type === 'order')).toMatchObject({ order: { orderNumber: '10024' } });
    expect(calls.cancelOrder).toEqual([]);
  });

  it('should keep the order and answer the new question on "no wait, ..."', async () => {
    const { ports, calls } = memoryPorts({ own: [order('10023', 'processing')] });
    const [, r] = await chat(ports, ['cancel order 10023', 'no wait, how long does delivery take?'], true);
    expect(calls.cancelOrder).toEqual([]);
    expect(r!.intent).toBe('shipping_delivery');
    expect(texts(r!)).toContain("won't cancel");
    expect(r!.replies.length).toBeGreaterThan(1);
  });
});

describe('Function: respond (Chinese script)', () => {
  it('should answer in the script the customer writes, and keep it for the conversation', async () => {
    const { ports } = memoryPorts({ own: [order('10023', 'shipped', { statusText: '已出貨' })] });
    const [hant] = await chat(ports, ['我的訂單在哪裡'], true);
    expect(texts(hant!)).toContain('訂單');
    expect(texts(hant!)).not.toMatch(/订单/);
    const [hans, neutral] = await chat(ports, ['我的订单在哪里', '10023'], true);
    expect(texts(hans!)).toContain('订单');
    expect(texts(hans!)).not.toMatch(/訂單/);
    expect(hans!.replies.find((r) => r.type === 'order')).toMatchObject({ order: { statusText: '已出货' } });
    // A message that could be either script keeps the conversation's script.
    expect(neutral!.state.script).toBe('simplified');
  });
});

describe('Function: respond (clarifying question)', () => {
  it('should ask which request a message torn between two means, then run the one picked', async () => {
    const { ports } = memoryPorts({ own: [order('10023')] });
    const [asked] = await chat(ports, ['problem with my order'], true);
    const choices = asked!.replies.find((r) => r.type === 'choices');
    const labels = choices && 'choices' in choices ? choices.choices.map((c) => c.label) : [];
    expect(labels).toContain('Where my order is');
    expect(asked!.state.pending).toMatchObject({ kind: 'clarify' });
    const [, picked] = await chat(ports, ['problem with my order', 'Where my order is'], true);
    expect(picked!.intent).toBe('order_status');
    expect(picked!.replies.find((r) => r.type === 'order')).toMatchObject({ order: { orderNumber: '10023' } });
  });
});
