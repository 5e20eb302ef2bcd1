import { messages as de } from './de/messages';
import { messages as en } from './en/messages';
import type { MessagesText } from './pack-types';
import type { Locale } from './registry';
import { messages as vi } from './vi/messages';
import { messages as zh } from './zh/messages';

/** The order-update messages of every locale (the type makes a missing one an error). */
export const MESSAGE_PACKS = { en, de, vi, zh } satisfies Record<Locale, MessagesText>;

/** One locale's messages. */
export const messagesText = (locale: Locale): MessagesText => MESSAGE_PACKS[locale];
