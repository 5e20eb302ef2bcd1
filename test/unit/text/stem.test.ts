import { describe, expect, it } from 'vitest';
import { stemEnglish, stemGerman } from '../../../functions/text/stem.js';
import { foldWord } from '../../../functions/text/fold.js';

describe('Function: stemEnglish', () => {
  it.each([
    [['delivery', 'deliveries', 'delivered', 'delivering', 'deliver']],
    [['cancel', 'cancelled', 'canceled', 'cancelling', 'cancellation']],
    [['ship', 'ships', 'shipping', 'shipped', 'shipment']],
    [['refund', 'refunds', 'refunded']],
    [['change', 'changes', 'changed', 'changing']],
  ])('should give every form of %j one stem', (forms) => {
    // Act
    const stems = new Set(forms.map(stemEnglish));
    // Assess
    expect(stems.size).toBe(1);
  });

  it('should keep short and distinct words apart', () => {
    // Prepare / Act / Assess
    expect(stemEnglish('call')).toBe('call');
    expect(stemEnglish('need')).toBe('need');
    expect(stemEnglish('address')).toBe('address');
    expect(stemEnglish('status')).toBe('status');
    expect(stemEnglish('order')).not.toBe(stemEnglish('other'));
  });
});

describe('Function: stemGerman', () => {
  const stem = (w: string) => stemGerman(foldWord(w.toLowerCase(), 'de'));

  it.each([
    [['Bestellung', 'Bestellungen', 'bestellen', 'bestellt']],
    [['Rücksendung', 'rücksenden']],
    [['Lieferung', 'liefern']],
    [['Erstattung', 'erstatten', 'erstattet']],
    [['Gutschein', 'Gutscheine']],
    [['Passwort', 'Passwörter']],
  ])('should give every form of %j one stem', (forms) => {
    // Act
    const stems = new Set(forms.map(stem));
    // Assess
    expect(stems.size).toBe(1);
  });

  it('should leave short words alone', () => {
    // Prepare / Act / Assess
    expect(stem('Zoll')).toBe('zoll');
    expect(stem('Paket')).toBe('paket');
  });
});
