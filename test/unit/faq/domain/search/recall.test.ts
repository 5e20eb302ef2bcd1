import { describe, expect, it } from 'vitest';
import {
  buildSearchEngine,
  defaultSynonyms,
  type Locale,
  type SearchableArticle,
} from '../../../../../functions/faq/domain/search/index.js';
import { compileSynonyms, synonymWeights } from '../../../../../functions/faq/domain/search/synonyms.js';
import { baseTerms, tokenise } from '../../../../../functions/faq/domain/search/tokenise.js';

let n = 0;
const article = (
  slug: string,
  locale: Locale,
  question: string,
  answer: string,
  tags: string[] = [],
): SearchableArticle => ({
  id: `r${++n}`,
  slug,
  locale,
  question,
  answer,
  category: 'general',
  tags,
  updatedAt: '2026-01-01T00:00:00Z',
});

const engine = buildSearchEngine([
  article('card-lost', 'de', 'Karte verloren oder gestohlen?', 'Sperren Sie die Karte sofort in der App.'),
  article('limit', 'de', 'Wie hoch ist das Tageslimit?', 'Sie können bis zu 10.000 Euro am Tag überweisen.'),
  article('remit', 'zh', '如何向境外汇款？', '选择跨境汇款，填写收款人信息。'),
  article('refund', 'zh', '退款多久到账？', '仓库收到退货后原路退款。'),
  article('sso', 'zh', '如何配置单点登录？', '在设置中填写 Okta 元数据。'),
  article('api-keys', 'en', 'How do I create an API key?', 'Open the developer settings and generate a key.'),
  article(
    'authenticator',
    'en',
    'How do I enable two-factor authentication?',
    'Scan the QR code with an authenticator app.',
  ),
  article('roaming', 'vi', 'Dùng điện thoại ở nước ngoài?', 'Đăng ký chuyển vùng quốc tế trước khi đi.'),
  article('shipping', 'vi', 'Phí giao hàng bao nhiêu?', 'Phí giao hàng là 30.000 đồng cho mọi đơn hàng.'),
  article('cod', 'vi', 'Có thanh toán khi nhận hàng không?', 'Có, hỗ trợ COD cho đơn dưới 5 triệu đồng.', ['cod']),
]);
const top = (q: string, locale: Locale) => engine.search(q, { locale }).results[0]?.slug;

describe('Recall mechanisms', () => {
  it('should find a German compound by its head when the modifier is unknown', () => {
    // "Bankkarte" is not indexed, "Karte" is
    expect(top('bankkarte', 'de')).toBe('card-lost');
  });

  it('should match Chinese words sharing a single character', () => {
    // "汇学费": no bigram in common with "汇款", but the character 汇
    expect(top('给孩子汇学费', 'zh')).toBe('remit');
  });

  it('should survive a swapped pair of Chinese characters', () => {
    expect(top('款退多久', 'zh')).toBe('refund');
  });

  it('should read Latin words glued to Chinese text as words of their own', () => {
    expect(top('okta单点登录', 'zh')).toBe('sso');
  });

  it('should complete the last word of a query still being typed', () => {
    expect(top('enable two-factor authentic', 'en')).toBe('authenticator');
  });

  it('should not let a many-word synonym group outweigh a rare typed word', () => {
    // "ship" expands to several delivery phrases; "cod" is in one article only
    expect(top('ship cod', 'vi')).toBe('cod');
  });

  it('should give each term of a synonym phrase a share of one term', () => {
    // Prepare
    const table = compileSynonyms([['refund', 'money back']], 'en');
    // Act
    const weights = synonymWeights(baseTerms('refund', 'en'), table);
    // Assess: the index terms of "money back", each worth half a word
    const [money, back] = tokenise('money back', 'en');
    expect(weights.get(money!)).toBe(0.5);
    expect(weights.get(back!)).toBe(0.5);
  });

  it('should expand Vietnamese synonym phrases to syllable pairs only', () => {
    // Prepare
    const table = compileSynonyms(defaultSynonyms.vi, 'vi');
    // Act
    const terms = [...synonymWeights(baseTerms('giao hàng', 'vi'), table).keys()];
    // Assess
    expect(terms).toContain('van_chuyen');
    expect(terms).not.toContain('hang');
    expect(terms).not.toContain('van');
  });

  it('should keep exact matches first', () => {
    expect(top('API key', 'en')).toBe('api-keys');
    expect(top('Tageslimit', 'de')).toBe('limit');
  });

  it('should meet a compound with its parts spelled out, both ways', () => {
    // Prepare
    const health = buildSearchEngine([
      article('kopf', 'de', 'Was hilft gegen Kopfschmerzen?', 'Trinken Sie Wasser und machen Sie eine Pause.'),
      article('bauch', 'de', 'Was tun bei Schmerzen im Bauch?', 'Eine Wärmflasche hilft oft.'),
      article(
        'ruecken',
        'de',
        'Rückenschmerzen nach dem Heben',
        'Bleiben Sie in Bewegung und halten Sie den Kopf gerade.',
      ),
    ]);
    const first = (q: string) => health.search(q, { locale: 'de' }).results[0]?.slug;
    // Act / Assess: the query spells out the article's compound, and the other way round
    expect(first('Schmerzen im Kopf')).toBe('kopf');
    expect(first('starke Bauchschmerzen')).toBe('bauch');
  });
});
