import type { Config } from '../config';
import { lazyModule } from '../commons/lazy';
import type { MailSender } from './domain/message';
import { listHeaders } from './mail-headers';

const sesv2 = lazyModule(() => import('@aws-sdk/client-sesv2'));

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
