import { describe, expect, it } from 'vitest';
import { loadRules } from '../../../../../functions/chat/domain/bot/compile.js';
import { defaultRules, defaultRulesJson } from '../../../../../functions/chat/domain/bot/default-rules.js';
import { InvalidRules, parseRules } from '../../../../../functions/chat/domain/bot/rules-schema.js';
import { classify } from '../../../../../functions/chat/domain/bot/classify.js';
import { respond } from '../../../../../functions/chat/domain/bot/dialog.js';

const clone = () =>
  JSON.parse(JSON.stringify(defaultRulesJson)) as {
    version: string;
    intents: { id: string; patterns: Record<string, { w: unknown; p: string[] }[]> }[];
  };

describe('Function: loadRules', () => {
  it('should validate and compile the bundled rule file', () => {
    const rules = loadRules(defaultRulesJson);
    expect(rules.version).toBe(defaultRules().version);
    expect(classify('forgot my password', 'en', rules).intent).toBe('account_password');
  });

  it('should reject a bad field with its path and keep the compiled old rules working', () => {
    const current = defaultRules();
    const bad = clone();
    bad.intents[3]!.patterns.en![0]!.w = 'heavy';
    expect(() => loadRules(bad)).toThrow(InvalidRules);
    expect(() => loadRules(bad)).toThrow(/intents\.3\.patterns\.en\.0\.w/);
    expect(classify('where is my order', 'en', current).intent).toBe('order_status');
  });

  it('should reject a malformed or reserved intent id, a missing version and a broken pattern clearly', () => {
    for (const id of ['Weather', 'gift-cards', '1st', '', 'fallback', 'oos']) {
      const bad = clone();
      bad.intents[0]!.id = id;
      expect(() => parseRules(bad), id).toThrow(/intents\.0\.id/);
    }
    const { version: _v, ...noVersion } = clone();
    expect(() => parseRules(noVersion)).toThrow(/version/);
    const broken = clone();
    broken.intents[4]!.patterns.en![0]!.p[0] = '@nosuchgroup order';
    expect(() => loadRules(broken)).toThrow(/intents\.4\.patterns\.en\.0\.p\.0: unknown synonym group "@nosuchgroup"/);
    expect(() => loadRules('{not json')).toThrow(/not JSON/);
  });

  it('should answer a new intent that is only data (no code knows its id)', async () => {
    // Prepare
    const next = clone() as ReturnType<typeof clone> & { intents: Record<string, unknown>[] };
    next.intents.push({
      id: 'zorblax_club',
      priority: 15,
      patterns: { en: [{ w: 3, p: ['zorblax*'] }], de: [{ w: 3, p: ['zorblax*'] }] },
      responses: {
        answer: {
          en: 'The Zorblax club is free to join.',
          de: 'Der Zorblax-Club ist kostenlos.',
          vi: 'Câu lạc bộ Zorblax miễn phí.',
          zh: 'Zorblax 俱樂部免費加入。',
        },
      },
    });
    const rules = loadRules(next);
    const ports = {
      listOwnOrders: async () => [],
      getOwnOrder: async () => null,
      lookupOrder: async () => null,
      cancelOrder: async () => ({ ok: false as const, reason: 'none' }),
      cancelReason: async () => {},
      searchFaq: async () => [],
      createTicket: async () => ({ ticketId: 'T-1' }),
    };

    // Act
    const reply = await respond(
      { message: 'how do i join the zorblax club', signedIn: false, state: null },
      ports,
      rules,
    );

    // Assess
    expect(classify('how do i join the zorblax club', 'en', rules).intent).toBe('zorblax_club');
    expect(reply.intent).toBe('zorblax_club');
    expect(reply.replies[0]).toEqual({ type: 'text', text: 'The Zorblax club is free to join.' });
    expect(classify('wie trete ich dem zorblax club bei', 'de', rules).intent).toBe('zorblax_club');
  });

  it('should apply a replaced rule file without touching the old one', () => {
    const next = clone();
    next.version = 'test-2';
    const orderStatus = next.intents.find((i) => i.id === 'order_status')!;
    orderStatus.patterns.en!.push({ w: 5, p: ['wombat'] });
    const rules = loadRules(next);
    expect(classify('wombat', 'en', rules).intent).toBe('order_status');
    expect(classify('wombat', 'en', defaultRules()).intent).toBe('fallback');
  });
});
