import type { ArticleContent } from '../../../../functions/faq/domain/article';
import { describe, expect, it } from 'vitest';
import { renderAnswer } from '../../../../functions/faq/domain/render';
import { applyAction, sameContent, toAdminArticle, type ArticleHead } from '../../../../functions/faq/domain/article';

const KEY = { slug: 'return-item', locale: 'en' as const };
const T1 = new Date('2026-03-01T10:00:00.000Z');
const T2 = new Date('2026-03-02T11:00:00.000Z');
const T3 = new Date('2026-03-03T12:00:00.000Z');
const FIRST: ArticleContent = {
  question: 'How do I return an item?',
  answer: 'Within **30 days**.',
  category: 'returns-refunds',
  tags: ['return'],
};
const SECOND: ArticleContent = {
  question: 'How do I return or exchange an item?',
  answer: 'Within **60 days** <script>alert(1)</script>[x](javascript:alert(1))',
  category: 'returns-refunds',
  tags: ['return', 'exchange'],
};

/** Runs a list of actions from nothing and returns every head along the way. */
function run(...steps: [Parameters<typeof applyAction>[2], Date, ArticleContent?][]): ArticleHead[] {
  const heads: ArticleHead[] = [];
  let head: ArticleHead | undefined;
  for (const [action, at, content] of steps) {
    head = applyAction(head, KEY, action, 'editor@example.com', at, content, renderAnswer).head;
    heads.push(head);
  }
  return heads;
}

describe('Function: applyAction', () => {
  it('should create version 1 as an unpublished draft', () => {
    // Act
    const { head, version } = applyAction(undefined, KEY, 'create', 'editor@example.com', T1, FIRST, renderAnswer);

    // Assess
    expect(head).toEqual({
      ...KEY,
      ...FIRST,
      version: 1,
      updatedAt: T1.toISOString(),
      updatedBy: 'editor@example.com',
      live: undefined,
    });
    expect(version).toEqual({ version: 1, action: 'create', ...FIRST, at: T1.toISOString(), by: 'editor@example.com' });
    expect(toAdminArticle(head)).toMatchObject({
      status: 'draft',
      hasUnpublishedChanges: false,
      publishedVersion: undefined,
    });
  });

  it('should refuse an action that has neither content nor an article to act on', () => {
    // Act and assess
    expect(() => applyAction(undefined, KEY, 'publish', 'editor@example.com', T1, undefined, renderAnswer)).toThrow(
      /publish/,
    );
  });

  it('should publish with a live snapshot of the current content, its HTML sanitised', () => {
    // Act
    const [, published] = run(['create', T1, SECOND], ['publish', T2]);

    // Assess
    expect(published?.version).toBe(2);
    expect(published?.live).toMatchObject({ ...SECOND, version: 2, publishedAt: T2.toISOString() });
    expect(published?.live?.answerHtml).toContain('<strong>60 days</strong>');
    expect(published?.live?.answerHtml).not.toMatch(/<script|javascript:/i);
    expect(toAdminArticle(published!)).toMatchObject({
      status: 'published',
      publishedVersion: 2,
      hasUnpublishedChanges: false,
    });
  });

  it('should keep the live copy on an edit and report unpublished changes', () => {
    // Act
    const [, published, edited] = run(['create', T1, FIRST], ['publish', T2], ['edit', T3, SECOND]);

    // Assess
    expect(edited).toMatchObject({ ...SECOND, version: 3, updatedAt: T3.toISOString() });
    expect(edited?.live).toEqual(published?.live);
    expect(edited?.live?.question).toBe(FIRST.question);
    expect(toAdminArticle(edited!)).toMatchObject({
      status: 'published',
      publishedVersion: 2,
      hasUnpublishedChanges: true,
      question: SECOND.question,
    });
  });

  it('should report no unpublished changes when an edit goes back to the live content', () => {
    // Act
    const [, , , back] = run(['create', T1, FIRST], ['publish', T1], ['edit', T2, SECOND], ['edit', T3, FIRST]);

    // Assess
    expect(back?.version).toBe(4);
    expect(toAdminArticle(back!).hasUnpublishedChanges).toBe(false);
  });

  it('should take the article off the site on unpublish, keeping its content', () => {
    // Act
    const [, , unpublished] = run(['create', T1, FIRST], ['publish', T2], ['unpublish', T3]);

    // Assess
    expect(unpublished).toMatchObject({ ...FIRST, version: 3 });
    expect(unpublished?.live).toBeUndefined();
    expect(toAdminArticle(unpublished!)).toMatchObject({ status: 'draft', publishedVersion: undefined });
  });

  it('should mark a deleted article and drop its live copy, as a new version', () => {
    // Act
    const heads = run(['create', T1, FIRST], ['publish', T2], ['delete', T3]);
    const deleted = heads[2];

    // Assess
    expect(deleted).toMatchObject({ version: 3, deleted: true, live: undefined, ...FIRST });
  });

  it('should start a re-created article after its deleted versions, without the old live copy', () => {
    // Act
    const [, , , recreated] = run(['create', T1, FIRST], ['publish', T1], ['delete', T2], ['create', T3, SECOND]);

    // Assess
    expect(recreated).toMatchObject({ ...SECOND, version: 4, live: undefined });
    expect(recreated?.deleted).toBeUndefined();
  });

  it('should restore old content as a new version and leave the live copy alone', () => {
    // Prepare
    const [, , published] = run(['create', T1, FIRST], ['edit', T1, SECOND], ['publish', T2]);

    // Act
    const { head, version } = applyAction(published, KEY, 'restore', 'other@example.com', T3, FIRST, renderAnswer);

    // Assess
    expect(head).toMatchObject({ ...FIRST, version: 4, updatedBy: 'other@example.com' });
    expect(head.live).toEqual(published?.live);
    expect(version).toMatchObject({ version: 4, action: 'restore', ...FIRST });
    expect(toAdminArticle(head).hasUnpublishedChanges).toBe(true);
  });

  it('should not change the head it is given', () => {
    // Prepare
    const [created] = run(['create', T1, FIRST]);
    const before = structuredClone(created);

    // Act
    applyAction(created, KEY, 'edit', 'editor@example.com', T2, SECOND, renderAnswer);
    applyAction(created, KEY, 'publish', 'editor@example.com', T2, undefined, renderAnswer);

    // Assess
    expect(created).toEqual(before);
  });

  it('should number every action, publishing included, one after the other', () => {
    // Act
    const heads = run(
      ['create', T1, FIRST],
      ['edit', T1, SECOND],
      ['publish', T1],
      ['unpublish', T2],
      ['publish', T2],
      ['restore', T3, FIRST],
      ['delete', T3],
    );

    // Assess
    expect(heads.map((h) => h.version)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });
});

describe('Function: sameContent', () => {
  it('should hold for equal content in fresh objects', () => {
    // Act and assess
    expect(sameContent(FIRST, { ...FIRST, tags: [...FIRST.tags] })).toBe(true);
  });

  it.each<[string, Partial<ArticleContent>]>([
    ['question', { question: 'Another question?' }],
    ['answer', { answer: 'Within 31 days.' }],
    ['category', { category: 'orders' }],
    ['tags', { tags: ['return', 'refund'] }],
    ['tag order', { tags: ['b', 'a'] }],
  ])('should tell content apart by its %s', (_what, change) => {
    // Prepare
    const base = { ...FIRST, tags: ['a', 'b'] };

    // Act and assess
    expect(sameContent(base, { ...base, ...change })).toBe(false);
  });

  it('should tell one tag with a space from two tags', () => {
    // Act and assess
    expect(sameContent({ ...FIRST, tags: ['a b'] }, { ...FIRST, tags: ['a', 'b'] })).toBe(false);
    expect(sameContent({ ...FIRST, tags: ['ab'] }, { ...FIRST, tags: ['a', 'b'] })).toBe(false);
  });

  it("should ignore fields beyond the content, such as a live copy's version", () => {
    // Act
    const [, published] = run(['create', T1, FIRST], ['publish', T2]);

    // Assess
    expect(sameContent(published!, published!.live!)).toBe(true);
  });
});
