/** Admin API shapes, restated from functions/schemas/{faq,insights,tickets}.ts; keep them in step. */
export type ArticleState = 'draft' | 'published';

export interface ArticleContent {
  question: string;
  answer: string;
  category: string;
  tags: string[];
}

export interface AdminArticle extends ArticleContent {
  slug: string;
  locale: string;
  version: number;
  status: ArticleState;
  hasUnpublishedChanges: boolean;
  publishedVersion?: number;
  updatedAt: string;
  updatedBy: string;
}

export type VersionAction = 'create' | 'edit' | 'publish' | 'unpublish' | 'restore' | 'import' | 'delete';
export interface ArticleVersion extends ArticleContent {
  version: number;
  action: VersionAction;
  at: string;
  by: string;
}

export type TicketStatus = 'open' | 'pending' | 'resolved' | 'closed';
export const TICKET_STATUSES: readonly TicketStatus[] = ['open', 'pending', 'resolved', 'closed'];

export interface Ticket {
  id: string;
  status: TicketStatus;
  reason: string;
  locale: string;
  contact: { email?: string; name?: string };
  transcript: { at: string; role: 'user' | 'bot'; text: string; intent?: string }[];
  createdAt: string;
  updatedAt: string;
  history?: { status: TicketStatus; by: string; at: string }[];
}

interface QueryCount { locale: string; query: string; count: number; results: number }
export interface Insights {
  searches: { total: number; top: QueryCount[]; zeroResults: QueryCount[] };
  articles: {
    votes: { slug: string; locale: string; up: number; down: number; helpfulRatio: number }[];
    unhelpful: { slug: string; locale: string; down: number; reasons: { reason: string; comment?: string; at: string }[] }[];
  };
  bot: { intents: { intent: string; count: number }[]; fallbacks: { locale: string; utterance: string; count: number }[]; handoffs: number };
  nps: { responses: number; score: number | null; promoters: number; passives: number; detractors: number };
  csat: { responses: number; average: number | null; satisfiedShare: number | null };
}

export interface ImportReport {
  created: number;
  updated: number;
  unchanged: number;
  failed: number;
  rows: { index: number; slug?: string; locale?: string; result: 'created' | 'updated' | 'unchanged' | 'error'; ignoredFields?: string[]; errors?: { field: string; message: string }[] }[];
}
