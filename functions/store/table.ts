/**
 * The single-table definition, shared by the local bootstrap (dynalite) and CDK (infra/).
 * Plain data only, so infra/ can import it without pulling in the AWS SDK.
 *
 * Entities and their keys (pk / sk; gsi1pk / gsi1sk; gsi2pk / gsi2sk):
 * - user credentials (local IdP)  USER#<email> / CREDENTIALS
 * - customer profile              CUST#<email> / PROFILE  (email lower-cased: a shop knows the email, not the sub;
 *                                 the item keeps each order's facts for tier, stage and spend);
 *                                 with a counting order: CUSTLAST#<month of last order> / <inverted spend>#<email> (gsi2)
 * - order                         ORDER#<number> / ORDER;  EMAIL#<email> / ORDER#<placedAt>#<number>
 * - FAQ article head              FAQ#<slug>#<locale> / HEAD;  FAQ / <slug>#<locale>
 * - FAQ article version           FAQ#<slug>#<locale> / V#<000001>
 * - FAQ audit record              AUDIT#<day> / <iso>#<slug>#<locale>
 * - search revision / synonyms    FAQMETA / REVISION, FAQMETA / SYNONYMS#<locale>
 * - search index (at publish)    FAQMETA / SEARCHINDEX; FAQMETA / SEARCHINDEX#<id>#<0000> (chunks)
 * - search analytics              STATS#SEARCH#<day> / <locale>#<query>
 * - article votes                 STATS#VOTES / <slug>#<locale>
 * - relationship aggregates       STATS#REL / TOTALS | FIRST#<month> | LAST#<month> | FIRSTM | LASTM | EXIT | COHORT#<month> | NPS#<month> | ...
 * - chat session (+ turn lease)   CHAT#<id> / STATE (state, the transcript's tail, the conversation's rate counter);
 *                                 older lines: CHAT#<id> / LINES#<000001>; before that, one line each: CHAT#<id> / TURN#<iso>
 * - ticket head                   TICKET#<id> / TICKET;  TICKETS#<status> / <createdAt>#<id>;  CUST#<sub> / TICKET#<createdAt>
 * - ticket message (reply, note)  TICKET#<id> / MSG#<iso>#<id>
 * - a customer's named agent      CUST#<email> / NAMEDAGENT
 * - a personal note from staff    CUST#<email> / NOTE#<iso>#<id>
 * - saved replies of a locale     TICKETMETA / SAVED#<locale>
 * - rate-limit counter            RL#<scope>#<key> / COUNTER (window start, hits, previous hits)
 * - once-per-period marker        RL#<scope>#<key> / <period start, epoch s>
 * - rate-limit slow lane           RL#<scope>#<key> / LANE
 * - feedback notes                NOTES#<kind>#<day> / <iso>#<uuid>
 * - a help visit (deflection)     STATS#VISIT#<random id> / VISIT  (first typed search, a ticket after it; expires)
 * - bot rule file                 BOTRULES / CURRENT
 * - its saved versions             BOTRULES / V#<version, 6 digits>
 * - webhook seen / Shopify order  WEBHOOK#<source>#<id> / SEEN;  WEBHOOK#shopify-order#<id> / ORDER
 * - outbox message                OUTBOX#<id> / MESSAGE;  OUTBOX / <createdAt>#<id>;
 *                                 while pending: OUTBOXDUE / <nextAttemptAt>#<id> (sparse)
 * - a customer's messages (refs)  CUST#<email> / MSG#<createdAt>#<id>  (status stays on the OUTBOX# item)
 * - a customer's NPS answers      CUST#<email> / NPS#<at>;  a detractor's (0-6): DETRACTORS#<month> / <at>#<email> (gsi1)
 * - NPS invitation of an order    CUST#<email> / NPSINV#<orderNumber>;  its answer: CUST#<email> / NPSANS#<orderNumber>
 * - the last NPS invitation       CUST#<email> / NPSLAST  (one per customer per NPS_INVITE_PERIOD_DAYS)
 * - a customer's chat sessions    on CHAT#<id> / STATE: CUST#<sub> / CHAT#<createdAt>#<id> (gsi2)
 * - customer search terms         CUSTIDX#<first letter> / <folded term>#<email>  (name and email words)
 * - the terms a customer has      CUST#<email> / TERM#<term>  (so an erasure finds the index items, old names too)
 * - problem photo (upload slot)    CUST#<email> / PHOTO#<photoId>
 * - refresh-token family (local)   RTOKEN#<family id> / FAMILY  (the current secret's hash; expiresAt for TTL)
 */
export const TABLE = {
  defaultName: 'portal',
  partitionKey: 'pk',
  sortKey: 'sk',
  ttlAttribute: 'expiresAt',
  indexes: [
    { name: 'gsi1', partitionKey: 'gsi1pk', sortKey: 'gsi1sk' },
    { name: 'gsi2', partitionKey: 'gsi2pk', sortKey: 'gsi2sk' },
  ],
} as const;

/**
 * Partition-key prefixes, one per entity family: the key builders below and the IAM conditions in
 * infra/routes.ts (which Lambda may write which items) both read them from here.
 */
export const PARTITION = {
  user: 'USER#',
  customer: 'CUST#',
  order: 'ORDER#',
  faq: 'FAQ#',
  audit: 'AUDIT#',
  stats: 'STATS#',
  notes: 'NOTES#',
  chat: 'CHAT#',
  ticket: 'TICKET#',
  rateLimit: 'RL#',
  outbox: 'OUTBOX#',
  webhook: 'WEBHOOK#',
  customerIndex: 'CUSTIDX#',
  refreshToken: 'RTOKEN#',
} as const;
const P = PARTITION;

/** The largest spend (cents) the last-order index tells apart; more sorts as this much. */
const SPEND_KEY_MAX = 999_999_999_999;

/** Key builders: the one place that spells key prefixes. */
export const keys = {
  user: (email: string) => ({ pk: `${P.user}${email.toLowerCase()}`, sk: 'CREDENTIALS' }),
  problemPhoto: (email: string, photoId: string) => ({
    pk: `${P.customer}${email.toLowerCase()}`,
    sk: `PHOTO#${photoId}`,
  }),
  problemPhotoPrefix: 'PHOTO#',
  refreshFamily: (familyId: string) => ({ pk: `${P.refreshToken}${familyId}`, sk: 'FAMILY' }),
  profile: (email: string) => ({ pk: `${P.customer}${email.toLowerCase()}`, sk: 'PROFILE' }),
  order: (orderNumber: string) => ({ pk: `${P.order}${orderNumber}`, sk: 'ORDER' }),
  customerOrders: (email: string) => `EMAIL#${email.toLowerCase()}`,
  orderByCustomer: (email: string, placedAt: string, orderNumber: string) => ({
    gsi1pk: `EMAIL#${email.toLowerCase()}`,
    gsi1sk: `ORDER#${placedAt}#${orderNumber}`,
  }),
  orderByCustomerPrefix: 'ORDER#',
  chatState: (sessionId: string) => ({ pk: `${P.chat}${sessionId}`, sk: 'STATE' }),
  chatTurn: (sessionId: string, at: string, i: number) => ({ pk: `${P.chat}${sessionId}`, sk: `TURN#${at}#${i}` }),
  chatSession: (sessionId: string) => `${P.chat}${sessionId}`,
  chatTurnPrefix: 'TURN#',
  /** Older lines of a long transcript, moved off the session item (the tail stays on CHAT#<id> / STATE). */
  chatChunk: (sessionId: string, n: number) => ({
    pk: `${P.chat}${sessionId}`,
    sk: `LINES#${String(n).padStart(6, '0')}`,
  }),
  chatChunkPrefix: 'LINES#',
  faqArticle: (slug: string, locale: string) => `${P.faq}${slug}#${locale}`,
  faqHead: (slug: string, locale: string) => ({ pk: `${P.faq}${slug}#${locale}`, sk: 'HEAD' }),
  faqVersion: (version: number) => `V#${String(version).padStart(6, '0')}`,
  faqVersionPrefix: 'V#',
  faqListed: (slug: string, locale: string) => ({ gsi1pk: 'FAQ', gsi1sk: `${slug}#${locale}` }),
  faqList: 'FAQ',
  faqAuditDay: (day: string) => `${P.audit}${day}`,
  faqMeta: 'FAQMETA',
  faqSynonyms: (locale: string) => ({ pk: 'FAQMETA', sk: `SYNONYMS#${locale}` }),
  faqSynonymsPrefix: 'SYNONYMS#',
  faqCategories: { pk: 'FAQMETA', sk: 'CATEGORIES' },
  /** The search revision every write customers see bumps (functions/faq/store.ts), read by the chat turn's batch too. */
  faqRevision: { pk: 'FAQMETA', sk: 'REVISION' },
  /** The search index written at publish: which one is current, and its chunks (functions/faq/search-index-store.ts). */
  faqSearchIndex: { pk: 'FAQMETA', sk: 'SEARCHINDEX' },
  faqSearchIndexChunks: (id: string) => `SEARCHINDEX#${id}#`,
  faqSearchIndexChunk: (id: string, n: number) => ({
    pk: 'FAQMETA',
    sk: `SEARCHINDEX#${id}#${String(n).padStart(4, '0')}`,
  }),
  statsCounters: (kind: string, day: string) => `${P.stats}${kind}#${day}`,
  statsNotes: (kind: string, day: string) => `${P.notes}${kind}#${day}`,
  relationship: (part: string) => ({ pk: `${P.stats}REL`, sk: part }),
  helpVisit: (id: string) => ({ pk: `${P.stats}VISIT#${id}`, sk: 'VISIT' }),
  rateLimit: (scope: string, key: string, windowStart: number) => ({
    pk: `${P.rateLimit}${scope}#${key}`,
    sk: String(windowStart),
  }),
  rateLimitCounter: (scope: string, key: string) => ({ pk: `${P.rateLimit}${scope}#${key}`, sk: 'COUNTER' }),
  rateLimitLane: (scope: string, key: string) => ({ pk: `${P.rateLimit}${scope}#${key}`, sk: 'LANE' }),
  ticket: (id: string) => ({ pk: `${P.ticket}${id}`, sk: 'TICKET' }),
  ticketListed: (status: string, createdAt: string, id: string) => ({
    gsi1pk: `TICKETS#${status}`,
    gsi1sk: `${createdAt}#${id}`,
  }),
  ticketQueue: (status: string) => `TICKETS#${status}`,
  ticketPartition: (id: string) => `${P.ticket}${id}`,
  ticketMessage: (id: string, at: string, messageId: string) => ({
    pk: `${P.ticket}${id}`,
    sk: `MSG#${at}#${messageId}`,
  }),
  ticketMessagePrefix: 'MSG#',
  savedReplies: (locale: string) => ({ pk: 'TICKETMETA', sk: `SAVED#${locale}` }),
  namedAgent: (email: string) => ({ pk: `${P.customer}${email.toLowerCase()}`, sk: 'NAMEDAGENT' }),
  ticketByCustomer: (customerId: string, createdAt: string) => ({
    gsi2pk: `${P.customer}${customerId}`,
    gsi2sk: `TICKET#${createdAt}`,
  }),
  customerTickets: (customerId: string) => `${P.customer}${customerId}`,
  customerTicketPrefix: 'TICKET#',
  botRules: { pk: 'BOTRULES', sk: 'CURRENT' },
  botRulesVersion: (version: number) => ({ pk: 'BOTRULES', sk: `V#${String(version).padStart(6, '0')}` }),
  botRulesVersionPrefix: 'V#',
  webhookSeen: (source: string, id: string) => ({ pk: `${P.webhook}${source}#${id}`, sk: 'SEEN' }),
  shopifyOrder: (shopifyId: string) => ({ pk: `${P.webhook}shopify-order#${shopifyId}`, sk: 'ORDER' }),
  outboxMessage: (id: string) => ({ pk: `${P.outbox}${id}`, sk: 'MESSAGE' }),
  outboxListed: (createdAt: string, id: string) => ({ gsi1pk: 'OUTBOX', gsi1sk: `${createdAt}#${id}` }),
  outboxList: 'OUTBOX',
  outboxDue: (nextAttemptAt: string, id: string) => ({ gsi2pk: 'OUTBOXDUE', gsi2sk: `${nextAttemptAt}#${id}` }),
  outboxDueList: 'OUTBOXDUE',
  customerMessage: (email: string, createdAt: string, id: string) => ({
    pk: `${P.customer}${email.toLowerCase()}`,
    sk: `MSG#${createdAt}#${id}`,
  }),
  customerMessagePrefix: 'MSG#',
  customerNps: (email: string, at: string) => ({ pk: `${P.customer}${email.toLowerCase()}`, sk: `NPS#${at}` }),
  customerNpsPrefix: 'NPS#',
  /** A detractor's answer listed by month (gsi1 on the answer item, so erasing the customer drops it). */
  detractorListed: (email: string, at: string) => ({
    gsi1pk: `DETRACTORS#${at.slice(0, 7)}`,
    gsi1sk: `${at}#${email.toLowerCase()}`,
  }),
  detractorsOf: (month: string) => `DETRACTORS#${month}`,
  customerNote: (email: string, at: string, id: string) => ({
    pk: `${P.customer}${email.toLowerCase()}`,
    sk: `NOTE#${at}#${id}`,
  }),
  customerNotePrefix: 'NOTE#',
  npsInvitation: (email: string, orderNumber: string) => ({
    pk: `${P.customer}${email.toLowerCase()}`,
    sk: `NPSINV#${orderNumber}`,
  }),
  npsAnswered: (email: string, orderNumber: string) => ({
    pk: `${P.customer}${email.toLowerCase()}`,
    sk: `NPSANS#${orderNumber}`,
  }),
  npsLastInvitation: (email: string) => ({ pk: `${P.customer}${email.toLowerCase()}`, sk: 'NPSLAST' }),
  customerPartition: (email: string) => `${P.customer}${email.toLowerCase()}`,
  chatByCustomer: (customerId: string, createdAt: string, sessionId: string) => ({
    gsi2pk: `${P.customer}${customerId}`,
    gsi2sk: `CHAT#${createdAt}#${sessionId}`,
  }),
  customerChats: (customerId: string) => `${P.customer}${customerId}`,
  customerChatPrefix: 'CHAT#',
  /** A search term's shard is its first character, so a prefix query stays inside one partition. */
  customerIndexTerm: (term: string, email: string) => ({
    pk: `${P.customerIndex}${[...term][0] ?? ''}`,
    sk: `${term}#${email.toLowerCase()}`,
  }),
  customerIndexShard: (term: string) => `${P.customerIndex}${[...term][0] ?? ''}`,
  customerTermRef: (email: string, term: string) => ({ pk: `${P.customer}${email.toLowerCase()}`, sk: `TERM#${term}` }),
  customerTermRefPrefix: 'TERM#',
  /**
   * A customer by the month of their last counting order, most spend first (gsi2 on the profile
   * item): the at-risk and lapsed lists read a few months, never the whole table.
   */
  customerByLastOrder: (email: string, lastDay: string, spendCents: number) => ({
    gsi2pk: `CUSTLAST#${lastDay.slice(0, 7)}`,
    gsi2sk: `${String(SPEND_KEY_MAX - Math.min(Math.max(Math.round(spendCents), 0), SPEND_KEY_MAX)).padStart(12, '0')}#${email.toLowerCase()}`,
  }),
  customersLastOrderedIn: (month: string) => `CUSTLAST#${month}`,
} as const;

/** CreateTable input for the local bootstrap; CDK builds the same shape from TABLE. */
export function createTableInput(tableName: string) {
  const attr = (name: string) => ({ AttributeName: name, AttributeType: 'S' as const });
  return {
    TableName: tableName,
    BillingMode: 'PAY_PER_REQUEST' as const,
    AttributeDefinitions: [
      attr(TABLE.partitionKey),
      attr(TABLE.sortKey),
      ...TABLE.indexes.flatMap((i) => [attr(i.partitionKey), attr(i.sortKey)]),
    ],
    KeySchema: [
      { AttributeName: TABLE.partitionKey, KeyType: 'HASH' as const },
      { AttributeName: TABLE.sortKey, KeyType: 'RANGE' as const },
    ],
    GlobalSecondaryIndexes: TABLE.indexes.map((i) => ({
      IndexName: i.name,
      KeySchema: [
        { AttributeName: i.partitionKey, KeyType: 'HASH' as const },
        { AttributeName: i.sortKey, KeyType: 'RANGE' as const },
      ],
      Projection: { ProjectionType: 'ALL' as const },
    })),
  };
}
