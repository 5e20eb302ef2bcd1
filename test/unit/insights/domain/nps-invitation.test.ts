import { describe, expect, it } from 'vitest';
import {
  periodCutoff,
  planInvitation,
  signSurveyToken,
  STALE_AFTER_DAYS,
  verifySurveyToken,
} from '../../../../functions/insights/domain/nps-invitation';

const rules = { inviteDays: 3, periodDays: 90, linkDays: 30 };
const order = { orderNumber: '10023', email: 'Ana@Example.com' };

describe('Function: planInvitation', () => {
  it('should be due three days after delivery, its link working 30 days from then', () => {
    // Act
    const plan = planInvitation(order, '2026-12-01T10:00:00.000Z', new Date('2026-12-01T10:05:00.000Z'), rules);

    // Assess
    expect(plan).toMatchObject({
      orderNumber: '10023',
      email: 'ana@example.com',
      deliveredAt: '2026-12-01T10:00:00.000Z',
      dueAt: '2026-12-04T10:00:00.000Z',
      linkExpiresAt: '2027-01-03T10:00:00.000Z',
    });
  });

  it('should still ask a late-fed delivery up to 14 days past due, its link counted from now; none after', () => {
    // Prepare: due 2026-12-04T10:00; 14 days later is 2026-12-18T10:00
    const at = (iso: string) => planInvitation(order, '2026-12-01T10:00:00.000Z', new Date(iso), rules);

    // Act + Assess
    expect(STALE_AFTER_DAYS).toBe(14);
    expect(at('2026-12-18T10:00:00.000Z')?.linkExpiresAt).toBe('2027-01-17T10:00:00.000Z');
    expect(at('2026-12-18T10:00:00.001Z')).toBeUndefined();
    expect(planInvitation(order, 'not a date', new Date(), rules)).toBeUndefined();
  });

  it('should put the period cutoff 90 days before the due time', () => {
    expect(periodCutoff('2026-12-04T10:00:00.000Z', 90)).toBe('2026-09-05T10:00:00.000Z');
  });
});

describe('Function: signSurveyToken / verifySurveyToken', () => {
  const secret = 'secret-secret-secret';
  const claim = { orderNumber: '10023', email: 'ana@example.com', expiresAt: 1_800_000_000 };
  const before = new Date(1_799_999_999_000);

  it('should name the order and email it was signed for until it expires', () => {
    // Act
    const token = signSurveyToken(secret, claim);

    // Assess
    expect(verifySurveyToken(secret, token, before)).toEqual(claim);
    expect(verifySurveyToken(secret, token, new Date(1_800_000_001_000))).toBeUndefined();
  });

  it('should refuse another secret, an altered claim, a swapped signature and junk', () => {
    // Prepare
    const token = signSurveyToken(secret, claim);
    const other = signSurveyToken(secret, { ...claim, orderNumber: '10041' });
    const [body, sig] = token.split('.');
    const [otherBody] = other.split('.');

    // Act + Assess
    expect(verifySurveyToken('another-secret-secret', token, before)).toBeUndefined();
    expect(verifySurveyToken(secret, `${otherBody}.${sig}`, before)).toBeUndefined();
    expect(verifySurveyToken(secret, `${body}.${sig}.x`, before)).toBeUndefined();
    expect(verifySurveyToken(secret, 'nonsense', before)).toBeUndefined();
    const junk = Buffer.from('not json').toString('base64url');
    expect(verifySurveyToken(secret, `${junk}.${sig}`, before)).toBeUndefined();
  });
});
