import { describe, expect, it } from 'vitest';
import { respond, type RespondOutput } from '../../../../../functions/chat/domain/bot/dialog.js';
import type { BotPorts, BotState, Reply } from '../../../../../functions/chat/domain/bot/types.js';
import { memoryPorts, order } from './ports.js';

async function chat(ports: BotPorts, messages: string[], signedIn = true): Promise<RespondOutput[]> {
  let state: BotState | null = null;
  const out: RespondOutput[] = [];
  for (const message of messages) {
    const r = await respond({ message, locale: 'en', signedIn, state }, ports);
    out.push(r);
    state = JSON.parse(JSON.stringify(r.state)) as BotState;
  }
  return out;
}
const texts = (r: RespondOutput) => r.replies.map((x: Reply) => ('text' in x ? x.text : '')).join(' ');
const link = (r: RespondOutput) => r.replies.find((x) => x.type === 'link') as { url: string } | undefined;

const rugOrder = order('10022', 'delivered', {
  items: ['Wool rug', 'Brass desk lamp'],
  canReturn: true,
  returnableItems: ['Wool rug', 'Brass desk lamp'],
  returnClosesAt: '12 Dec 2026',
});
const mugOrder = order('10023', 'shipped', {
  items: ['Stoneware mug'],
  canReturn: false,
  returnReason: 'It has not been delivered yet.',
});

describe('Function: respond (returns)', () => {
  it('should take "I want to return the rug" to the return of the order that has the rug', async () => {
    // Prepare
    const { ports } = memoryPorts({ own: [mugOrder, rugOrder] });

    // Act
    const [r] = await chat(ports, ['I want to return the rug']);

    // Assess
    expect(r!.intent).toBe('returns_refund');
    expect(texts(r!)).toContain('Order 10022: you can return Wool rug, Brass desk lamp until 12 Dec 2026');
    expect(link(r!)?.url).toBe('/en/orders/view/?n=10022#order-actions');
    expect(r!.replies.find((x) => x.type === 'order')).toMatchObject({ order: { orderNumber: '10022' } });
  });

  it('should say why before offering anything when the named order cannot be returned', async () => {
    // Prepare
    const { ports } = memoryPorts({ own: [mugOrder, rugOrder] });

    // Act
    const [r] = await chat(ports, ['I want to return the mug']);

    // Assess
    expect(texts(r!)).toContain('Order 10023 cannot be returned: It has not been delivered yet.');
    expect(link(r!)).toBeUndefined();
  });

  it('should list only the orders a return applies to when the item is in several', async () => {
    // Prepare
    const lamp2 = order('10030', 'delivered', {
      items: ['Brass desk lamp'],
      canReturn: true,
      returnableItems: ['Brass desk lamp'],
      returnClosesAt: '20 Dec 2026',
    });
    const lamp3 = order('10031', 'delivered', { items: ['Brass desk lamp'], canReturn: false, returnReason: 'closed' });
    const { ports } = memoryPorts({ own: [rugOrder, lamp2, lamp3] });

    // Act
    const [a, b] = await chat(ports, ['i want to return the lamp', '10030']);

    // Assess
    const choices = a!.replies.find((x) => x.type === 'choices') as { choices: { value: string }[] };
    expect(choices.choices.map((c) => c.value)).toEqual(['10022', '10030']);
    expect(texts(b!)).toContain('Order 10030: you can return Brass desk lamp until 20 Dec 2026');
  });

  it('should take an order number to its return flow', async () => {
    // Prepare
    const { ports } = memoryPorts({ own: [mugOrder, rugOrder] });

    // Act
    const [r] = await chat(ports, ['I want to return order 10022']);

    // Assess
    expect(link(r!)?.url).toContain('n=10022');
  });

  it('should still answer the returns policy to a question that names no order, and to guests', async () => {
    // Prepare
    const { ports } = memoryPorts({ own: [rugOrder] });

    // Act
    const [signedIn] = await chat(ports, ['how do returns work?']);
    const [guest] = await chat(ports, ['I want to return the rug'], false);

    // Assess
    expect(texts(signedIn!)).toMatch(/return items within 30 days/);
    expect(texts(guest!)).toMatch(/return items within 30 days/);
  });
});
