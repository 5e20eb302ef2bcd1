/**
 * Structured logs: one JSON object per line on stdout (CloudWatch Logs Insights reads the fields;
 * written to stdout directly, so Lambda's text prefix never wraps them). It writes what
 * Powertools' logger wrote for our calls (level, message, timestamp, service, the X-Ray trace id
 * and the call's own keys) in a tenth of the code a cold start parses.
 */

const LEVELS = { DEBUG: 10, INFO: 20, WARN: 30, ERROR: 40, CRITICAL: 50, SILENT: 100 } as const;
type LevelName = keyof typeof LEVELS;
type Write = (line: string) => void;

/** An error as its name, message, stack and cause; `JSON.stringify` alone would write `{}`. */
function errorFields(error: Error): Record<string, unknown> {
  const fields: Record<string, unknown> = { name: error.name, message: error.message, stack: error.stack };
  for (const [key, value] of Object.entries(error)) fields[key] ??= value;
  if (error.cause !== undefined) fields.cause = error.cause;
  return fields;
}

/** JSON that never throws: errors spelt out, bigints as text, an object met again inside itself as "[Circular]". */
function toJson(entry: Record<string, unknown>): string {
  // The objects from the root to the one being written: what JSON.stringify walks into (`shown`,
  // the `this` of its children) and what it stands for (`value`: an error is shown as its fields).
  const path: { shown: unknown; value: unknown }[] = [];
  return JSON.stringify(entry, function (this: unknown, _key, value: unknown) {
    while (path.length > 0 && path[path.length - 1]?.shown !== this) path.pop();
    if (typeof value === 'bigint') return value.toString();
    if (value === null || typeof value !== 'object') return value;
    if (path.some((p) => p.value === value)) return '[Circular]';
    const shown = value instanceof Error ? errorFields(value) : value;
    path.push({ shown, value });
    return shown;
  });
}

const levelOf = (name: string | undefined): number => LEVELS[(name?.toUpperCase() ?? '') as LevelName] ?? LEVELS.INFO;

export interface LoggerOptions {
  serviceName: string;
  /** DEBUG, INFO, WARN, ERROR, CRITICAL or SILENT (any case); anything else means INFO. */
  logLevel?: string;
  write?: Write;
  env?: Record<string, string | undefined>;
  now?: () => Date;
}

export function createLogger({
  serviceName,
  logLevel,
  write = (line) => process.stdout.write(`${line}\n`),
  env = process.env,
  now = () => new Date(),
}: LoggerOptions) {
  const threshold = levelOf(logLevel);
  const log =
    (level: Exclude<LevelName, 'SILENT'>) =>
    (message: string, fields: Record<string, unknown> = {}) => {
      if (LEVELS[level] < threshold) return;
      // Lambda sets the trace header per invocation, so it is read at each line.
      const trace = env._X_AMZN_TRACE_ID?.match(/Root=([^;]+)/)?.[1];
      write(
        toJson({
          level,
          message,
          timestamp: now().toISOString(),
          service: serviceName,
          ...(trace ? { xray_trace_id: trace } : {}),
          ...fields,
        }),
      );
    };
  return { debug: log('DEBUG'), info: log('INFO'), warn: log('WARN'), error: log('ERROR'), critical: log('CRITICAL') };
}

export type Logger = ReturnType<typeof createLogger>;

/** The logger every handler shares. */
export const logger: Logger = createLogger({
  serviceName: process.env.LOG_SERVICE_NAME ?? 'portal',
  logLevel: process.env.LOG_LEVEL ?? (process.env.VITEST ? 'ERROR' : 'INFO'),
});
