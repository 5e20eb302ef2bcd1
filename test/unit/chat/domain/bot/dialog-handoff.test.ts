import { describe, expect, it } from 'vitest';
import { respond, type RespondOutput } from '../../../../../functions/chat/domain/bot/dialog.js';
import type { BotPorts, BotState, Reply } from '../../../../../functions/chat/domain/bot/types.js';
import type { Locale } from '../../../../../locales/registry';
import { memoryPorts, order } from './ports.js';

async function chat(ports: BotPorts, messages: string[], signedIn = false, locale: Locale = 'en') {
  let state: BotState | null = null;
  const out: RespondOutput[] = [];
  for (const message of messages) {
    const r = await respond({ message, locale, signedIn, state }, ports);
    out.push(r);
    state = JSON.parse(JSON.stringify(r.state)) as BotState;
  }
  return out;
}
const said = (r: RespondOutput) => r.replies.map((x: Reply) => ('text' in x ? x.text : '')).join(' ');

describe('Function: respond (handoff to a person)', () => {
  it('should ask a signed-in customer what it is about and which order, then file the ticket', async () => {
    // Prepare
    const { ports, calls } = memoryPorts({ own: [order('10021'), order('10022', 'processing')] });

    // Act
    const [a, b, c] = await chat(
      ports,
      ['I want to talk to a human', 'My rug arrived with a stain and I want a replacement', '10021'],
      true,
    );

    // Assess
    expect(a!.handoff).toBeUndefined();
    expect(said(a!)).toMatch(/in one line/);
    expect(b!.replies[0]).toMatchObject({
      type: 'choices',
      choices: expect.arrayContaining([
        { label: '10021 · Shipped', value: '10021' },
        { label: 'No particular order', value: 'No particular order' },
      ]),
    });
    expect(c!.handoff).toEqual({ ticketId: 'T-1' });
    expect(calls.tickets).toEqual([
      { reason: 'My rug arrived with a stain and I want a replacement', orderNumber: '10021' },
    ]);
  });

  it("should offer the bot's understanding, and take the customer's correction instead", async () => {
    // Prepare
    const { ports, calls } = memoryPorts();

    // Act
    const [, b, c, d] = await chat(
      ports,
      ['how do I return a damaged lamp', 'let me speak to an agent', 'no', 'The lamp came broken, I want a refund'],
      true,
    );

    // Assess
    expect(said(b!)).toContain('“how do I return a damaged lamp”');
    expect(said(c!)).toMatch(/in one line/);
    expect(d!.handoff).toEqual({ ticketId: 'T-1' });
    expect(calls.tickets[0]!.reason).toBe('The lamp came broken, I want a refund');
  });

  it('should keep an order number given instead of the summary and ask for the summary again', async () => {
    // Prepare
    const { ports, calls } = memoryPorts();

    // Act
    const [, b, c] = await chat(ports, ['talk to a human', '#10023', 'The parcel never came'], true);

    // Assess
    expect(b!.state.pending).toMatchObject({ kind: 'handoff', step: 'summary', draft: { orderNumber: '10023' } });
    expect(c!.handoff).toEqual({ ticketId: 'T-1' });
    expect(calls.tickets[0]).toMatchObject({ reason: 'The parcel never came', orderNumber: '10023' });
  });

  it("should ask a guest for an email, ask again once when it is not one, and say where they'll get the answer", async () => {
    // Prepare
    const { ports, calls } = memoryPorts();

    // Act
    const [, , , d, e] = await chat(ports, [
      'I want to talk to a human',
      'I was charged twice',
      'no',
      'my address is at home',
      'mei@example.tw',
    ]);

    // Assess
    expect(d!.state.pending).toMatchObject({ kind: 'handoff', step: 'email', draft: { emailAsked: 2 } });
    expect(said(d!)).toMatch(/doesn't look like an email/);
    expect(e!.handoff).toEqual({ ticketId: 'T-1' });
    expect(said(e!)).toContain('mei@example.tw');
    expect(calls.tickets[0]).toMatchObject({ reason: 'I was charged twice', email: 'mei@example.tw' });
  });

  it('should let the customer back out with a plain no', async () => {
    // Prepare
    const { ports, calls } = memoryPorts();

    // Act
    const [, b] = await chat(ports, ['talk to a human', 'no']);

    // Assess
    expect(b!.state.pending).toBeUndefined();
    expect(calls.createTicket).toBe(0);
  });

  it('should say, after the handoff, that what the customer writes goes onto the ticket', async () => {
    // Prepare
    const { ports } = memoryPorts();

    // Act
    const [, , , d] = await chat(ports, ['talk to a human', 'My invoice is wrong', 'talk to a human', 'thanks'], true);

    // Assess
    expect(said(d!)).toContain('added this to ticket T-1');
  });

  it("should ask in the customer's language", async () => {
    // Prepare
    const { ports } = memoryPorts();

    // Act
    const [a] = await chat(ports, ['Ich möchte mit einem Menschen sprechen'], true, 'de');

    // Assess
    expect(said(a!)).toContain('Worum geht es, in einem Satz?');
  });
});
