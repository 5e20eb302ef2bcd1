import type { Config } from '../config';
import { lazyModule, perApp } from '../commons/lazy';
import type { AppDeps } from '../env';
import type { CompiledRules } from './domain/bot';
import { logger } from '../commons/logger';
import type { BotRulesStore } from './rules-store';

/**
 * The compiled rules this instance answers with: the admin's stored file when there is one,
 * else the built-in rules. Checked every few seconds; compiled lazily, at first use.
 */
function createBotRules(store: BotRulesStore, config: Pick<Config, 'SEARCH_REVISION_CHECK_MS'>) {
  let cached: { rules: CompiledRules; version: number; checkedAt: number } | undefined;
  return {
    async current(): Promise<CompiledRules> {
      if (cached && Date.now() - cached.checkedAt < config.SEARCH_REVISION_CHECK_MS) return cached.rules;
      const version = await store.version();
      if (cached && cached.version === version) {
        cached.checkedAt = Date.now();
        return cached.rules;
      }
      const { defaultRules, loadRules } = await botModule();
      let rules = cached?.rules ?? defaultRules();
      if (version > 0) {
        const stored = await store.get();
        try {
          rules = loadRules(stored?.rules);
        } catch (error) {
          // Saved files are validated first, so this means a hand edit in the table: keep answering.
          logger.error('stored bot rules are invalid; keeping the previous rules', { error });
        }
      } else {
        rules = defaultRules();
      }
      cached = { rules, version, checkedAt: Date.now() };
      return rules;
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

/** Saves a new rule file over `expected` (PreconditionFailed when someone saved since) and reloads this app's rules. */
export async function saveRules(deps: AppDeps, rules: Record<string, unknown>, expected: number, by: string) {
  const saved = await deps.stores.botRules.save(rules, expected, by, deps.now());
  botRulesOf(deps).invalidate();
  return saved;
}
