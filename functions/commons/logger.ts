import { Logger } from '@aws-lambda-powertools/logger';

/** Structured JSON logger shared by every handler (Powertools: JSON lines, Lambda context aware). */
export const logger = new Logger({
  serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? 'portal',
  logLevel: (process.env.LOG_LEVEL as 'INFO' | undefined) ?? (process.env.VITEST ? 'ERROR' : 'INFO'),
});
