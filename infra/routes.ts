import { HttpMethod } from 'aws-cdk-lib/aws-apigatewayv2';
import type { TableAccess } from './constructs/data.js';
import type { PortalRoute } from './constructs/api.js';
import { PARTITION } from '../functions/store/table';

const { GET, POST, PATCH, PUT, DELETE } = HttpMethod;
const route = (methods: HttpMethod[], path: string, auth: boolean, why?: string): PortalRoute => ({
  methods,
  path,
  auth,
  ...(why ? { why } : {}),
});
/** A route for shops' systems: the integration authorizer, a client-credentials token with `scope`. */
const machineRoute = (methods: HttpMethod[], path: string, scope: string): PortalRoute => ({
  methods,
  path,
  auth: true,
  machineScope: scope,
});
/** The Cognito resource server and scope the integration API asks for (infra/constructs/auth.ts). */
export const ORDERS_WRITE_SCOPE = { resourceServer: 'orders', scope: 'write', full: 'orders/write' } as const;
const READ_ONLY = 'read-only public content, throttled at the stage';
/** IAM leading-key conditions for item families, spelled by the store's own prefixes. */
const items = (...families: (keyof typeof PARTITION)[]) => families.map((f) => `${PARTITION[f]}*`);

/**
 * One Lambda per area, each with only the table access its routes need (docs/deploy.md).
 *
 * Memory is sized from measured work (scripts/cpu-per-route.ts, docs/deploy.md "Cost model"): below
 * 1,769 MB a function gets that share of one vCPU, so CPU time costs the same GB-s at any size
 * while time waiting on DynamoDB costs in proportion to memory. Routes that mostly wait get the
 * smallest size that keeps their latency and cold start sane; CPU-bound ones gain nothing from
 * less, and a little headroom keeps cold starts short.
 */
export interface AreaSpec {
  readonly routes: readonly PortalRoute[];
  readonly access: TableAccess;
  readonly memorySize: number;
  readonly timeoutSeconds: number;
  /** Files the bundle reads at run time, copied beside it: `from` in the project, `to` a folder in the bundle. */
  readonly files?: readonly { from: string; to: string }[];
  /** Problem photos: `upload` signs presigned POSTs and checks uploads, `view` signs short presigned GETs. */
  readonly photos?: 'upload' | 'view';
}

/** The invoice PDF's font (functions/orders/invoice-service.ts looks for it in `fonts/` beside the code). */
const INVOICE_FONT = {
  from: 'node_modules/@expo-google-fonts/noto-sans-tc/400Regular/NotoSansTC_400Regular.ttf',
  to: 'fonts',
} as const;

export type AreaName = 'customer' | 'faq' | 'chat' | 'admin' | 'integration' | 'docs';

export const AREAS: Readonly<Record<AreaName, AreaSpec>> = {
  customer: {
    routes: [
      route([GET, PATCH, DELETE], '/api/me', true),
      route([GET], '/api/me/export', true),
      route([GET], '/api/me/tickets', true),
      route([GET], '/api/me/notes', true),
      route([GET], '/api/me/tickets/{id}', true),
      route([POST], '/api/me/tickets/{id}/replies', true),
      route([POST], '/api/me/tickets/{id}/rating', true),
      route(
        [GET],
        '/api/tickets/guest',
        false,
        "a guest's ticket by the link in their reply mail: the signed, expiring token in the query is the authority for that one ticket",
      ),
      route(
        [POST],
        '/api/tickets/guest/replies',
        false,
        'a guest answers by the signed, expiring link of their reply mail; the handler rate-limits per client',
      ),
      route([GET], '/api/orders', true),
      route([GET], '/api/orders/{orderNumber}', true),
      route([POST], '/api/orders/{orderNumber}/cancel', true),
      route([POST], '/api/orders/{orderNumber}/returns', true),
      route([GET], '/api/orders/{orderNumber}/returns/{rmaId}', true),
      route([GET], '/api/orders/{orderNumber}/invoice', true),
      route([PUT], '/api/orders/{orderNumber}/invoice/details', true),
      route([PATCH], '/api/orders/{orderNumber}/address', true),
      route([POST], '/api/orders/{orderNumber}/problems', true),
      route([POST], '/api/orders/{orderNumber}/problems/photos', true),
      route([POST], '/api/feedback/nps', true),
      route([GET], '/api/feedback/nps/orders/{orderNumber}', true),
      route(
        [POST],
        '/api/feedback/help-visits/{visit}/ticket',
        false,
        "the site's deflection beacon: marks a random help-visit id as followed by a ticket, once; rate-limited per client, writes only that counter",
      ),
      route(
        [GET, POST],
        '/api/feedback/nps/answer',
        false,
        "the NPS invitation's survey link: the signed, expiring token in the query is the authority; it records one answer for the order it names",
      ),
      route(
        [GET, POST],
        '/api/unsubscribe',
        false,
        'the unsubscribe link of every message: the signed token in the query is the authority; it only turns order updates off',
      ),
      route(
        [POST],
        '/api/orders/lookup',
        false,
        'guest order lookup by order number + e-mail; the handler rate-limits failures and answers the same 404 for both misses',
      ),
    ],
    // Deletes: erasing an account (DELETE /api/me) removes the profile, sign-in and chat items.
    access: { read: ['GetItem', 'Query'], write: ['PutItem', 'UpdateItem', 'DeleteItem', 'BatchWriteItem'] },
    // About 2 ms CPU and one DynamoDB call per read (15 ms billed at 384 MB); the invoice PDF
    // (12 ms CPU) renders in about 65 ms at this size.
    memorySize: 384,
    timeoutSeconds: 10,
    files: [INVOICE_FONT],
    photos: 'upload',
  },
  faq: {
    routes: [
      route([GET], '/api/faq/{proxy+}', false, READ_ONLY),
      route(
        [POST],
        '/api/faq/articles/{slug}/feedback',
        false,
        'anonymous helpful/not-helpful votes; the handler rate-limits per client and may only update STATS#/RL# items',
      ),
      route(
        [POST],
        '/api/faq/searches',
        false,
        "a browser's report of searches answered from CloudFront; rate-limited per client, counted like any search (STATS#/RL# items only)",
      ),
      route([GET], '/api/health', false, 'health check for monitors'),
    ],
    // Writes only analytics counters, vote notes and rate-limit windows.
    access: {
      read: ['GetItem', 'BatchGetItem', 'Query'],
      write: ['UpdateItem'],
      leadingKeys: items('stats', 'notes', 'rateLimit'),
    },
    // CPU-bound (about 1 ms a read, no DynamoDB call with the index in memory): the same GB-s at
    // any size; 512 MB keeps the search index of 10,000 articles and its cold-start load roomy.
    memorySize: 512,
    timeoutSeconds: 10,
  },
  chat: {
    routes: [
      route(
        [POST],
        '/api/chat',
        false,
        'guests may chat; a token is optional and verified by the handler, which also rate-limits per session and client',
      ),
      route(
        [POST],
        '/api/chat/{sessionId}/rating',
        false,
        'CSAT rating for a chat session; rate-limited by the handler',
      ),
    ],
    access: {
      read: ['GetItem', 'BatchGetItem', 'Query'],
      write: ['PutItem', 'UpdateItem'],
      // CUST#: a cancel from the chat keeps the order's facts on the customer item.
      leadingKeys: items('chat', 'ticket', 'stats', 'notes', 'rateLimit', 'order', 'customer'),
    },
    // A turn: about 8 ms CPU and ten DynamoDB calls today, mostly waiting (79 ms billed at 512 MB
    // against 65 ms at 1,024, for 40 % less GB-s).
    memorySize: 512,
    timeoutSeconds: 10,
  },
  admin: {
    // The authorizer checks the token; the handler checks the group (`admins`, or `agents` for the ticket workspace).
    routes: [route([GET, POST, PUT, PATCH, DELETE], '/api/admin/{proxy+}', true)],
    access: {
      read: ['GetItem', 'BatchGetItem', 'Query'],
      write: ['PutItem', 'UpdateItem', 'DeleteItem', 'BatchWriteItem'],
    },
    // Kept at 1,024 MB: publishing and bulk imports rebuild the search index here (seconds of CPU
    // at 10,000 articles, within the 29 s timeout); the console's reads are a small share.
    memorySize: 1024,
    timeoutSeconds: 29,
    photos: 'view',
  },
  integration: {
    // Shops' systems: orders and shipment events in. Writes orders, and the customer item (a
    // first profile for a new email, the order facts tier and stage come from), nothing else.
    routes: [
      machineRoute([PUT], '/api/integrations/orders/{orderNumber}', ORDERS_WRITE_SCOPE.full),
      machineRoute([POST], '/api/integrations/orders/{orderNumber}/events', ORDERS_WRITE_SCOPE.full),
      route(
        [POST],
        '/api/webhooks/shopify',
        false,
        "Shopify's webhooks carry no token: the handler verifies their HMAC signature over the raw body before anything is written",
      ),
    ],
    // Messages to customers go through the outbox; webhook deliveries are remembered for dedupe;
    // STATS#: the relationship aggregates follow every order write; a new customer's search terms
    // (CUSTIDX#) let staff find them.
    access: {
      read: ['GetItem', 'Query'],
      write: ['PutItem', 'UpdateItem'],
      leadingKeys: items('order', 'customer', 'customerIndex', 'outbox', 'webhook', 'stats'),
    },
    // An order write: about 9 ms CPU and eight DynamoDB calls, mostly waiting (100 ms billed at
    // 256 MB against 70 ms at 512, for 30 % less GB-s); machines do not mind the wait.
    memorySize: 256,
    timeoutSeconds: 29,
  },
  docs: {
    // Mounts every area to describe them all, but has no table access: it can serve nothing else.
    routes: [route([GET], '/api/openapi.json', false, READ_ONLY), route([GET], '/api/docs', false, READ_ONLY)],
    access: { read: [], write: [] },
    memorySize: 512,
    timeoutSeconds: 10,
  },
};

/**
 * The scheduled outbox drain (functions/lambda/outbox.ts): no route, an EventBridge rule every
 * `scheduleMinutes`. It reads due messages and updates only outbox items (claim, sent, retry).
 */
export const OUTBOX_DRAIN = {
  access: { read: ['GetItem', 'Query'], write: ['UpdateItem'], leadingKeys: items('outbox') },
  memorySize: 256,
  timeoutSeconds: 60,
  scheduleMinutes: 1,
} as const satisfies Omit<AreaSpec, 'routes'> & { scheduleMinutes: number };
