import type { Locale } from '../../locales/registry';
import { BadRequest, NotFound } from '../commons/errors';
import type { Config } from '../config';
import { lazyModule, perApp } from '../commons/lazy';
import type { AppDeps } from '../env';
import type { CompiledRules } from './domain/bot';
import { logger } from '../commons/logger';
import type { BotRulesStore, StoredRules } from './rules-store';

/**
 * The compiled rules this instance answers with: the admin's stored file when there is one,
 * else the built-in rules. Checked every few seconds; compiled lazily, at first use.
 */
function createBotRules(store: BotRulesStore, config: Pick<Config, 'SEARCH_REVISION_CHECK_MS'>) {
  let cached: { rules: CompiledRules; version: number; checkedAt: number } | undefined;
  /** The rules of `stored` (the head as read: undefined when there is none), compiled once per version. */
  async function fromHead(version: number, stored: () => Promise<StoredRules | undefined>) {
    if (cached && cached.version === version) {
      cached.checkedAt = Date.now();
      return cached.rules;
    }
    const { defaultRules, loadRules } = await botModule();
    let rules = cached?.rules ?? defaultRules();
    if (version > 0) {
      try {
        rules = loadRules((await stored())?.rules);
      } catch (error) {
        // Saved files are validated first, so this means a hand edit in the table: keep answering.
        logger.error('stored bot rules are invalid; keeping the previous rules', { error });
      }
    } else {
      rules = defaultRules();
    }
    cached = { rules, version, checkedAt: Date.now() };
    return rules;
  }
  return {
    /** The rules compiled so far, if any, without a check (a hint: the chat turn reads entities ahead with them). */
    peek: () => cached?.rules,
    /** Whether the next `current()` checks the stored version (a caller batching reads can read the head itself). */
    due: () => !cached || Date.now() - cached.checkedAt >= config.SEARCH_REVISION_CHECK_MS,
    /**
     * The rules to answer with. `head` is the stored rule file when the caller read it in its own
     * batch (null: there is none), so the check costs no read of its own.
     */
    async current(head?: StoredRules | null): Promise<CompiledRules> {
      if (head !== undefined) return fromHead(head?.version ?? 0, async () => head ?? undefined);
      if (cached && Date.now() - cached.checkedAt < config.SEARCH_REVISION_CHECK_MS) return cached.rules;
      return fromHead(await store.version(), () => store.get());
    },
    invalidate() {
      if (cached) cached.checkedAt = 0;
    },
  };
}

export type BotRules = ReturnType<typeof createBotRules>;

/** The rule engine module, loaded on first use. */
export const botModule = lazyModule(() => import('./domain/bot'));

/** This app's current bot rules. */
export const botRulesOf = perApp((deps: AppDeps) => createBotRules(deps.stores.botRules, deps.config));

/** The rule file an admin saved, if any (else the built-in rules apply). */
export const storedRules = (deps: AppDeps) => deps.stores.botRules.get();

/**
 * Checks a rule file and compiles it, as the bot would load it.
 * @throws BadRequest naming the bad fields (a bad file is refused; the old rules keep working)
 */
export async function compileChecked(json: unknown): Promise<CompiledRules> {
  const { InvalidRules, loadRules } = await botModule();
  try {
    return loadRules(json);
  } catch (error) {
    if (error instanceof InvalidRules)
      throw new BadRequest(`The rule file is invalid: ${error.message}`, {
        errors: [{ field: 'rules', message: error.message }],
      });
    throw error;
  }
}

/** Saves a new rule file over `expected` (PreconditionFailed when someone saved since) and reloads this app's rules. */
export async function saveRules(
  deps: AppDeps,
  rules: Record<string, unknown>,
  expected: number,
  by: string,
  restoredFrom?: number,
) {
  await compileChecked(rules);
  const saved = await deps.stores.botRules.save(rules, expected, by, deps.now(), restoredFrom);
  botRulesOf(deps).invalidate();
  return saved;
}

/** How many saved versions the history lists. */
const HISTORY_LENGTH = 50;

/** Saved versions, newest first. */
export const rulesHistory = (deps: AppDeps) => deps.stores.botRules.history(HISTORY_LENGTH);

/** One version of the rules: 0 is the built-in file, others the saved ones. */
export async function rulesVersion(deps: AppDeps, version: number) {
  if (version === 0) {
    const { defaultRulesJson } = await botModule();
    return { version: 0, source: 'built-in' as const, rules: defaultRulesJson as unknown };
  }
  const saved = await deps.stores.botRules.getVersion(version);
  if (!saved) throw new NotFound(`There is no saved version ${version} of the bot rules`);
  return { ...saved, source: 'stored' as const };
}

/** Puts an earlier version back, as a new version (history keeps both). */
export async function restoreRules(deps: AppDeps, version: number, expected: number, by: string) {
  const earlier = await rulesVersion(deps, version);
  return saveRules(deps, earlier.rules as Record<string, unknown>, expected, by, version);
}

/**
 * What a message would match and why, under the live rules or a draft file (checked first, never
 * saved): the rules editor's test console.
 */
export async function explainMessage(deps: AppDeps, message: string, locale: Locale | undefined, draft?: unknown) {
  const rules = draft === undefined ? await botRulesOf(deps).current() : await compileChecked(draft);
  const { explain } = await botModule();
  return explain(message, locale, rules);
}
