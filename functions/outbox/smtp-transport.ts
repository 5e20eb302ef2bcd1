import { lazyModule } from '../commons/lazy';
import type { MailSender } from './domain/message';
import { listHeaders, messageIdHeader } from './mail-headers';

const nodemailer = lazyModule(() => import('nodemailer'));

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
