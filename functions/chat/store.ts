import { BatchGetCommand, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { Conflict } from '../commons/errors';
import type { BotState } from './domain/bot';
import { isConditionFailure, queryAll, withoutKeys, type Db } from '../store/client';
import type { Counter } from '../limits/domain/window';
import { keys } from '../store/table';

export interface ChatSession {
  sessionId: string;
  customerId?: string;
  locale?: string;
  state: BotState;
  turns: number;
  createdAt: string;
  updatedAt: string;
  expiresAt: number;
  rating?: number;
}

export interface ChatTurn {
  at: string;
  role: 'user' | 'bot';
  text: string;
  intent?: string;
  confidence?: number;
}

/** Who holds a session for the turn running on it, and until when (epoch milliseconds). */
export interface Lease {
  leaseId: string;
  leaseUntil: number;
}

/** What a turn asks its one read for. */
export interface TurnWants {
  sessionId?: string;
  profileEmail?: string;
  orderNumber?: string;
  rules?: boolean;
  faqRevision?: boolean;
  counter?: { scope: string; key: string };
}

/** A session as a turn reads it: the state, the transcript's tail, the conversation's rate counter, who holds it. */
export interface StoredSession extends ChatSession {
  transcript: ChatTurn[];
  /** How many chunk items the transcript's older lines moved to. */
  chunks: number;
  /** The conversation's rate counter (limits/domain/window.ts). */
  rateLimit?: Counter;
  lease?: Lease;
  /** Whether lines may still be kept one item each (a session started before the transcript moved onto it). */
  legacyLines: boolean;
}

/** What the turn's one read found (raw items where another store owns their shape). */
export interface TurnRead {
  session?: StoredSession;
  profile?: Record<string, unknown>;
  order?: Record<string, unknown>;
  rules?: Record<string, unknown>;
  faqRevision?: number;
  counter?: Record<string, unknown>;
}

/** The transcript's tail kept on the session item, at most (JSON characters; an item holds 400 KB). */
const TAIL_BUDGET = 120_000;
const MAX_BATCH_TRIES = 5;

function stateOf(item: Record<string, unknown>): StoredSession {
  const { leaseId, leaseUntil, transcript, chunks, rateLimit, ...session } = withoutKeys<
    ChatSession & Partial<Lease> & { transcript?: ChatTurn[]; chunks?: number; rateLimit?: Counter }
  >(item);
  return {
    ...session,
    expiresAt: Number(item.expiresAt),
    transcript: transcript ?? [],
    chunks: Number(chunks ?? 0),
    ...(rateLimit ? { rateLimit } : {}),
    ...(leaseId && leaseUntil !== undefined ? { lease: { leaseId, leaseUntil: Number(leaseUntil) } } : {}),
    // Sessions written since the transcript moved here always carry it.
    legacyLines: transcript === undefined,
  };
}

const epoch = (d: Date) => Math.floor(d.getTime() / 1000);
const busy = () => new Conflict('Another message of this conversation was handled at the same time; send it again');

/** Chat sessions (state with a TTL) and their turns, the transcript a handoff carries. */
export function chatStore({ doc, table }: Db) {
  /**
   * The whole transcript, oldest first: lines kept one item each (sessions from before the
   * transcript moved onto the session), the chunks the tail moved to, the tail.
   */
  async function transcriptOf(sessionId: string): Promise<ChatTurn[]> {
    const items = await queryAll(doc, {
      TableName: table,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': keys.chatSession(sessionId) },
    });
    const state = items.find((i) => i.sk === keys.chatState(sessionId).sk);
    const session = state ? stateOf(state) : undefined;
    const lines = items
      .filter((i) => String(i.sk).startsWith(keys.chatTurnPrefix))
      .map((i) => withoutKeys<ChatTurn>(i));
    // Only chunks the session counts: a chunk written by a turn that then lost its race is not (yet) the transcript's.
    const chunks = items
      .filter((i) => String(i.sk).startsWith(keys.chatChunkPrefix))
      .filter((i) => Number(String(i.sk).slice(keys.chatChunkPrefix.length)) <= (session?.chunks ?? 0))
      .flatMap((i) => (i.turns as ChatTurn[] | undefined) ?? []);
    return [...lines, ...chunks, ...(session?.transcript ?? [])];
  }

  return {
    /** The session, unless it expired (TTL is only a hint: dynalite never expires items). */
    async get(sessionId: string, now: Date): Promise<ChatSession | undefined> {
      const { Item } = await doc.send(new GetCommand({ TableName: table, Key: keys.chatState(sessionId) }));
      if (!Item || Number(Item.expiresAt) <= epoch(now)) return undefined;
      const { transcript: _t, chunks: _c, rateLimit: _r, lease: _l, legacyLines: _g, ...session } = stateOf(Item);
      return session;
    },

    /**
     * Takes the session for one turn, before the turn runs anything: only while it still has
     * `turns` turns (nobody moved it on since it was read) and no other turn holds it (or that
     * turn's lease ran out). Conflict otherwise, with nothing done.
     */
    async take(sessionId: string, turns: number, lease: Lease, now: Date): Promise<void> {
      try {
        await doc.send(
          new UpdateCommand({
            TableName: table,
            Key: keys.chatState(sessionId),
            UpdateExpression: 'SET leaseId = :id, leaseUntil = :until',
            ConditionExpression:
              'attribute_exists(pk) AND turns = :turns AND (attribute_not_exists(leaseUntil) OR leaseUntil < :now)',
            ExpressionAttributeValues: {
              ':id': lease.leaseId,
              ':until': lease.leaseUntil,
              ':turns': turns,
              ':now': now.getTime(),
            },
          }),
        );
      } catch (error) {
        if (isConditionFailure(error)) throw busy();
        throw error;
      }
    },

    /** Gives the session back unchanged (a turn that failed after taking it). */
    async release(sessionId: string, leaseId: string): Promise<void> {
      try {
        await doc.send(
          new UpdateCommand({
            TableName: table,
            Key: keys.chatState(sessionId),
            UpdateExpression: 'REMOVE leaseId, leaseUntil',
            ConditionExpression: 'leaseId = :id',
            ExpressionAttributeValues: { ':id': leaseId },
          }),
        );
      } catch (error) {
        if (!isConditionFailure(error)) throw error;
      }
    },

    /**
     * Everything a turn reads, in one BatchGetItem: the session (with its transcript's tail and
     * the conversation's rate counter), and as asked the caller's profile, an order the message
     * names, the bot's rule file head, the FAQ's search revision and a rate-limit counter.
     * Consistent when a counter is asked for (a limit decides on it).
     */
    async readTurn(want: TurnWants, now: Date): Promise<TurnRead> {
      const wanted: [keyof TurnWants, { pk: string; sk: string }][] = [];
      if (want.sessionId) wanted.push(['sessionId', keys.chatState(want.sessionId)]);
      if (want.profileEmail) wanted.push(['profileEmail', keys.profile(want.profileEmail)]);
      if (want.orderNumber) wanted.push(['orderNumber', keys.order(want.orderNumber)]);
      if (want.rules) wanted.push(['rules', keys.botRules]);
      if (want.faqRevision) wanted.push(['faqRevision', keys.faqRevision]);
      if (want.counter) wanted.push(['counter', keys.rateLimitCounter(want.counter.scope, want.counter.key)]);
      const found = new Map<string, Record<string, unknown>>();
      let pending: Record<string, unknown>[] = wanted.map(([, key]) => key);
      for (let tries = 0; pending.length && tries < MAX_BATCH_TRIES; tries++) {
        if (tries) await new Promise((ok) => setTimeout(ok, 20 * 2 ** tries));
        const out = await doc.send(
          new BatchGetCommand({
            RequestItems: { [table]: { Keys: pending, ...(want.counter ? { ConsistentRead: true } : {}) } },
          }),
        );
        for (const item of out.Responses?.[table] ?? []) found.set(`${item.pk}|${item.sk}`, item);
        pending = (out.UnprocessedKeys?.[table]?.Keys ?? []) as Record<string, unknown>[];
      }
      if (pending.length) throw new Error('DynamoDB left keys of the turn unread');
      const item = (what: keyof TurnWants) => {
        const key = wanted.find(([w]) => w === what)?.[1];
        return key ? found.get(`${key.pk}|${key.sk}`) : undefined;
      };
      const state = item('sessionId');
      return {
        session: state && Number(state.expiresAt) > epoch(now) ? stateOf(state) : undefined,
        profile: item('profileEmail'),
        order: item('orderNumber'),
        rules: item('rules'),
        faqRevision: want.faqRevision ? Number(item('faqRevision')?.rev ?? 0) : undefined,
        counter: item('counter'),
      };
    },

    /**
     * Writes a turn, in one conditional UpdateItem on the session: its state, the turn's lines
     * appended to the transcript, the conversation's rate counter; this gives the session back.
     * A new session only if its id is still free; an existing one only while it still has
     * `previous.turns` turns and is held by this turn's lease (`leaseId`), or by no live lease
     * when the turn took none. Conflict otherwise, with nothing written. When the transcript's
     * tail outgrows one item's budget, the old tail moves to a chunk item first (in parallel: a
     * chunk is the committed tail, the same bytes whoever writes it).
     */
    async commit(
      session: ChatSession,
      lines: ChatTurn[],
      limit: Counter,
      previous: StoredSession | undefined,
      now: Date,
      leaseId?: string,
    ): Promise<void> {
      const tail = previous?.transcript ?? [];
      const chunks = previous?.chunks ?? 0;
      const rollover = tail.length > 0 && JSON.stringify([...tail, ...lines]).length > TAIL_BUDGET;
      const names: Record<string, string> = { '#transcript': 'transcript', '#limit': 'rateLimit', '#chunks': 'chunks' };
      const values: Record<string, unknown> = {
        ':lines': lines,
        ':limit': limit,
        ':chunks': rollover ? chunks + 1 : chunks,
      };
      const sets = [
        rollover ? '#transcript = :lines' : '#transcript = list_append(if_not_exists(#transcript, :empty), :lines)',
        '#limit = :limit',
        '#chunks = :chunks',
      ];
      if (!rollover) values[':empty'] = [];
      const fields: Record<string, unknown> = {
        ...session,
        rating: undefined,
        // A signed-in customer's sessions are listed on their page for staff (gsi2).
        ...(previous === undefined && session.customerId
          ? keys.chatByCustomer(session.customerId, session.createdAt, session.sessionId)
          : {}),
      };
      Object.entries(fields)
        .filter(([, v]) => v !== undefined)
        .forEach(([name, value], i) => {
          names[`#f${i}`] = name;
          values[`:f${i}`] = value;
          sets.push(`#f${i} = :f${i}`);
        });
      let condition = 'attribute_not_exists(pk)';
      if (previous) {
        values[':prev'] = previous.turns;
        if (leaseId) {
          values[':lease'] = leaseId;
          condition = 'turns = :prev AND leaseId = :lease';
        } else {
          values[':now'] = now.getTime();
          condition = 'turns = :prev AND (attribute_not_exists(leaseUntil) OR leaseUntil < :now)';
        }
      }
      // A new session is one conditional put (no update expression to parse); a later turn updates
      // only what it changes, so a rating given meanwhile stays.
      const update = previous
        ? doc.send(
            new UpdateCommand({
              TableName: table,
              Key: keys.chatState(session.sessionId),
              UpdateExpression: `SET ${sets.join(', ')} REMOVE leaseId, leaseUntil`,
              ConditionExpression: condition,
              ExpressionAttributeNames: names,
              ExpressionAttributeValues: values,
            }),
          )
        : doc.send(
            new PutCommand({
              TableName: table,
              Item: {
                ...keys.chatState(session.sessionId),
                ...Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)),
                transcript: lines,
                rateLimit: limit,
                chunks: 0,
              },
              ConditionExpression: condition,
            }),
          );
      const chunk = rollover
        ? doc.send(
            new PutCommand({
              TableName: table,
              Item: { ...keys.chatChunk(session.sessionId, chunks + 1), turns: tail, expiresAt: session.expiresAt },
            }),
          )
        : undefined;
      try {
        await Promise.all([update, chunk]);
      } catch (error) {
        if (isConditionFailure(error)) throw busy();
        throw error;
      }
    },

    /** The whole transcript, oldest first. */
    transcript: (sessionId: string) => transcriptOf(sessionId),

    /** The transcript before the tail a turn read with its session (only the chunks are read: nothing when there are none). */
    async earlierLines(session: StoredSession): Promise<ChatTurn[]> {
      if (!session.chunks && !session.legacyLines) return [];
      const all = await transcriptOf(session.sessionId);
      return all.slice(0, all.length - session.transcript.length);
    },

    /** Records the rating once; returns false when the conversation was already rated. */
    async rate(sessionId: string, score: number, now: Date): Promise<boolean> {
      try {
        await doc.send(
          new UpdateCommand({
            TableName: table,
            Key: keys.chatState(sessionId),
            ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(rating) AND expiresAt > :now',
            UpdateExpression: 'SET rating = :score, ratedAt = :at',
            ExpressionAttributeValues: { ':score': score, ':at': now.toISOString(), ':now': epoch(now) },
          }),
        );
        return true;
      } catch (error) {
        if (isConditionFailure(error)) return false;
        throw error;
      }
    },
  };
}

export type ChatStore = ReturnType<typeof chatStore>;
