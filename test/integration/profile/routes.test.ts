import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, expectProblem, login } from '../../helpers/http';
import { startPortal, type TestPortal } from '../../helpers/portal';

const MAX_BODY_BYTES = 2048;

/** The stored part of a profile: what a PATCH may change, and what a refused one must not. */
const storedPart = (p: {
  name: string;
  locale: string;
  preferences: unknown;
  specialDates: unknown;
  defaultAddress?: unknown;
}) => ({
  name: p.name,
  locale: p.locale,
  preferences: p.preferences,
  specialDates: p.specialDates,
  defaultAddress: p.defaultAddress,
});

const ADDRESS = { name: 'Ben Ortiz', line1: 'Elm Street 5', postalCode: '10115', city: 'Berlin', country: 'DE' };

describe('Routes: /api/me', () => {
  let portal: TestPortal;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    portal = await startPortal({ site: false, env: { MAX_BODY_BYTES: String(MAX_BODY_BYTES) } });
    for (const email of [
      'ana@example.com',
      'ben@example.com',
      'lena@example.de',
      'minh@example.vn',
      'mei@example.tw',
      'admin@example.com',
    ]) {
      tokens[email] = await login(portal.url, email);
    }
  });

  afterAll(async () => {
    await portal?.stop();
  });

  const me = (email: string) => call(portal.url, 'GET', '/api/me', { token: tokens[email] });
  const patch = (email: string, body: unknown) => call(portal.url, 'PATCH', '/api/me', { token: tokens[email], body });

  describe('GET', () => {
    // Seeded spend (last 12 months, cancelled and returned left out) decides the tier; see functions/local/seed.
    it.each([
      ['ana@example.com', 'Ana Souza', 'en', 'gold', 'loyal', 4, /^Good (morning|afternoon|evening), Ana Souza/],
      ['ben@example.com', 'Ben Carter', 'en', 'silver', 'new', 2, /^Good (morning|afternoon|evening), Ben Carter/],
      ['lena@example.de', 'Lena Müller', 'de', 'bronze', 'new', 2, /^Guten (Morgen|Tag|Abend), Lena Müller/],
      [
        'minh@example.vn',
        'Nguyễn Văn Minh',
        'vi',
        'bronze',
        'active',
        2,
        /^Chào buổi (sáng|chiều|tối), Nguyễn Văn Minh/,
      ],
      ['mei@example.tw', '林美', 'zh', 'bronze', 'active', 2, /^林美，(早安|午安|晚安)/],
    ])(
      'should show %s their name, language, tier, stage and open orders',
      async (email, name, locale, tier, stage, openOrders, greeting) => {
        // Act
        const reply = await me(email);

        // Assess
        expect(reply.status).toBe(200);
        expect(reply.json).toMatchObject({ email, name, locale, tier, stage, openOrders });
        expect(reply.json.greeting).toMatch(greeting);
      },
    );

    it('should leave cancelled and returned orders out of the spend', async () => {
      // Act
      const reply = await me('ben@example.com');

      // Assess: 1 x 49900 delayed + 2 x 2400 packed; the cancelled 8900 and the returned 29900 do not count.
      expect(reply.json.stats.spentLast12MonthsCents).toBe(54_700);
    });

    it('should create a first profile for a signed-in user who has none', async () => {
      // Act
      const first = await me('admin@example.com');
      const again = await me('admin@example.com');

      // Assess
      expect(first.status).toBe(200);
      expect(first.json).toMatchObject({
        email: 'admin@example.com',
        name: 'admin',
        tier: 'bronze',
        stage: 'prospect',
        openOrders: 0,
      });
      expect(again.json.customerSince).toBe(first.json.customerSince);
    });

    it("should never show another customer's profile, whatever the query says", async () => {
      // Act
      const reply = await call(portal.url, 'GET', '/api/me?customerId=00000000-0000-4000-8000-000000000011', {
        token: tokens['ben@example.com'],
      });

      // Assess
      expect(reply.json.email).toBe('ben@example.com');
    });
  });

  describe('PATCH', () => {
    it('should save name, language, preferences and special dates and keep them on a re-read', async () => {
      // Prepare
      const change = {
        name: 'Minh Nguyễn',
        locale: 'en',
        preferences: { newsletter: true },
        specialDates: [{ kind: 'anniversary', date: '2020-05-05', label: 'Wedding' }],
      };

      // Act
      const reply = await patch('minh@example.vn', change);
      const reread = await me('minh@example.vn');

      // Assess
      expect(reply.status).toBe(200);
      const expected = {
        name: 'Minh Nguyễn',
        locale: 'en',
        preferences: { newsletter: true, contactChannel: 'email', orderUpdates: true },
        specialDates: [{ kind: 'anniversary', date: '2020-05-05', label: 'Wedding' }],
      };
      expect(storedPart(reply.json)).toEqual(expected);
      expect(storedPart(reread.json)).toEqual(expected);
      expect(reread.json.greeting).toMatch(/^Good (morning|afternoon|evening), Minh Nguyễn/);
      expect(reread.json).toMatchObject({
        email: 'minh@example.vn',
        customerId: '00000000-0000-4000-8000-000000000014',
        tier: 'bronze',
      });
    });

    it('should merge preferences field by field', async () => {
      // Act
      await patch('mei@example.tw', { preferences: { contactChannel: 'sms' } });
      await patch('mei@example.tw', { preferences: { orderUpdates: false } });
      const reread = await me('mei@example.tw');

      // Assess
      expect(reread.json.preferences).toEqual({ newsletter: true, contactChannel: 'sms', orderUpdates: false });
      expect(reread.json.name).toBe('林美');
    });

    it('should keep a default address until the customer removes it with null', async () => {
      // Act
      const saved = await patch('ben@example.com', { defaultAddress: { ...ADDRESS, city: '  Berlin ' } });
      const kept = await me('ben@example.com');
      const renamed = await patch('ben@example.com', { name: 'Ben O.' });
      const removed = await patch('ben@example.com', { defaultAddress: null });
      const reread = await me('ben@example.com');

      // Assess
      expect(saved.status).toBe(200);
      expect(saved.json.defaultAddress).toEqual(ADDRESS);
      expect(kept.json.defaultAddress).toEqual(ADDRESS);
      expect(renamed.json.defaultAddress).toEqual(ADDRESS);
      expect(removed.status).toBe(200);
      expect(removed.json).not.toHaveProperty('defaultAddress');
      expect(reread.json).not.toHaveProperty('defaultAddress');
      expect(reread.json.name).toBe('Ben O.');
    });

    it('should trim the name', async () => {
      // Act
      const reply = await patch('ana@example.com', { name: '  Ana S.  ' });

      // Assess
      expect(reply.json.name).toBe('Ana S.');
      expect((await me('ana@example.com')).json.name).toBe('Ana S.');
    });

    describe('special dates that do not exist', () => {
      const victim = 'ben@example.com';

      it.each([
        ['a month that does not exist', '2020-13-01'],
        ['a day that does not exist', '02-30'],
        ['month and day zero', '00-00'],
      ])('should refuse a date on %s and store nothing', async (_what, date) => {
        // Act
        const reply = await patch(victim, { specialDates: [{ kind: 'birthday', date }] });
        const reread = await me(victim);

        // Assess
        const problem = expectProblem(reply, 400);
        expect(problem.errors.map((e: { field: string }) => e.field)).toContain('specialDates.0.date');
        expect(reread.json.specialDates).toEqual([]);
      });

      it('should accept 29 February without a year', async () => {
        // Act
        const reply = await patch('mei@example.tw', { specialDates: [{ kind: 'birthday', date: '02-29' }] });

        // Assess
        expect(reply.status).toBe(200);
        expect((await me('mei@example.tw')).json.specialDates).toEqual([{ kind: 'birthday', date: '02-29' }]);
      });
    });

    describe('refused input', () => {
      const victim = 'lena@example.de';
      let before: ReturnType<typeof storedPart>;

      beforeAll(async () => {
        before = storedPart((await me(victim)).json);
      });

      it.each([
        ['a name of the wrong type', { name: 42 }, 'name'],
        ['an empty name', { name: '   ' }, 'name'],
        ['a too long name', { name: 'x'.repeat(81) }, 'name'],
        ['an unsupported language', { locale: 'fr' }, 'locale'],
        ['a preference of the wrong type', { preferences: { newsletter: 'yes' } }, 'preferences.newsletter'],
        ['an unknown contact channel', { preferences: { contactChannel: 'pigeon' } }, 'preferences.contactChannel'],
        ['an unknown preference', { preferences: { spam: true } }, 'preferences.spam'],
        ['special dates that are not a list', { specialDates: 'soon' }, 'specialDates'],
        [
          'a special date of an unknown kind',
          { specialDates: [{ kind: 'wedding', date: '2020-01-01' }] },
          'specialDates.0.kind',
        ],
        [
          'a special date in the wrong format',
          { specialDates: [{ kind: 'birthday', date: '1/2/1990' }] },
          'specialDates.0.date',
        ],
        [
          'more than ten special dates',
          { specialDates: Array.from({ length: 11 }, () => ({ kind: 'other', date: '01-01' })) },
          'specialDates',
        ],
        ['an address without a city', { defaultAddress: { ...ADDRESS, city: undefined } }, 'defaultAddress.city'],
        [
          'an address with a country name',
          { defaultAddress: { ...ADDRESS, country: 'Germany' } },
          'defaultAddress.country',
        ],
        ['an address with an unknown field', { defaultAddress: { ...ADDRESS, floor: 3 } }, 'defaultAddress.floor'],
        ['an address that is a string', { defaultAddress: 'Berlin' }, 'defaultAddress'],
        ['an unknown field', { tier: 'platinum' }, 'tier'],
        ['a valid change with an unknown field', { name: 'Hacked', customerId: 'someone-else' }, 'customerId'],
        ['a valid change with a derived field', { name: 'Hacked', email: 'evil@example.com' }, 'email'],
        ['an empty body', {}, '(body)'],
        ['a JSON array', [], '(body)'],
        ['JSON null', null, '(body)'],
      ])('should refuse %s with a 400 problem naming the field', async (_what, body, field) => {
        // Act
        const reply = await patch(victim, body);

        // Assess
        const problem = expectProblem(reply, 400);
        const fields: string[] = problem.errors.flatMap((e: { field: string }) => e.field.split(','));
        expect(fields).toContain(field);
      });

      it('should refuse malformed JSON with a 400 problem', async () => {
        // Act
        const reply = await call(portal.url, 'PATCH', '/api/me', { token: tokens[victim], raw: '{"name": "Half' });

        // Assess
        const problem = expectProblem(reply, 400);
        expect(problem.detail).toMatch(/JSON/);
      });

      it('should refuse a body that is not JSON with a 4xx problem', async () => {
        // Act
        const reply = await call(portal.url, 'PATCH', '/api/me', {
          token: tokens[victim],
          raw: 'name=Hacked',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
        });

        // Assess
        expect([400, 415]).toContain(reply.status);
        expectProblem(reply, reply.status);
      });

      it(`should refuse a body over ${MAX_BODY_BYTES} bytes with a 413 problem`, async () => {
        // Prepare: valid JSON that would change the name, padded past the limit.
        const raw = `{"name":"Oversized"${' '.repeat(MAX_BODY_BYTES)}}`;

        // Act
        const reply = await call(portal.url, 'PATCH', '/api/me', { token: tokens[victim], raw });

        // Assess
        const problem = expectProblem(reply, 413);
        expect(problem.detail).toContain(String(MAX_BODY_BYTES));
      });

      it('should have written nothing for any refused request', async () => {
        // Act
        const after = storedPart((await me(victim)).json);

        // Assess
        expect(after).toEqual(before);
        expect(after.name).toBe('Lena Müller');
      });
    });
  });
});
