import { logger } from '../commons/logger';
import type { AppDeps } from '../env';
import { drain } from '../outbox/service';

/**
 * The local server's outbox drain: every `intervalMs`, and soon after each enqueue (deps.wakeOutbox).
 * One drain at a time in this process; a wake during a drain runs another right after it.
 */
export function startOutboxDrain(deps: AppDeps, intervalMs: number) {
  let running: Promise<void> | undefined;
  let again = false;
  let stopped = false;
  const run = () => {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = drain(deps)
      .then(() => undefined)
      .catch((error) => logger.error('outbox drain failed', { error }))
      .finally(() => {
        running = undefined;
        if (again) {
          again = false;
          run();
        }
      });
  };
  const timer = setInterval(run, intervalMs);
  timer.unref();
  deps.wakeOutbox = () => setImmediate(run);
  run();
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      deps.wakeOutbox = () => {};
      await running;
    },
  };
}
