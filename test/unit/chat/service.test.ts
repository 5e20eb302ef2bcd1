import { describe, expect, it } from 'vitest';
import { redact, replyText, ticketIdFor } from '../../../functions/chat/service';

describe('Function: redact', () => {
  it.each([
    ['an email address', 'my mail is ana.souza+shop@example.com thanks', 'my mail is <email> thanks'],
    ['an order number', 'where is 10023', 'where is <number>'],
    ['a phone number', 'call me on 0301234567', 'call me on <number>'],
    ['a card number in groups', 'card 4111 1111 1111 1111', 'card <number> <number> <number> <number>'],
    ['several of them', 'order PO-10023 for ben@example.com', 'order PO-<number> for <email>'],
  ])('should replace %s', (_what, text, expected) => {
    // Act
    const out = redact(text);

    // Assess
    expect(out).toBe(expected);
  });

  it('should keep short numbers and plain words, which say what the question was about', () => {
    // Act
    const out = redact('Can I return 2 items within 30 days?');

    // Assess
    expect(out).toBe('Can I return 2 items within 30 days?');
  });

  it('should cut long texts to 200 characters after redacting', () => {
    // Prepare
    const text = `${'a@b.co '.repeat(10)}${'x'.repeat(500)}`;

    // Act
    const out = redact(text);

    // Assess
    expect(out).toHaveLength(200);
    expect(out.startsWith('<email> <email>')).toBe(true);
    expect(out).not.toContain('@');
  });
});

describe('Function: ticketIdFor', () => {
  it('should give the same id for the same session, so a repeated handoff finds its ticket', () => {
    // Act
    const first = ticketIdFor('0b9a7c2e-58a4-4b53-9f0a-6f7c2d1e9a11');
    const again = ticketIdFor('0b9a7c2e-58a4-4b53-9f0a-6f7c2d1e9a11');

    // Assess
    expect(first).toBe(again);
  });

  it('should give ids in the shape the admin ticket routes accept', () => {
    // Act
    const ids = ['a'.repeat(16), 'session-1234567890', crypto.randomUUID()].map(ticketIdFor);

    // Assess
    for (const id of ids) expect(id).toMatch(/^T-[A-F0-9]{10}$/);
  });

  it('should give different sessions different ids', () => {
    // Act
    const ids = new Set(Array.from({ length: 500 }, () => ticketIdFor(crypto.randomUUID())));

    // Assess
    expect(ids.size).toBe(500);
  });
});

describe('Function: replyText', () => {
  it('should give a text reply as its text', () => {
    // Act and assess
    expect(replyText({ type: 'text', text: 'Hello!' })).toBe('Hello!');
  });

  it('should give a link reply with its URL', () => {
    // Act and assess
    expect(replyText({ type: 'link', text: 'Track the parcel', url: 'https://dhl.example/t/1' })).toBe(
      'Track the parcel <https://dhl.example/t/1>',
    );
  });

  it('should give a choice reply as its question', () => {
    // Act and assess
    expect(replyText({ type: 'choices', text: 'Which order?', choices: [{ label: '10025', value: '10025' }] })).toBe(
      'Which order?',
    );
  });

  it('should give an order card as its number and status, without the rest of the order', () => {
    // Act
    const out = replyText({
      type: 'order',
      order: {
        orderNumber: '10023',
        status: 'shipped',
        statusText: 'Shipped',
        placedAt: '2026-03-01T10:00:00.000Z',
        trackingNumber: 'JD123',
        trackingUrl: 'https://dhl.example/JD123',
      },
    });

    // Assess
    expect(out).toBe('[order 10023: Shipped]');
  });
});
