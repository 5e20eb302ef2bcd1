import type { OrderStatus, ReturnReason, ReturnStep } from '../functions/orders/domain/order';
import type { MessageKind } from '../functions/outbox/domain/message';
import type { Locale } from './registry';

/** The shape of a language pack's backend text; every pack fills all of it. */
export interface OrdersText {
  /** `done` says what the shop has already done; {carrier}, {tracking}, {date}, {location} are filled in. */
  status: Record<OrderStatus, { title: string; done: string }>;
  /** Why a cancel is refused: the parcel left, it arrived, or the order is closed. */
  cancelRefused: { shipped: string; delivered: string; closed: string };
  /** A return's steps on the timeline; `done` may name {rma}. */
  returnStep: Record<ReturnStep, { title: string; done: string }>;
  /** Return reasons as the customer picks them (and agents read them). */
  returnReason: Record<ReturnReason, string>;
  /** Why a return is refused; {date} is the window's last day, {days} its length, {item} a line's name. */
  returnRefused: {
    notDelivered: string;
    windowClosed: string;
    notReturnable: string;
    alreadyReturned: string;
    unknownItem: string;
    tooMany: string;
  };
  /** Why the delivery address can no longer change. */
  addressRefused: { packed: string; shipped: string; closed: string };
  /** Why there is no invoice yet, or why its details are fixed. */
  invoiceRefused: { notPaid: string; cancelled: string; issued: string };
  /** The invoice PDF's words. */
  invoice: {
    title: string;
    number: string;
    order: string;
    date: string;
    billedTo: string;
    vatId: string;
    item: string;
    quantity: string;
    unitPrice: string;
    amount: string;
    total: string;
    paid: string;
    thanks: string;
  };
  /** A problem report as agents read it in the queue: {kind} and {order}; the kinds by name. */
  problem: { ticketReason: string; photos: string; kind: Record<'damaged' | 'wrong_item' | 'missing_parts', string> };
  /** Why a problem photo is refused: {max} is the size limit in MB, {n} the most uploads per order. */
  photos: { tooLarge: string; tooMany: string; wrongType: string; unknown: string; notUploaded: string };
}

export interface ProfileText {
  hello: { morning: string; afternoon: string; evening: string };
  occasion: { birthday: string; anniversary: string; other: string };
  sentenceEnd: string;
  sentenceJoin: string;
}

/**
 * How the text layer and search read a language: its traits, stopwords and starter synonyms.
 * A new language picks traits; no code names a locale.
 */
export interface SearchText {
  /** Which stemmer folds inflections (functions/text/stem.ts); 'none' for languages that do not inflect. */
  stemmer: 'english' | 'german' | 'none';
  /** Umlauts typed as ae/oe/ue fold like the umlaut ("Rueckgabe" = "Rückgabe"). */
  umlautDigraphs: boolean;
  /**
   * Long words may be compounds: articles are also indexed under the parts of their compounds,
   * and search splits a query's compound into known parts (or, with `compoundHeads`, settles for
   * its known head).
   */
  compounds: boolean;
  /** An unknown compound falls back to its known head ("Bankkarte" -> "Karte"); off for English, where "xylophone" is not a phone. */
  compoundHeads?: boolean;
  /** Words are syllables: adjacent pairs are indexed as one term ("đổi trả" -> "doi_tra"). */
  syllablePairs: boolean;
  /** Words with no topic, space separated, as written; folded before use unless `stopwordsAccented`. */
  stopwords: string;
  /** Stopwords are compared as written, with accents (their folded forms collide with content words). */
  stopwordsAccented?: boolean;
  /** With `stopwordsAccented`: folded forms still safe to drop when a customer types without accents. */
  stopwordsFoldedSafe?: string;
  /** Latin-script words in this language's text are stopwords if they are stopwords of that locale. */
  latinStopwordsOf?: Locale;
  /** Han function phrases removed from a run before it is cut into bigrams; longest first. */
  hanStopPhrases?: string[];
  /** Han characters that split a run (particles and pronouns). */
  hanSplitChars?: string;
  /** Starter synonym groups; admins add their own on top. */
  synonyms: string[][];
  /**
   * Han-script locales: the script customers write when a query does not tell (articles in it
   * rank first among equals; a query in the other script prefers articles in that one).
   */
  hanScript?: 'traditional' | 'simplified';
}

/**
 * How the chatbot tells this language from the others in a message. Locales are tried in `rank`
 * order; one wins when its score reaches `minScore` and beats every locale ranked after it.
 * Han-script locales (registry `script: 'han'`) are recognised by their script.
 */
export interface DetectText {
  rank: number;
  minScore: number;
  /** Letters of this language, as a character list: +2, or decisive with `lettersDecide`. */
  letters?: string;
  lettersDecide?: boolean;
  /** Accented letters shared with other languages: +2 when no other language's letters scored. */
  sharedLetters?: string;
  /** Multi-word cues (+2 each), written without accents. */
  phrases: string[];
  /** Single-word cues (+1 each), written without accents. */
  words: string[];
}

export interface LanguagePack {
  orders: OrdersText;
  profile: ProfileText;
  search: SearchText;
  detect: DetectText;
  faq: FaqText;
}

/**
 * The FAQ's starting categories: language-neutral id -> name, the same ids in every pack. A new
 * deployment starts with these; admins rename, add and remove them in the console after that.
 */
export interface FaqText {
  categories: Record<string, string>;
}

/**
 * Order-update messages (functions/outbox/domain/render.ts). Placeholders: {name}, {order},
 * {carrier}, {tracking}, {date}, {location}, {amount}; a paragraph naming a value the order
 * lacks is left out.
 */
export interface MessagesText {
  /** "Hello {name}," (and `greetingNoName` when the shop sent no name). */
  greeting: string;
  greetingNoName: string;
  kinds: Record<MessageKind, { subject: string; paragraphs: string[] }>;
  /** Link texts: the carrier's tracking page, the order in the portal, help that fits a delay, a person. */
  links: { track: string; order: string; delayHelp: string; person: string };
  signature: string;
  /** Why they get this, then the unsubscribe link's text. */
  footer: string;
  unsubscribe: string;
  /** The unsubscribe page: its question and button, and what it says when done. */
  unsubscribePage: { title: string; confirm: string; button: string; done: string; invalid: string };
  /**
   * The NPS question: in the invitation (`scale` before the 0-10 links) and on the page a link
   * opens (also for guests). `low`/`high` name the ends of the scale; `answered` when the order's
   * question was already answered; `invalid` for a link that is wrong or expired.
   */
  survey: {
    scale: string;
    page: {
      title: string;
      question: string;
      low: string;
      high: string;
      why: string;
      send: string;
      thanks: string;
      answered: string;
      invalid: string;
    };
  };
  /**
   * Staff answered the customer's ticket: {ticket} is its id; the reply itself follows the
   * paragraphs, then the link to the conversation; `footer` says why they get it.
   */
  ticketReply: { subject: string; paragraphs: string[]; link: string; footer: string };
}
