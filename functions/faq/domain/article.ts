import type { Locale } from '../../../locales/registry';
import { BadRequest } from '../../commons/errors';

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

/** Strong ETag for a version, and the version an If-Match header names. */
export const etagOf = (version: number) => `"${version}"`;

const IF_MATCH_VERSION = /^(?:W\/"(\d{1,15})"|"(\d{1,15})"|(\d{1,15}))$/;

/**
 * The version an If-Match header names: undefined when there is none or it is `*` (any current
 * version). Anything else that is not one of our ETags (`"3"`, `W/"3"` or a bare `3`) is refused
 * with BadRequest, never read as "no precondition".
 */
export function versionFromIfMatch(header: string | undefined): number | undefined {
  if (header === undefined) return undefined;
  const value = header.trim();
  if (value === '*') return undefined;
  const match = IF_MATCH_VERSION.exec(value);
  if (!match) {
    const message = 'If-Match must name one version by its ETag, such as "3" (or * for any version)';
    throw new BadRequest(message, { errors: [{ field: 'if-match', message }] });
  }
  return Number(match[1] ?? match[2] ?? match[3]);
}
