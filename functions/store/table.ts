/**
 * The single-table definition, shared by the local bootstrap (dynalite) and CDK (infra/).
 * Plain data only, so infra/ can import it without pulling in the AWS SDK.
 *
 * Entities and their keys (pk / sk; gsi1pk / gsi1sk; gsi2pk / gsi2sk):
 * - user credentials (local IdP)  USER#<email> / CREDENTIALS
 * - customer profile              CUST#<sub> / PROFILE
 * - order                         ORDER#<number> / ORDER;  CUST#<sub> / ORDER#<placedAt>#<number>
 * - FAQ article head              FAQ#<slug>#<locale> / HEAD;  FAQ / <slug>#<locale>
 * - FAQ article version           FAQ#<slug>#<locale> / V#<000001>
 * - FAQ audit record              AUDIT#<day> / <iso>#<slug>#<locale>
 * - search revision / synonyms    FAQMETA / REVISION, FAQMETA / SYNONYMS#<locale>
 * - search analytics              STATS#SEARCH#<day> / <locale>#<query>
 * - article votes                 STATS#VOTES / <slug>#<locale>
 * - chat session (+ turn lease)   CHAT#<id> / STATE, CHAT#<id> / TURN#<iso>
 * - handoff ticket                TICKET#<id> / TICKET;  TICKETS / <createdAt>#<id>;  CUST#<sub> / TICKET#<createdAt>
 * - rate-limit window (hits)      RL#<scope>#<key> / <window start, epoch s>
 * - rate-limit slow lane           RL#<scope>#<key> / LANE
 * - feedback notes                NOTES#<kind>#<day> / <iso>#<uuid>
 * - bot rule file                 BOTRULES / CURRENT
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

/** Key builders: the one place that spells key prefixes. */
export const keys = {
  user: (email: string) => ({ pk: `USER#${email.toLowerCase()}`, sk: 'CREDENTIALS' }),
  profile: (sub: string) => ({ pk: `CUST#${sub}`, sk: 'PROFILE' }),
  order: (orderNumber: string) => ({ pk: `ORDER#${orderNumber}`, sk: 'ORDER' }),
  customerOrders: (sub: string) => `CUST#${sub}`,
  orderByCustomer: (sub: string, placedAt: string, orderNumber: string) => ({
    gsi1pk: `CUST#${sub}`,
    gsi1sk: `ORDER#${placedAt}#${orderNumber}`,
  }),
  orderByCustomerPrefix: 'ORDER#',
  chatState: (sessionId: string) => ({ pk: `CHAT#${sessionId}`, sk: 'STATE' }),
  chatTurn: (sessionId: string, at: string, i: number) => ({ pk: `CHAT#${sessionId}`, sk: `TURN#${at}#${i}` }),
  chatSession: (sessionId: string) => `CHAT#${sessionId}`,
  chatTurnPrefix: 'TURN#',
  faqArticle: (slug: string, locale: string) => `FAQ#${slug}#${locale}`,
  faqHead: (slug: string, locale: string) => ({ pk: `FAQ#${slug}#${locale}`, sk: 'HEAD' }),
  faqVersion: (version: number) => `V#${String(version).padStart(6, '0')}`,
  faqVersionPrefix: 'V#',
  faqListed: (slug: string, locale: string) => ({ gsi1pk: 'FAQ', gsi1sk: `${slug}#${locale}` }),
  faqList: 'FAQ',
  faqAuditDay: (day: string) => `AUDIT#${day}`,
  faqMeta: 'FAQMETA',
  faqSynonyms: (locale: string) => ({ pk: 'FAQMETA', sk: `SYNONYMS#${locale}` }),
  faqSynonymsPrefix: 'SYNONYMS#',
  statsCounters: (kind: string, day: string) => `STATS#${kind}#${day}`,
  statsNotes: (kind: string, day: string) => `NOTES#${kind}#${day}`,
  rateLimit: (scope: string, key: string, windowStart: number) => ({
    pk: `RL#${scope}#${key}`,
    sk: String(windowStart),
  }),
  rateLimitLane: (scope: string, key: string) => ({ pk: `RL#${scope}#${key}`, sk: 'LANE' }),
  ticket: (id: string) => ({ pk: `TICKET#${id}`, sk: 'TICKET' }),
  ticketListed: (createdAt: string, id: string) => ({ gsi1pk: 'TICKETS', gsi1sk: `${createdAt}#${id}` }),
  ticketList: 'TICKETS',
  ticketByCustomer: (customerId: string, createdAt: string) => ({
    gsi2pk: `CUST#${customerId}`,
    gsi2sk: `TICKET#${createdAt}`,
  }),
  customerTickets: (customerId: string) => `CUST#${customerId}`,
  customerTicketPrefix: 'TICKET#',
  botRules: { pk: 'BOTRULES', sk: 'CURRENT' },
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
