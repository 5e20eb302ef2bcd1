/** Fills components/PrivacySection.astro: download my data, close my account. */
import { api, ApiError, ok } from '../lib/api/client';
import { announce, byId } from '../lib/dom';
import { errorMessage } from '../lib/messages';
import { clearSession } from '../lib/session';
import type { ExitReason } from '../lib/api/types';
import { pageLocale, t } from '../lib/ui';

const exportButton = byId<HTMLButtonElement>('export-data');
const form = byId<HTMLFormElement>('delete-form');

exportButton.addEventListener('click', async () => {
  exportButton.disabled = true;
  try {
    const data = await ok(api.GET('/me/export'));
    const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
    const link = Object.assign(document.createElement('a'), { href: url, download: 'my-data.json' });
    link.click();
    URL.revokeObjectURL(url);
    announce(byId('export-status'), t('privacy.exported'), 'success');
  } catch (error) {
    announce(byId('export-status'), errorMessage(error), 'error');
  } finally {
    exportButton.disabled = false;
  }
});

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const live = byId('delete-status');
  if (!byId<HTMLInputElement>('delete-confirm').checked) {
    announce(live, t('privacy.delete.needConfirm'), 'error');
    byId('delete-confirm').focus();
    return;
  }
  const reason = byId<HTMLSelectElement>('exit-reason').value as ExitReason | '';
  const comment = byId<HTMLTextAreaElement>('exit-comment').value.trim();
  const password = byId<HTMLInputElement>('delete-password').value;
  const button = form.querySelector<HTMLButtonElement>('button[type=submit]');
  if (button) button.disabled = true;
  try {
    await api.DELETE('/me', {
      body: { ...(password ? { password } : {}), ...(reason ? { reason } : {}), ...(comment ? { comment } : {}) },
    });
    clearSession(); // the other tabs notice (lib/session-lifecycle.ts)
    announce(live, t('privacy.deleted'), 'success');
    setTimeout(() => location.assign(`/${pageLocale()}/`), 2500);
  } catch (error) {
    const text = error instanceof ApiError && error.status === 403 ? t('privacy.delete.password') : errorMessage(error);
    announce(live, text, 'error');
    if (button) button.disabled = false;
  }
});
