/**
 * The profile's forms (details, preferences, special dates): each saves its part with
 * PATCH /api/me; field errors land next to their inputs. Loaded after the profile is shown.
 */
import { api, ApiError, ok } from '../lib/api/client';
import { inLocale, rememberLocale } from '../lib/account-locale';
import type { Profile, ProfilePatch } from '../lib/api/types';
import { announce, byId } from '../lib/dom';
import { clearFieldErrors, showFieldErrors } from '../lib/form-errors';
import { errorMessage } from '../lib/messages';
import { pageLocale, t } from '../lib/ui';
import { dateRows } from './render/date-rows';

const ADDRESS_FIELDS = ['name', 'line1', 'postalCode', 'city', 'country'] as const;
type AddressField = (typeof ADDRESS_FIELDS)[number];
const addressInput = (field: AddressField) => byId<HTMLInputElement>(`address-${field}`);

/** Fills the forms with `first` and wires them; `onSaved` shows the profile as saved. */
export function mountForms(first: Profile, onSaved: (p: Profile) => void): void {
  let profile = first;
  const rows = dateRows(byId('date-rows'), byId('dates-empty'), byId<HTMLButtonElement>('add-date'), (d) =>
    profile.occasionsToday.some((o) => o.kind === d.kind && o.date === d.date),
  );

  function fill(p: Profile): void {
    profile = p;
    byId<HTMLInputElement>('details-name').value = p.name;
    byId<HTMLSelectElement>('details-locale').value = p.locale;
    for (const field of ADDRESS_FIELDS) addressInput(field).value = p.defaultAddress?.[field] ?? '';
    byId<HTMLInputElement>('pref-newsletter').checked = p.preferences.newsletter;
    byId<HTMLSelectElement>('pref-channel').value = p.preferences.contactChannel;
    byId<HTMLInputElement>('pref-order-updates').checked = p.preferences.orderUpdates;
    rows.render(p.specialDates);
  }

  /** Saves one part of the profile; true when it was saved. */
  async function save(form: HTMLFormElement, live: HTMLElement, patch: ProfilePatch): Promise<boolean> {
    const button = form.querySelector<HTMLButtonElement>('button[type=submit]');
    if (button) button.disabled = true;
    clearFieldErrors(form);
    announce(live, t('common.saving'));
    try {
      const saved = await ok(api.PATCH('/me', { body: patch }));
      fill(saved);
      onSaved(saved);
      announce(live, t('common.saved'), 'success');
      return true;
    } catch (error) {
      if (error instanceof ApiError && error.status === 400 && error.problem?.errors?.length) {
        const unplaced = showFieldErrors(form, error.problem);
        announce(live, [t('common.fixErrors'), ...unplaced].join(' '), 'error');
      } else announce(live, errorMessage(error), 'error');
      return false;
    } finally {
      if (button) button.disabled = false;
    }
  }

  const on = (id: string, submit: (form: HTMLFormElement) => void) => {
    const form = byId<HTMLFormElement>(id);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      submit(form);
    });
  };

  // Name, account language and default address; every address field empty forgets the address.
  on('details-form', async (form) => {
    const address = Object.fromEntries(ADDRESS_FIELDS.map((f) => [f, addressInput(f).value.trim()])) as Record<
      AddressField,
      string
    >;
    address.country = address.country.toUpperCase();
    const empty = ADDRESS_FIELDS.every((f) => !address[f]);
    const locale = byId<HTMLSelectElement>('details-locale').value as Profile['locale'];
    const live = byId('details-status');
    const body = {
      name: byId<HTMLInputElement>('details-name').value.trim(),
      locale,
      defaultAddress: empty ? null : address,
    };
    if (!(await save(form, live, body))) return;
    rememberLocale(locale);
    if (locale === pageLocale()) return;
    announce(live, t('profile.details.switching'), 'success');
    location.assign(inLocale(location.pathname, locale) + location.hash);
  });

  on('prefs-form', (form) => {
    void save(form, byId('prefs-status'), {
      preferences: {
        newsletter: byId<HTMLInputElement>('pref-newsletter').checked,
        contactChannel: byId<HTMLSelectElement>('pref-channel').value as Profile['preferences']['contactChannel'],
        orderUpdates: byId<HTMLInputElement>('pref-order-updates').checked,
      },
    });
  });

  on('dates-form', (form) => void save(form, byId('dates-status'), { specialDates: rows.read() }));

  fill(first);
}
