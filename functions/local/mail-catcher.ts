import { MailDev } from 'maildev';

/**
 * The development mail catcher behind `npm start`: maildev's SMTP server and its web UI (which
 * also answers a REST API at /api/email), on 127.0.0.1, mail kept in memory.
 */
export async function startMailCatcher(ports: { smtpPort: number; webPort: number }) {
  const maildev = new MailDev({
    smtp: ports.smtpPort,
    web: ports.webPort,
    ip: '127.0.0.1',
    webIp: '127.0.0.1',
    silent: true,
    maxEmails: 5000,
  });
  const servers = await maildev.start();
  const smtpPort = servers.smtp.getPort();
  const webPort = servers.api?.getPort() ?? ports.webPort;
  return {
    smtpUrl: `smtp://127.0.0.1:${smtpPort}`,
    webUrl: `http://127.0.0.1:${webPort}`,
    stop: () => maildev.stop(),
  };
}
