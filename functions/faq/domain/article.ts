import type { Locale } from '../../../locales/registry';

export const ARTICLE_STATUSES = ['draft', 'published'] as const;
export const VERSION_ACTIONS = ['create', 'edit', 'publish', 'unpublish', 'restore', 'import', 'delete'] as const;

/** What an admin writes: the content of one article in one locale. */
export interface ArticleContent {
  question: string;
  answer: string;
  category: string;
  tags: string[];
}

/** One immutable version of an article: what it said, who wrote it and why. */
export interface Version extends ArticleContent {
  version: number;
  action: (typeof VERSION_ACTIONS)[number];
  at: string;
  by: string;
}

/** The live (published) copy customers see; its HTML was sanitised when it was published. */
export interface LiveArticle extends ArticleContent {
  answerHtml: string;
  version: number;
  publishedAt: string;
}

/** The current state of one article in one locale: the latest draft plus what is live. */
export interface ArticleHead extends ArticleContent {
  slug: string;
  locale: Locale;
  version: number;
  updatedAt: string;
  updatedBy: string;
  deleted?: boolean;
  live?: LiveArticle;
}

export type Action = Version['action'];
export interface Change {
  head: ArticleHead;
  version: Version;
}

/** Markdown to safe HTML (domain/faq/render.ts); passed in so this module stays light to load. */
export type Render = (markdown: string) => string;

const contentOf = ({ question, answer, category, tags }: ArticleContent): ArticleContent => ({
  question,
  answer,
  category,
  tags,
});

/** The live copy of some content, its HTML rendered and sanitised once, at publish time. */
export const renderedLive = (
  content: ArticleContent,
  version: number,
  publishedAt: string,
  render: Render,
): LiveArticle => ({ ...contentOf(content), answerHtml: render(content.answer), version, publishedAt });

export const sameContent = (a: ArticleContent, b: ArticleContent) =>
  a.question === b.question &&
  a.answer === b.answer &&
  a.category === b.category &&
  a.tags.join('\u0000') === b.tags.join('\u0000');

/**
 * The next state of an article after an admin action. Every action, publishing included, makes a
 * new numbered version, so history is complete and two stale writers collide on the number.
 */
export function applyAction(
  current: ArticleHead | undefined,
  key: { slug: string; locale: Locale },
  action: Action,
  actor: string,
  now: Date,
  content: ArticleContent | undefined,
  render: Render,
): Change {
  const at = now.toISOString();
  const base = content ?? (current ? contentOf(current) : undefined);
  if (!base) throw new Error(`${action} needs content or an existing article`);
  const version = (current?.version ?? 0) + 1;
  let live = current?.deleted ? undefined : current?.live;
  if (action === 'publish') live = renderedLive(base, version, at, render);
  if (action === 'unpublish' || action === 'delete') live = undefined;
  const head: ArticleHead = {
    ...key,
    ...contentOf(base),
    version,
    updatedAt: at,
    updatedBy: actor,
    live,
    ...(action === 'delete' ? { deleted: true } : {}),
  };
  return { head, version: { version, action, ...contentOf(base), at, by: actor } };
}

/** The admin view of a head. */
export function toAdminArticle(head: ArticleHead) {
  return {
    slug: head.slug,
    locale: head.locale,
    ...contentOf(head),
    version: head.version,
    status: head.live ? ('published' as const) : ('draft' as const),
    hasUnpublishedChanges: Boolean(head.live && !sameContent(head.live, head)),
    publishedVersion: head.live?.version,
    updatedAt: head.updatedAt,
    updatedBy: head.updatedBy,
  };
}
