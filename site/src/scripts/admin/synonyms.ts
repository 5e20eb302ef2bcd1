import { announce, byId } from '../../lib/dom';
import { clearFieldErrors, showFieldErrors } from '../../lib/form-errors';
import { errorMessage } from '../../lib/messages';
import { pageLocale } from '../../lib/ui';
import { startAdminPage } from './gate';
import { api, isStatus, ok } from '../../lib/api/client';
import type { Locale, Synonyms } from '../../lib/api/types';
import { tr } from './i18n';
import { localeOptions } from './render';

const form = byId<HTMLFormElement>('synonyms-form');
const locale = byId<HTMLSelectElement>('syn-locale');
const groups = byId<HTMLTextAreaElement>('syn-groups');
const status = byId('syn-status');
const save = byId<HTMLButtonElement>('syn-save');

const toText = ({ groups: list }: Synonyms) => list.map((g) => g.join(', ')).join('\n');

/** One group per non-empty line; a line with fewer than two terms is an error naming the line. */
function parse(): { list: string[][]; errors: { field: string; message: string }[] } {
  const list: string[][] = [];
  const errors: { field: string; message: string }[] = [];
  groups.value.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    const terms = line
      .split(/[,，、]/)
      .map((term) => term.trim())
      .filter(Boolean);
    if (terms.length < 2) errors.push({ field: 'groups', message: tr('synonyms.lineError', { line: i + 1 }) });
    else list.push(terms);
  });
  return { list, errors };
}

async function load(): Promise<void> {
  const asked = locale.value;
  const data = await ok(api.GET('/admin/synonyms/{locale}', { params: { path: { locale: asked as Locale } } }));
  if (asked !== locale.value) return; // the admin switched language meanwhile: a newer load wins
  groups.value = toText(data);
  groups.lang = locale.value;
  clearFieldErrors(form);
  announce(status, tr('synonyms.loaded', { n: data.groups.length }));
}

locale.addEventListener('change', () => {
  load().catch((error: unknown) => announce(status, errorMessage(error), 'error'));
});

/** Marks the textarea invalid with one message (the field has one error slot). */
function invalid(message: string): void {
  showFieldErrors(form, { type: 'invalid', title: '', status: 400, errors: [{ field: 'groups', message }] });
  announce(status, message, 'error');
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  clearFieldErrors(form);
  const { list, errors } = parse();
  if (errors.length) return invalid(errors.map((e) => e.message).join(' '));
  save.disabled = true;
  try {
    const saved = await ok(
      api.PUT('/admin/synonyms/{locale}', {
        params: { path: { locale: locale.value as Locale } },
        body: { groups: list },
      }),
    );
    groups.value = toText(saved);
    announce(status, tr('synonyms.saved', { n: saved.groups.length }), 'success');
  } catch (error) {
    if (isStatus(error, 400) && error.problem?.errors?.length)
      invalid(error.problem.errors.map((e) => `${e.field}: ${e.message}`).join(' '));
    else announce(status, errorMessage(error), 'error');
  } finally {
    save.disabled = false;
  }
});

await startAdminPage(async () => {
  localeOptions(locale, false);
  locale.value = pageLocale();
  await load();
});
