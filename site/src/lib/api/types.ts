/**
 * The API's shapes for the site, all taken from the generated contract (./schema.d.ts); nothing
 * here is restated by hand. A response without a named schema comes from `paths` (`Ok<...>`).
 */
import type { components, paths } from './schema';

type Schemas = components['schemas'];

/** The JSON body of a path's 2xx answer, for responses without a named schema. */
export type Ok<P extends keyof paths, M extends 'get' | 'post' | 'put' | 'patch' | 'delete'> = paths[P][M] extends {
  responses: infer R;
}
  ? {
      [S in keyof R]: S extends 200 | 201 | 202
        ? R[S] extends { content: { 'application/json': infer B } }
          ? B
          : never
        : never;
    }[keyof R]
  : never;

/** RFC 9457 problem details, the API's one error shape. `retryAfter` rides along on a 429 (besides the header). */
export type Problem = Schemas['Problem'] & { retryAfter?: number };

export type Locale = Schemas['ChatRequest']['locale'] & string;

// Customer: profile and orders
export type Profile = Schemas['Profile'];
export type Preferences = Schemas['Preferences'];
export type SpecialDate = Schemas['SpecialDate'];
export type ExitReason = NonNullable<Schemas['ErasureRequest']['reason']>;
export type CancelReason = NonNullable<Schemas['CancelRequest']['reason']>;
export type RelationshipInsights = Schemas['RelationshipInsights'];
export type ProfilePatch = Schemas['ProfilePatch'];
export type OrderList = Schemas['OrderList'];
export type OrderSummary = Schemas['OrderSummary'];
export type OrderStatus = OrderSummary['status'];
export type Tracking = Schemas['Tracking'];
export type OrderDetail = Schemas['OrderDetail'];
export type SearchReport = Schemas['SearchReport'];
/** What a guest lookup returns: no address, no prices per line, no actions. */
export type GuestOrder = Schemas['GuestOrder'];
export type TimelineStep = Schemas['TimelineStep'];
export type CancelResult = Schemas['CancelResult'];
export type CustomerTicket = Schemas['CustomerTicket'];
export type LoginResponse = Schemas['LoginResponse'];

export const CLOSED_STATUSES: readonly OrderStatus[] = ['delivered', 'cancelled', 'returned'];

// FAQ
export type SearchResults = Schemas['SearchResults'];
export type SearchHit = SearchResults['results'][number];
export type Category = Ok<'/faq/categories', 'get'>['categories'][number];
export type Article = Schemas['Article'];
export type ArticleFeedback = Schemas['ArticleFeedback'];

// Chat
export type ChatResponse = Schemas['ChatResponse'];
export type ChatReply = Schemas['ChatReply'];
export type ChatRequest = Schemas['ChatRequest'];
export type OrderCard = Extract<ChatReply, { type: 'order' }>['order'];

// Admin
export type AdminArticle = Schemas['AdminArticle'];
export type ArticleState = AdminArticle['status'];
export type ArticleContent = Pick<AdminArticle, 'question' | 'answer' | 'category' | 'tags'>;
export type ArticleVersion = Schemas['ArticleVersion'];
export type VersionAction = ArticleVersion['action'];
export type Ticket = Schemas['Ticket'];
export type TicketStatus = Ticket['status'];
export type Insights = Schemas['Insights'];
export type ImportReport = Schemas['ImportReport'];
export type Synonyms = Schemas['Synonyms'];
export type BotRules = Schemas['BotRules'];
export type BotRulesHistory = Schemas['BotRulesHistory'];
export type BotExplanation = Schemas['BotExplanation'];

export const TICKET_STATUSES: readonly TicketStatus[] = ['new', 'open', 'waiting', 'solved', 'closed'];
export type TicketRow = Schemas['TicketRow'];
export type TicketPriority = NonNullable<TicketRow['priority']>;
export const TICKET_PRIORITIES: readonly TicketPriority[] = ['low', 'normal', 'high', 'urgent'];
export type TicketMessage = Schemas['TicketMessage'];
export type CustomerConversation = Schemas['CustomerConversation'];

// Staff: customers
export type CustomerHit = Schemas['CustomerHit'];
export type CustomerPicture = Schemas['CustomerPicture'];
