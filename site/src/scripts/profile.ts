import { api, ApiError, ok, redirectToSignIn } from '../lib/api/client';
import { announce, byId, h } from '../lib/dom';
import { showFieldErrors, clearFieldErrors } from '../lib/form-errors';
import { day } from '../lib/format';
import { errorMessage } from '../lib/messages';
import { getSession } from '../lib/session';
import { CLOSED_STATUSES, type Profile, type ProfilePatch, type SpecialDate } from '../lib/api/types';
import { pageLocale, t } from '../lib/ui';
import { orderSummaryItem } from './render/order-summary';
import { dateRows } from './render/date-rows';

if (!getSession()) redirectToSignIn();

const status = byId('profile-status');
const alert = byId('profile-error');
const prefsForm = byId<HTMLFormElement>('prefs-form');
const datesForm = byId<HTMLFormElement>('dates-form');
let profile: Profile;

const occasionName = (d: SpecialDate) => d.label || t(`dateKind.${d.kind}`);

function renderProfile(p: Profile): void {
  profile = p;
  byId('greeting').textContent = p.greeting || t('profile.title');
  byId('profile-name').textContent = p.name;
  byId('profile-email').textContent = p.email;
  byId('profile-since').textContent = day(p.customerSince);
  byId('profile-orders').textContent = String(p.stats.orderCount);
  const tier = byId('tier-badge');
  tier.dataset.tier = p.tier;
  tier.textContent = t(`tier.${p.tier}`);
  byId('stage-badge').textContent = t(`stage.${p.stage}`);
  const today = byId('occasion-today');
  today.hidden = p.occasionsToday.length === 0;
  today.textContent = t('profile.today', { occasion: p.occasionsToday.map(occasionName).join(', ') });
  byId<HTMLInputElement>('pref-newsletter').checked = p.preferences.newsletter;
  byId<HTMLSelectElement>('pref-channel').value = p.preferences.contactChannel;
  byId<HTMLInputElement>('pref-order-updates').checked = p.preferences.orderUpdates;
  rows.render(p.specialDates);
}

const rows = dateRows(byId('date-rows'), byId('dates-empty'), byId<HTMLButtonElement>('add-date'), (d) =>
  profile.occasionsToday.some((o) => o.kind === d.kind && o.date === d.date),
);

/** PATCH /api/me with one part of the profile; field errors land next to their inputs. */
async function save(form: HTMLFormElement, live: HTMLElement, patch: ProfilePatch): Promise<void> {
  const button = form.querySelector<HTMLButtonElement>('button[type=submit]');
  if (button) button.disabled = true;
  clearFieldErrors(form);
  announce(live, t('common.saving'));
  try {
    renderProfile(await ok(api.PATCH('/me', { body: patch })));
    announce(live, t('common.saved'), 'success');
  } catch (error) {
    if (error instanceof ApiError && error.status === 400 && error.problem?.errors?.length) {
      const unplaced = showFieldErrors(form, error.problem);
      announce(live, [t('common.fixErrors'), ...unplaced].join(' '), 'error');
    } else announce(live, errorMessage(error), 'error');
  } finally {
    if (button) button.disabled = false;
  }
}

prefsForm.addEventListener('submit', (event) => {
  event.preventDefault();
  void save(prefsForm, byId('prefs-status'), {
    preferences: {
      newsletter: byId<HTMLInputElement>('pref-newsletter').checked,
      contactChannel: byId<HTMLSelectElement>('pref-channel').value as Profile['preferences']['contactChannel'],
      orderUpdates: byId<HTMLInputElement>('pref-order-updates').checked,
    },
  });
});

datesForm.addEventListener('submit', (event) => {
  event.preventDefault();
  void save(datesForm, byId('dates-status'), { specialDates: rows.read() });
});

async function loadOpenOrders(): Promise<void> {
  const list = byId('open-orders');
  try {
    const page = await ok(api.GET('/orders', { params: { query: { limit: 50, locale: pageLocale() } } }));
    const open = page.orders.filter((o) => !CLOSED_STATUSES.includes(o.status));
    list.replaceChildren(...open.map(orderSummaryItem));
    byId('open-empty').hidden = open.length > 0;
    document.dispatchEvent(new CustomEvent('portal:open-orders', { detail: { statuses: open.map((o) => o.status) } }));
  } catch (error) {
    list.replaceChildren(h('li', {}, errorMessage(error)));
  }
}

try {
  renderProfile(await ok(api.GET('/me')));
  byId('profile-content').hidden = false;
  announce(status, '');
  await loadOpenOrders();
} catch (error) {
  announce(status, '');
  announce(alert, errorMessage(error), 'error');
}
