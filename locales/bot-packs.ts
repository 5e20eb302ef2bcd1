import type { BotPack } from '../functions/chat/domain/bot/assemble';
import type { Locale } from './registry';
import de from './de/bot.json' with { type: 'json' };
import en from './en/bot.json' with { type: 'json' };
import vi from './vi/bot.json' with { type: 'json' };
import zh from './zh/bot.json' with { type: 'json' };

/**
 * The chatbot's language packs, `locales/<code>/bot.json`, one per registry entry (the type makes
 * a missing one an error): synonyms, out-of-scope cues, confirm words, dialogue messages and each
 * intent's patterns and responses in that language. The bot assembles them with the
 * locale-independent rule files (functions/chat/domain/bot/assemble.ts).
 */
export const BOT_PACKS = { en, de, vi, zh } satisfies Record<Locale, BotPack>;
