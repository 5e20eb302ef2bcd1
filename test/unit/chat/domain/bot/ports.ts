import type { BotPorts, FaqHit, OrderSummary } from '../../../../../functions/chat/domain/bot/types.js';

/** In-memory ports with call counters, for dialogue tests. */
export function memoryPorts(
  opts: { own?: OrderSummary[]; guest?: Record<string, { email: string; order: OrderSummary }>; faq?: FaqHit[] } = {},
) {
  const calls = {
    createTicket: 0,
    tickets: [] as Parameters<BotPorts['createTicket']>[0][],
    cancelOrder: [] as string[],
    cancelReasons: [] as [string, string][],
    lookupOrder: [] as [string, string][],
    searchFaq: 0,
  };
  const own = [...(opts.own ?? [])];
  const ports: BotPorts = {
    listOwnOrders: async () => own,
    getOwnOrder: async (n) => own.find((o) => o.orderNumber === n) ?? null,
    lookupOrder: async (n, email) => {
      calls.lookupOrder.push([n, email]);
      const g = opts.guest?.[n];
      return g && g.email === email ? g.order : null;
    },
    cancelOrder: async (n) => {
      calls.cancelOrder.push(n);
      const o = own.find((x) => x.orderNumber === n);
      return o
        ? { ok: true, order: { ...o, status: 'cancelled', statusText: 'Cancelled' } }
        : { ok: false, reason: 'not found' };
    },
    cancelReason: async (n, reason) => {
      calls.cancelReasons.push([n, reason]);
    },
    searchFaq: async () => {
      calls.searchFaq++;
      return opts.faq ?? [];
    },
    createTicket: async (input) => {
      calls.createTicket++;
      calls.tickets.push(input);
      return { ticketId: `T-${calls.createTicket}` };
    },
  };
  return { ports, calls };
}

export const order = (orderNumber: string, status = 'shipped', extra: Partial<OrderSummary> = {}): OrderSummary => ({
  orderNumber,
  status,
  placedAt: '2025-11-01T10:00:00Z',
  statusText: status === 'shipped' ? 'Shipped' : 'Processing',
  ...extra,
});
