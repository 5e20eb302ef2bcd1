import type { ArticleContent, Version } from './domain/article';
import type { Locale } from '../../locales/registry';
import { Conflict, NotFound, PreconditionFailed, PreconditionRequired } from '../commons/errors';
import { fieldErrors } from '../commons/field-errors';
import { perApp } from '../commons/lazy';
import type { AppDeps } from '../env';
import {
  applyAction,
  renderedLive,
  sameContent,
  toAdminArticle,
  type Action,
  type ArticleHead,
  type Render,
} from './domain/article';
import { UnrenderableAnswer } from './domain/answer-limits';
import { ANSWER_LIMITS, IMPORT_COLUMNS, ImportRowSchema, type ImportRow } from './schemas';
import type { FaqStore } from './store';
import { faqSearchOf, type FaqSearch } from './search-service';

import { renderModule } from './render-service';
/** Renders an answer within this deployment's limits, or throws UnrenderableAnswer (a 400 on `answer`). */
const renderer = async (): Promise<Render> => {
  const { renderAnswer } = await renderModule();
  return (markdown) => renderAnswer(markdown, ANSWER_LIMITS);
};
/** Checks an answer as rendering would (limits, real nesting), without rendering it. */
const checkAnswer = async (markdown: string) => {
  (await renderModule()).checkAnswer(markdown, ANSWER_LIMITS);
};
/** Lets other requests run between rows of a long import (an awaited promise alone does not). */
const yieldToOtherRequests = () => new Promise<void>((ok) => setImmediate(ok));

export interface ArticleKey {
  slug: string;
  locale: Locale;
}
type Report = {
  index: number;
  slug?: string;
  locale?: string;
  result: 'created' | 'updated' | 'unchanged' | 'error';
  ignoredFields?: string[];
  errors?: { field: string; message: string }[];
};

/** Rebuilds a head from the latest version when a crash left the head behind it. */
function headFromVersion(
  key: ArticleKey,
  latest: Version,
  previous: ArticleHead | undefined,
  render: Render,
): ArticleHead {
  const content = { question: latest.question, answer: latest.answer, category: latest.category, tags: latest.tags };
  const live =
    latest.action === 'publish'
      ? renderedLive(content, latest.version, latest.at, render)
      : latest.action === 'unpublish' || latest.action === 'delete'
        ? undefined
        : previous?.live;
  return {
    ...key,
    ...content,
    version: latest.version,
    updatedAt: latest.at,
    updatedBy: latest.by,
    live,
    ...(latest.action === 'delete' ? { deleted: true } : {}),
  };
}

/** Admin operations on FAQ articles: every write is a conditional new version. */
function createFaqAdmin(store: FaqStore, search: FaqSearch, now: () => Date) {
  async function load(key: ArticleKey): Promise<ArticleHead | undefined> {
    const [head, latest] = await Promise.all([
      store.getHead(key.slug, key.locale),
      store.latestVersion(key.slug, key.locale),
    ]);
    if (latest && (!head || latest.version > head.version)) {
      const repaired = headFromVersion(key, latest, head, await renderer());
      await store.saveHead(repaired);
      return repaired;
    }
    return head;
  }

  async function existing(key: ArticleKey): Promise<ArticleHead> {
    const head = await load(key);
    if (!head || head.deleted) throw new NotFound('Article');
    return head;
  }

  function checkIfMatch(head: ArticleHead, ifMatch: number | undefined, required: boolean) {
    if (ifMatch === undefined) {
      if (required) throw new PreconditionRequired();
      return;
    }
    if (ifMatch !== head.version) {
      throw new PreconditionFailed(
        `This article changed since you loaded version ${ifMatch}; it is now at version ${head.version}`,
        { current: toAdminArticle(head) },
      );
    }
  }

  async function commit(
    head: ArticleHead | undefined,
    key: ArticleKey,
    action: Action,
    actor: string,
    content?: ArticleContent,
  ) {
    // Every saved draft can be published: new content is checked as rendering would check it.
    if (content) await checkAnswer(content.answer);
    const change = applyAction(head, key, action, actor, now(), content, await renderer());
    try {
      await store.commit(change);
    } catch (error) {
      // Lost a race to another writer: answer like a stale If-Match, with what is there now.
      const latest = error instanceof PreconditionFailed ? await load(key) : undefined;
      if (latest)
        throw new PreconditionFailed('Someone else changed this article at the same time', {
          current: toAdminArticle(latest),
        });
      throw error;
    }
    search.invalidate();
    return change.head;
  }

  return {
    load: existing,
    async create(key: ArticleKey, content: ArticleContent, actor: string) {
      const head = await load(key);
      const exists = () => new Conflict(`An article ${key.slug} (${key.locale}) already exists`);
      if (head && !head.deleted) throw exists();
      try {
        return await commit(head, key, 'create', actor, content);
      } catch (error) {
        // Two creates raced for the same slug: the loser learns it exists now.
        if (error instanceof PreconditionFailed) throw exists();
        throw error;
      }
    },
    async update(key: ArticleKey, content: ArticleContent, ifMatch: number | undefined, actor: string) {
      const head = await existing(key);
      checkIfMatch(head, ifMatch, true);
      return commit(head, key, 'edit', actor, content);
    },
    async transition(
      key: ArticleKey,
      action: 'publish' | 'unpublish' | 'delete',
      ifMatch: number | undefined,
      actor: string,
    ) {
      const head = await existing(key);
      checkIfMatch(head, ifMatch, false);
      const changed = await commit(head, key, action, actor);
      // What customers see changed: store the search index every cold start loads.
      await search.publish();
      return changed;
    },
    async restore(key: ArticleKey, version: number, ifMatch: number | undefined, actor: string) {
      const head = await existing(key);
      checkIfMatch(head, ifMatch, true);
      const old = await store.getVersion(key.slug, key.locale, version);
      if (!old) throw new NotFound('Version');
      return commit(head, key, 'restore', actor, {
        question: old.question,
        answer: old.answer,
        category: old.category,
        tags: old.tags,
      });
    },
    /** Every version, deleted articles included (their history is kept). */
    async history(key: ArticleKey) {
      const versions = await store.history(key.slug, key.locale);
      if (!versions.length) throw new NotFound('Article');
      return versions;
    },
    getVersion: (key: ArticleKey, version: number) => store.getVersion(key.slug, key.locale, version),
    async list() {
      return (await store.listHeads()).filter((h) => !h.deleted);
    },

    /**
     * Upserts rows by (slug, locale); a bad row is reported and never stops the others. Every row
     * is validated and its answer checked as publishing would check it before anything is
     * written, so a row that cannot be rendered is reported and leaves nothing behind.
     */
    async importRows(rows: unknown[], actor: string) {
      const report: Report[] = [];
      const valid: { index: number; row: ImportRow; ignored: { ignoredFields?: string[] } }[] = [];
      for (const [index, raw] of rows.entries()) {
        const parsed = ImportRowSchema.safeParse(raw);
        const r = raw as { slug?: unknown; locale?: unknown } | null;
        const named = {
          index,
          slug: typeof r?.slug === 'string' ? r.slug.slice(0, 80) : undefined,
          locale: typeof r?.locale === 'string' ? r.locale.slice(0, 5) : undefined,
        };
        if (!parsed.success) {
          report.push({ ...named, result: 'error', errors: fieldErrors(parsed.error) });
          continue;
        }
        try {
          await checkAnswer(parsed.data.answer);
          await yieldToOtherRequests();
        } catch (error) {
          if (!(error instanceof UnrenderableAnswer)) throw error;
          report.push({ ...named, result: 'error', errors: [{ field: 'answer', message: error.message }] });
          continue;
        }
        const extra = Object.keys(raw as object)
          .filter((k) => !IMPORT_COLUMNS.includes(k))
          .slice(0, 20);
        valid.push({
          index,
          row: parsed.data,
          ignored: extra.length ? { ignoredFields: extra.map((k) => k.slice(0, 60)) } : {},
        });
      }
      let liveChanged = false;
      for (const { index, row, ignored } of valid) {
        const { slug, locale, status, ...content } = row;
        const key = { slug, locale };
        try {
          let head = await load(key);
          const alive = head && !head.deleted ? head : undefined;
          const wantsLive = status === 'published';
          // Unchanged: a published row equal to what is live (a pending draft stays a draft), or a draft row equal to an unpublished draft.
          const unchanged = wantsLive
            ? Boolean(alive?.live && sameContent(alive.live, content))
            : Boolean(alive && !alive.live && sameContent(alive, content));
          if (unchanged) {
            report.push({ index, slug, locale, result: 'unchanged', ...ignored });
            continue;
          }
          if (!alive || !sameContent(alive, content))
            head = await commit(head, key, alive ? 'import' : 'create', actor, content);
          if (wantsLive && !(head?.live && sameContent(head.live, content))) {
            head = await commit(head, key, 'publish', actor);
            liveChanged = true;
          }
          if (!wantsLive && head?.live) {
            await commit(head, key, 'unpublish', actor);
            liveChanged = true;
          }
          report.push({ index, slug, locale, result: alive ? 'updated' : 'created', ...ignored });
        } catch (error) {
          if (error instanceof UnrenderableAnswer) {
            report.push({
              index,
              slug,
              locale,
              result: 'error',
              errors: [{ field: 'answer', message: error.message }],
            });
            continue;
          }
          if (!(error instanceof PreconditionFailed)) throw error;
          report.push({
            index,
            slug,
            locale,
            result: 'error',
            errors: [{ field: '(row)', message: 'Changed by someone else during the import; import this row again' }],
          });
        }
      }
      // One stored search index for the whole import, not one per row.
      if (liveChanged) await search.publish();
      report.sort((a, b) => a.index - b.index);
      const count = (result: Report['result']) => report.filter((r) => r.result === result).length;
      return {
        created: count('created'),
        updated: count('updated'),
        unchanged: count('unchanged'),
        failed: count('error'),
        rows: report,
      };
    },

    /** A locale's synonym groups as the admin saved them. */
    async synonyms(locale: Locale) {
      return (await store.synonyms())[locale] ?? [];
    },

    /** Saves a locale's synonym groups (lower-cased, deduplicated, groups of two or more) and refreshes search. */
    async saveSynonyms(locale: Locale, groups: string[][], actor: string) {
      const cleaned = groups.map((g) => [...new Set(g.map((t) => t.toLowerCase()))]).filter((g) => g.length >= 2);
      await store.saveSynonyms(locale, cleaned, actor, now());
      search.invalidate();
      await search.publish();
      return cleaned;
    },
  };
}

export type FaqAdmin = ReturnType<typeof createFaqAdmin>;

/** This app's FAQ admin service. */
export const faqAdminOf = perApp((deps: AppDeps) => createFaqAdmin(deps.stores.faq, faqSearchOf(deps), deps.now));
