import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../locales/registry';
import { MESSAGE_KINDS } from '../../../functions/outbox/domain/message';
import { renderMessage, type OrderFacts } from '../../../functions/outbox/domain/render';

const facts: OrderFacts = {
  orderNumber: '10023',
  name: 'Ana',
  carrier: 'DHL',
  trackingNumber: 'JD0001',
  trackingUrl: 'https://www.dhl.com/track?n=JD0001',
  expectedDelivery: '2026-12-10T12:00:00Z',
  location: 'Post office, Main St 1',
  amountCents: 12900,
  currency: 'USD',
};
const links = {
  baseUrl: 'https://portal.example',
  unsubscribeUrl: 'https://portal.example/api/unsubscribe?token=abc.def',
};

describe('Function: renderMessage', () => {
  const cases = LOCALES.flatMap((locale) => MESSAGE_KINDS.map((kind) => [kind, locale] as const));

  it.each(cases)('should render %s in %s with subject, bodies and the unsubscribe link', (kind, locale) => {
    // Act
    const m = renderMessage(kind, facts, locale, links);

    // Assess
    expect(m.subject).toContain('10023');
    expect(m.subject).not.toMatch(/[{}]/);
    expect(m.text).not.toMatch(/\{\w+\}/);
    expect(m.html).not.toMatch(/\{\w+\}/);
    expect(m.text).toContain(links.unsubscribeUrl);
    expect(m.html).toContain('href="https://portal.example/api/unsubscribe?token=abc.def"');
    expect(m.html).toContain(`https://portal.example/${locale}/orders/view/?n=10023`);
  });

  it('should say a different thing in each language', () => {
    // Act
    const subjects = LOCALES.map((l) => renderMessage('shipped', facts, l, links).subject);

    // Assess
    expect(new Set(subjects).size).toBe(LOCALES.length);
    expect(renderMessage('shipped', facts, 'de', links).subject).toBe('Ihre Bestellung 10023 ist unterwegs');
  });

  it('should escape HTML in every value the shop sends', () => {
    // Prepare
    const evil = { ...facts, name: '<script>alert(1)</script>', carrier: '"><img src=x onerror=alert(1)>' };

    // Act
    const m = renderMessage('shipped', evil, 'en', links);

    // Assess
    expect(m.html).not.toContain('<script>');
    expect(m.html).not.toContain('<img');
    expect(m.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(m.text).toContain('<script>alert(1)</script>');
  });

  it('should link the tracking page when shipped, and drop a tracking URL that is not a web link', () => {
    // Act
    const shipped = renderMessage('shipped', facts, 'en', links);
    const sneaky = renderMessage('shipped', { ...facts, trackingUrl: 'javascript:alert(1)' }, 'en', links);

    // Assess
    expect(shipped.html).toContain('href="https://www.dhl.com/track?n=JD0001"');
    expect(sneaky.html).not.toContain('javascript:');
  });

  it('should give a delay the new date, an apology, a help link and a way to reach a person', () => {
    // Act
    const m = renderMessage('delayed', facts, 'en', links);

    // Assess
    expect(m.text).toContain('10 December 2026');
    expect(m.text).toMatch(/sorry/i);
    expect(m.html).toContain('https://portal.example/en/help/?q=delay');
    expect(m.html).toContain('Talk to a person');
  });

  it('should tell an attempted delivery what happens next, and a refund its amount', () => {
    // Act
    const attempted = renderMessage('delivery_attempted', facts, 'en', links);
    const refund = renderMessage('refund_issued', facts, 'de', links);

    // Assess
    expect(attempted.text).toContain('Post office, Main St 1');
    expect(attempted.text).toMatch(/next/);
    expect(refund.text).toMatch(/129,00\s\$/);
  });

  it('should leave out a sentence whose facts the shop did not send', () => {
    // Act
    const m = renderMessage('shipped', { orderNumber: '7' }, 'en', links);

    // Assess
    expect(m.text).not.toContain('Tracking number');
    expect(m.text).toContain('Hello,');
    expect(m.subject).toBe('Your order 7 is on its way');
  });
});

describe('Function: renderMessage (nps_invite)', () => {
  it.each(LOCALES)('should ask in %s with one link per score 0-10 to the signed survey page', (locale) => {
    // Prepare
    const surveyUrl = 'https://portal.example/api/feedback/nps/answer?token=abc.def&locale=' + locale;

    // Act
    const m = renderMessage('nps_invite', { orderNumber: '10023', surveyUrl }, locale, links);

    // Assess
    const hrefs = [...m.html.matchAll(/href="([^"]*answer[^"]*)"/g)].map((x) => x[1]);
    expect(hrefs).toEqual(Array.from({ length: 11 }, (_, n) => `${surveyUrl.replace('&', '&amp;')}&amp;score=${n}`));
    for (let n = 0; n <= 10; n++) expect(m.text).toContain(`${n}: ${surveyUrl}&score=${n}`);
    expect(m.subject).toContain('10023');
  });

  it('should leave the score links out when the survey link is not a web link', () => {
    // Act
    const m = renderMessage('nps_invite', { orderNumber: '10023', surveyUrl: 'javascript:alert(1)' }, 'en', links);

    // Assess
    expect(m.html).not.toContain('score=');
    expect(m.html).not.toContain('javascript:');
  });
});
