import { describe, expect, it } from 'vitest';
import { createLogger } from '../../../functions/commons/logger.js';

const AT = new Date('2026-12-03T10:00:00.000Z');

function capture(logLevel?: string, env: Record<string, string | undefined> = {}) {
  const lines: string[] = [];
  const logger = createLogger({
    serviceName: 'portal-test',
    logLevel,
    write: (l) => lines.push(l),
    env,
    now: () => AT,
  });
  return { logger, lines, entries: () => lines.map((l) => JSON.parse(l) as Record<string, unknown>) };
}

describe('Logger: one JSON object per line', () => {
  it('should write the level, message, time, service and the call’s own fields', () => {
    // Prepare
    const { logger, lines, entries } = capture('INFO');

    // Act
    logger.warn('outbox send failed', { messageId: 'm1', attempts: 2 });

    // Assert
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toContain('\n');
    expect(entries()[0]).toEqual({
      level: 'WARN',
      message: 'outbox send failed',
      timestamp: '2026-12-03T10:00:00.000Z',
      service: 'portal-test',
      messageId: 'm1',
      attempts: 2,
    });
  });

  it('should leave out what is below the level, and read the level in any case', () => {
    // Prepare
    const { logger, entries } = capture('warn');

    // Act
    logger.debug('d');
    logger.info('i');
    logger.warn('w');
    logger.error('e');
    logger.critical('c');

    // Assert
    expect(entries().map((e) => e.level)).toEqual(['WARN', 'ERROR', 'CRITICAL']);
  });

  it('should log at INFO when the level is unknown or missing, and nothing when SILENT', () => {
    // Prepare
    const unknown = capture('LOUD');
    const missing = capture();
    const silent = capture('SILENT');

    // Act
    for (const { logger } of [unknown, missing, silent]) {
      logger.debug('d');
      logger.info('i');
      logger.error('e');
    }

    // Assert
    expect(unknown.entries().map((e) => e.message)).toEqual(['i', 'e']);
    expect(missing.entries().map((e) => e.message)).toEqual(['i', 'e']);
    expect(silent.lines).toEqual([]);
  });

  it('should spell out an error with its name, message, stack, own fields and cause', () => {
    // Prepare
    const { logger, entries } = capture();
    const cause = new TypeError('socket hang up');
    const error = Object.assign(new Error('send failed', { cause }), { code: 'ECONNRESET' });

    // Act
    logger.error('unhandled error', { error, path: '/api/chat' });

    // Assert
    const logged = entries()[0]?.error as Record<string, unknown>;
    expect(logged).toMatchObject({ name: 'Error', message: 'send failed', code: 'ECONNRESET' });
    expect(String(logged.stack)).toContain('send failed');
    expect(logged.cause).toMatchObject({ name: 'TypeError', message: 'socket hang up' });
    expect(entries()[0]?.path).toBe('/api/chat');
  });

  it('should never throw on what JSON cannot hold: a loop, an error that is its own cause, a bigint', () => {
    // Prepare
    const { logger, entries } = capture();
    const loop: Record<string, unknown> = { name: 'a' };
    loop.self = loop;
    const shared = { id: 1 };
    const selfCaused = new Error('again');
    (selfCaused as { cause?: unknown }).cause = selfCaused;

    // Act
    logger.info('odd values', { loop, twice: [shared, shared], selfCaused, big: 12345678901234567890n });

    // Assert: a value seen twice side by side is no loop.
    const entry = entries()[0];
    expect(entry?.loop).toEqual({ name: 'a', self: '[Circular]' });
    expect(entry?.twice).toEqual([{ id: 1 }, { id: 1 }]);
    expect(entry?.selfCaused).toMatchObject({ message: 'again', cause: '[Circular]' });
    expect(entry?.big).toBe('12345678901234567890');
  });

  it('should carry the X-Ray trace id Lambda sets for the invocation', () => {
    // Prepare
    const env: Record<string, string | undefined> = {};
    const { logger, entries } = capture('INFO', env);

    // Act
    logger.info('before');
    env._X_AMZN_TRACE_ID = 'Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1';
    logger.info('during');

    // Assert
    expect(entries()[0]).not.toHaveProperty('xray_trace_id');
    expect(entries()[1]?.xray_trace_id).toBe('1-5759e988-bd862e3fe1be46a994272793');
  });
});
