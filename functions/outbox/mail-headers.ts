import type { Mail } from './domain/message';

/** The message id as a Message-ID header: the idempotency key a receiving side can deduplicate by. */
export const messageIdHeader = (mail: Mail) => `<${mail.id}@outbox.portal>`;
export const listHeaders = (mail: Mail) => ({
  'List-Unsubscribe': `<${mail.unsubscribeUrl}>`,
  'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
  'X-Outbox-Id': mail.id,
});
