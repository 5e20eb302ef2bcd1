// A portal process for the outbox crash test (test/integration/outbox/crash.test.ts). `write`:
// enqueues a message and writes the change it confirms (an order event item), says so, and waits
// to be killed before any drain runs. `intent`: enqueues the message and is killed before the
// change. `drain`: drains the outbox as the local server does.
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { startLocalPortal } from '../../../functions/local/portal';
import { composeMessage, enqueueBefore } from '../../../functions/outbox/service';

const [dataDir, mode, orderNumber = 'CRASH-1'] = process.argv.slice(2);
const write = mode === 'write' || mode === 'intent';
const portal = await startLocalPortal({
  port: 0,
  dataDir,
  siteDir: false,
  seed: true,
  mailCatcher: false,
  outboxDrain: !write,
  env: { DYNAMODB_ENDPOINT: undefined, QUIET_HOURS: 'off', OUTBOX_DRAIN_MS: '200', OUTBOX_CONFIRM_GRACE_SECONDS: '1' },
});
if (write) {
  const { deps } = portal;
  const change = { pk: `ORDER#${orderNumber}`, sk: 'EVENT#delivered-1' };
  const message = composeMessage(deps, {
    kind: 'delivered',
    to: 'ana@example.com',
    customerId: 'ana@example.com',
    locale: 'en',
    facts: { orderNumber, name: 'Ana' },
    key: [orderNumber, 'delivered-1'],
    confirm: change,
  });
  if (mode === 'intent') await deps.stores.outbox.enqueue(message);
  else
    await enqueueBefore(deps, message, () =>
      deps.stores.db.doc.send(
        new PutCommand({ TableName: deps.config.TABLE_NAME, Item: { ...change, type: 'delivered' } }),
      ),
    );
  console.log(`WRITTEN ${message.id}`);
} else {
  console.log('DRAINING');
}
setInterval(() => {}, 1000);
