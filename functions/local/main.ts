import { logger } from '../commons/logger';
import { startLocalPortal } from './portal';

// The local entry point behind `npm start`: prints where the portal is and how to sign in.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
const portal = await startLocalPortal();
const password = process.env.DEMO_PASSWORD ?? 'demo-password';
console.log(`\nSelf-service portal running at ${portal.url}/  (API ${portal.url}/api, docs ${portal.url}/api/docs)`);
console.log(`Data in ${portal.dataDir}`);
if (portal.mail)
  console.log(`Mail catcher (every message the portal sends): ${portal.mail.webUrl}/  (SMTP ${portal.mail.smtpUrl})`);
console.log(`Demo accounts (password "${password}"):`);
for (const account of portal.seeded?.accounts ?? [])
  console.log(`  ${account.email}${account.groups.length ? `  (${account.groups.join(', ')})` : ''}`);
const client = portal.integrationClient;
console.log(
  `Integration client (POST ${portal.url}/api/auth/token, grant_type=client_credentials, HTTP Basic): ` +
    `id "${client.id}", secret "${client.secret}", scope orders/write`,
);
const stop = async () => {
  await portal.stop();
  process.exit(0);
};
process.on('SIGINT', () => void stop().catch((error) => logger.error('stop failed', { error })));
process.on('SIGTERM', () => void stop().catch((error) => logger.error('stop failed', { error })));
