import { announce, byId } from '../../lib/dom';
import { clearFieldErrors, showFieldErrors } from '../../lib/form-errors';
import { errorMessage } from '../../lib/messages';
import { startAdminPage } from './gate';
import { api, isStatus, ok } from '../../lib/api/client';
import type { BotRules } from '../../lib/api/types';
import { tr } from './i18n';

const form = byId<HTMLFormElement>('bot-form');
const rules = byId<HTMLTextAreaElement>('bot-rules');
const status = byId('bot-status');
const save = byId<HTMLButtonElement>('bot-save');
let version = 0;

function show(doc: BotRules): void {
  version = doc.version;
  rules.value = JSON.stringify(doc.rules, null, 2);
  byId('bot-meta').textContent = tr('bot.meta', { version: doc.version, source: tr(`bot.source.${doc.source}`) });
}

/** One message on the textarea (focused) and in the status line. */
function invalid(message: string): void {
  showFieldErrors(form, { type: 'invalid', title: '', status: 400, errors: [{ field: 'rules', message }] });
  announce(status, message, 'error');
}

const load = async () => show(await ok(api.GET('/admin/bot/rules')));

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  clearFieldErrors(form);
  let json: unknown;
  try {
    json = JSON.parse(rules.value);
  } catch (error) {
    return invalid(tr('bot.badJson', { message: (error as Error).message }));
  }
  if (!json || typeof json !== 'object' || Array.isArray(json)) return invalid(tr('bot.notObject'));
  save.disabled = true;
  announce(status, tr('admin.loading'));
  try {
    const saved = await ok(
      api.PUT('/admin/bot/rules', { body: json as Record<string, never>, headers: { 'if-match': `"${version}"` } }),
    );
    show(saved);
    announce(status, tr('bot.saved', { version: saved.version }), 'success');
  } catch (error) {
    if (isStatus(error, 400)) invalid(error.problem?.detail ?? errorMessage(error));
    else announce(status, isStatus(error, 412) ? tr('bot.stale') : errorMessage(error), 'error');
  } finally {
    save.disabled = false;
  }
});

byId('bot-reload').addEventListener('click', async () => {
  try {
    await load();
    clearFieldErrors(form);
    announce(status, tr('bot.reloaded', { version }));
  } catch (error) {
    announce(status, errorMessage(error), 'error');
  }
});

await startAdminPage(load);
