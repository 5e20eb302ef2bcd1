import { describe, expect, it } from 'vitest';
import {
  afterCustomerMessage,
  afterStaffReply,
  customerView,
  movesFrom,
  normaliseTicket,
  plainHtml,
  textOf,
  type Ticket,
  type TicketMessage,
} from '../../../../functions/tickets/domain/ticket';

const head: Ticket = {
  id: 'T-0000000001',
  status: 'waiting',
  reason: 'Stained rug',
  locale: 'en',
  contact: { email: 'ana@example.com' },
  transcript: [{ at: 't', role: 'user', text: 'hi', intent: 'greeting' }],
  assignee: 'agent@example.com',
  history: [{ status: 'waiting', by: 'agent@example.com', at: 't' }],
  createdAt: 't',
  updatedAt: 't',
};
const message = (internal: boolean, body: string): TicketMessage => ({
  id: body,
  at: 't',
  author: { role: 'agent', email: 'agent@example.com' },
  via: 'portal',
  internal,
  body,
  html: `<p>${body}</p>`,
});

describe('Function: customerView', () => {
  it('should leave out internal notes, staff emails, history and Markdown sources', () => {
    // Act
    const view = customerView(head, [message(false, 'public'), message(true, 'secret')]);

    // Assess
    expect(view.messages).toEqual([{ id: 'public', at: 't', author: 'agent', html: '<p>public</p>' }]);
    expect(JSON.stringify(view)).not.toMatch(/secret|agent@example.com|history|intent/);
    expect(view).toMatchObject({ canReply: true, canRate: false });
  });
});

describe('Status moves', () => {
  it('should wait for the customer after a staff reply, and reopen when the customer writes', () => {
    expect(afterStaffReply('new')).toBe('waiting');
    expect(afterStaffReply('solved')).toBe('solved');
    expect(afterCustomerMessage('waiting')).toBe('open');
    expect(afterCustomerMessage('solved')).toBe('open');
    expect(afterCustomerMessage('closed')).toBe('closed');
    expect(movesFrom('waiting', afterStaffReply)).toEqual(['new', 'open']);
  });

  it('should read first-wave statuses as their new names', () => {
    expect(normaliseTicket({ ...head, status: 'resolved' as never }).status).toBe('solved');
    expect(normaliseTicket({ ...head, status: 'pending' as never })).toMatchObject({
      status: 'waiting',
      priority: 'normal',
    });
  });
});

describe('Function: plainHtml / textOf', () => {
  it("should escape a customer's text and read HTML back as plain text", () => {
    expect(plainHtml('a <b>\n\nc & d')).toBe('<p>a &lt;b&gt;</p><p>c &amp; d</p>');
    expect(textOf('<p>Hi <strong>there</strong></p><p>x &amp; y</p>')).toBe('Hi there\nx & y');
  });
});
