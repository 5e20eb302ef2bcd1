import type { Version } from './domain/article';
import type { Category, CategoryList } from './domain/categories';
import type { Locale } from '../../locales/registry';
import { GetCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { PreconditionFailed } from '../commons/errors';
import type { ArticleHead, Change } from './domain/article';
import { isConditionFailure, queryAll, withoutKeys, type Db } from '../store/client';
import { keys } from '../store/table';

const articleKey = keys.faqArticle;
const versionKey = keys.faqVersion;
const LIVE_ACTIONS = new Set<Version['action']>(['publish', 'unpublish', 'delete']);

/** FAQ articles: an immutable item per version plus a head item that gsi1 lists. */
export function faqStore({ doc, table }: Db) {
  return {
    async getHead(slug: string, locale: Locale): Promise<ArticleHead | undefined> {
      const { Item } = await doc.send(new GetCommand({ TableName: table, Key: keys.faqHead(slug, locale) }));
      return Item ? withoutKeys<ArticleHead>(Item) : undefined;
    },

    async latestVersion(slug: string, locale: Locale): Promise<Version | undefined> {
      const out = await doc.send(
        new QueryCommand({
          TableName: table,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :v)',
          ExpressionAttributeValues: { ':pk': articleKey(slug, locale), ':v': keys.faqVersionPrefix },
          ScanIndexForward: false,
          Limit: 1,
        }),
      );
      return out.Items?.[0] ? withoutKeys<Version>(out.Items[0]) : undefined;
    },

    /** Every live or draft head (deleted ones leave the index). */
    async listHeads(): Promise<ArticleHead[]> {
      const items = await queryAll(doc, {
        TableName: table,
        IndexName: 'gsi1',
        KeyConditionExpression: 'gsi1pk = :pk',
        ExpressionAttributeValues: { ':pk': keys.faqList },
      });
      return items.map((i) => withoutKeys<ArticleHead>(i));
    },

    async history(slug: string, locale: Locale): Promise<Version[]> {
      const items = await queryAll(doc, {
        TableName: table,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :v)',
        ExpressionAttributeValues: { ':pk': articleKey(slug, locale), ':v': keys.faqVersionPrefix },
      });
      return items.map((i) => withoutKeys<Version>(i));
    },

    async getVersion(slug: string, locale: Locale, version: number): Promise<Version | undefined> {
      const { Item } = await doc.send(
        new GetCommand({ TableName: table, Key: { pk: articleKey(slug, locale), sk: versionKey(version) } }),
      );
      return Item ? withoutKeys<Version>(Item) : undefined;
    },

    /**
     * Commits a change: the new version item is the arbiter (attribute_not_exists: of two writers
     * from the same version only one wins), then the head moves forward and an audit record is kept.
     */
    async commit(change: Change): Promise<void> {
      const { head, version } = change;
      const pk = articleKey(head.slug, head.locale);
      try {
        await doc.send(
          new PutCommand({
            TableName: table,
            Item: { pk, sk: versionKey(version.version), ...version },
            ConditionExpression: 'attribute_not_exists(pk)',
          }),
        );
      } catch (error) {
        if (isConditionFailure(error))
          throw new PreconditionFailed('Someone else changed this article since you loaded it', {
            currentVersion: version.version,
          });
        throw error;
      }
      await this.saveHead(head);
      await doc.send(
        new PutCommand({
          TableName: table,
          Item: {
            pk: keys.faqAuditDay(version.at.slice(0, 10)),
            sk: `${version.at}#${head.slug}#${head.locale}#${version.version}`,
            slug: head.slug,
            locale: head.locale,
            action: version.action,
            version: version.version,
            by: version.by,
            at: version.at,
          },
        }),
      );
      // Only what customers see moves the search revision; drafts and restores do not.
      if (LIVE_ACTIONS.has(version.action)) await this.bumpRevision();
    },

    /** Moves the head forward; an older head never overwrites a newer one. */
    async saveHead(head: ArticleHead): Promise<void> {
      const listed = head.deleted ? {} : keys.faqListed(head.slug, head.locale);
      try {
        await doc.send(
          new PutCommand({
            TableName: table,
            Item: { ...keys.faqHead(head.slug, head.locale), ...listed, ...head },
            ConditionExpression: 'attribute_not_exists(pk) OR version < :v',
            ExpressionAttributeValues: { ':v': head.version },
          }),
        );
      } catch (error) {
        if (!isConditionFailure(error)) throw error;
      }
    },

    async recentAudit(day: string, limit = 50) {
      const out = await doc.send(
        new QueryCommand({
          TableName: table,
          KeyConditionExpression: 'pk = :pk',
          ExpressionAttributeValues: { ':pk': keys.faqAuditDay(day) },
          ScanIndexForward: false,
          Limit: limit,
        }),
      );
      return (out.Items ?? []).map((i) => withoutKeys<Record<string, unknown>>(i));
    },

    /** A counter every instance checks cheaply to know its search index is stale. */
    async revision(): Promise<number> {
      const { Item } = await doc.send(
        new GetCommand({ TableName: table, Key: { pk: keys.faqMeta, sk: 'REVISION' }, ProjectionExpression: 'rev' }),
      );
      return Number(Item?.rev ?? 0);
    },
    async bumpRevision(): Promise<void> {
      await doc.send(
        new UpdateCommand({
          TableName: table,
          Key: { pk: keys.faqMeta, sk: 'REVISION' },
          UpdateExpression: 'ADD rev :one',
          ExpressionAttributeValues: { ':one': 1 },
        }),
      );
    },

    async synonyms(): Promise<Partial<Record<Locale, string[][]>>> {
      const items = await queryAll(doc, {
        TableName: table,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :s)',
        ExpressionAttributeValues: { ':pk': keys.faqMeta, ':s': keys.faqSynonymsPrefix },
      });
      return Object.fromEntries(items.map((i) => [String(i.locale), i.groups as string[][]]));
    },
    async saveSynonyms(locale: Locale, groups: string[][], by: string, now: Date): Promise<void> {
      await doc.send(
        new PutCommand({
          TableName: table,
          Item: { ...keys.faqSynonyms(locale), locale, groups, by, at: now.toISOString() },
        }),
      );
      await this.bumpRevision();
    },

    /** The managed category list (undefined until an admin first saves one). */
    async categories(): Promise<CategoryList | undefined> {
      const { Item } = await doc.send(new GetCommand({ TableName: table, Key: keys.faqCategories }));
      return Item ? { version: Number(Item.version), categories: Item.categories as Category[] } : undefined;
    },
    /** Saves the next version of the list; a stale editor (wrong expected version) gets 412. */
    async saveCategories(
      categories: Category[],
      expectedVersion: number,
      by: string,
      now: Date,
    ): Promise<CategoryList> {
      const next = { version: expectedVersion + 1, categories };
      try {
        await doc.send(
          new PutCommand({
            TableName: table,
            Item: { ...keys.faqCategories, ...next, by, at: now.toISOString() },
            ConditionExpression: expectedVersion === 0 ? 'attribute_not_exists(pk)' : 'version = :v',
            ExpressionAttributeValues: expectedVersion === 0 ? undefined : { ':v': expectedVersion },
          }),
        );
      } catch (error) {
        if (isConditionFailure(error))
          throw new PreconditionFailed(
            'The categories changed since you loaded them; reload and apply your change again',
          );
        throw error;
      }
      return next;
    },
  };
}

export type FaqStore = ReturnType<typeof faqStore>;
