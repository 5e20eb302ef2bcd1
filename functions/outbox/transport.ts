import type { Config } from '../config';
import type { MailSender } from './domain/message';
import { sesSender } from './ses-transport';
import { smtpSender } from './smtp-transport';

export { sesSender, smtpSender };

/**
 * The sender the configuration asks for (the local server: SMTP, or SES when asked); with no SMTP server configured, sends fail (and retry).
 * Imports both transports: the Lambda functions import only what they send with, if anything.
 */
export function createMailSender(config: Config): MailSender {
  if (config.MAIL_TRANSPORT === 'ses') return sesSender(config);
  if (config.SMTP_URL) return smtpSender(config.SMTP_URL, config.MAIL_FROM);
  return {
    send: () => Promise.reject(new Error('No mail transport: set SMTP_URL or MAIL_TRANSPORT=ses')),
  };
}
