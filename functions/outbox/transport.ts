import type { Config } from '../config';
import { lazyModule } from '../commons/lazy';
import type { Mail, MailSender } from './domain/message';

const nodemailer = lazyModule(() => import('nodemailer'));
const sesv2 = lazyModule(() => import('@aws-sdk/client-sesv2'));

/** The message id as a Message-ID header: the idempotency key a receiving side can deduplicate by. */
const messageIdHeader = (mail: Mail) => `<${mail.id}@outbox.portal>`;
const listHeaders = (mail: Mail) => ({
  'List-Unsubscribe': `<${mail.unsubscribeUrl}>`,
  'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
  'X-Outbox-Id': mail.id,
});

/** nodemailer over SMTP to `url` (locally the embedded catcher). */
export function smtpSender(url: string, from: string): MailSender {
  let transport: Promise<import('nodemailer').Transporter> | undefined;
  return {
    async send(mail) {
      transport ??= nodemailer().then((m) =>
        m.default.createTransport({ url, connectionTimeout: 5000, greetingTimeout: 5000, socketTimeout: 10_000 }),
      );
      await (await transport).sendMail({
        from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        messageId: messageIdHeader(mail),
        headers: listHeaders(mail),
      });
    },
  };
}

/** Amazon SES v2 from the configured identity. */
export function sesSender(config: Config): MailSender {
  let client: Promise<import('@aws-sdk/client-sesv2').SESv2Client> | undefined;
  return {
    async send(mail) {
      const sdk = await sesv2();
      client ??= Promise.resolve(new sdk.SESv2Client({ region: config.AWS_REGION, maxAttempts: 2 }));
      await (await client).send(
        new sdk.SendEmailCommand({
          FromEmailAddress: config.MAIL_FROM,
          ...(config.SES_IDENTITY_ARN ? { FromEmailAddressIdentityArn: config.SES_IDENTITY_ARN } : {}),
          Destination: { ToAddresses: [mail.to] },
          Content: {
            Simple: {
              Subject: { Data: mail.subject, Charset: 'UTF-8' },
              Body: { Text: { Data: mail.text, Charset: 'UTF-8' }, Html: { Data: mail.html, Charset: 'UTF-8' } },
              Headers: Object.entries(listHeaders(mail)).map(([Name, Value]) => ({ Name, Value })),
            },
          },
          EmailTags: [{ Name: 'outboxId', Value: mail.id.replace(/[^\w-]/g, '_') }],
        }),
      );
    },
  };
}

/** The sender the configuration asks for; with no SMTP server configured, sends fail (and retry). */
export function createMailSender(config: Config): MailSender {
  if (config.MAIL_TRANSPORT === 'ses') return sesSender(config);
  if (config.SMTP_URL) return smtpSender(config.SMTP_URL, config.MAIL_FROM);
  return {
    send: () => Promise.reject(new Error('No mail transport: set SMTP_URL or MAIL_TRANSPORT=ses')),
  };
}
