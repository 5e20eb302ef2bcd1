import { api, ok, redirectToSignIn } from '../lib/api/client';
import { announce, byId, h } from '../lib/dom';
import { day } from '../lib/format';
import { errorMessage } from '../lib/messages';
import { getSession } from '../lib/session';
import { CLOSED_STATUSES, type Profile, type SpecialDate } from '../lib/api/types';
import { pageLocale, t } from '../lib/ui';
import { orderSummaryItem } from './render/order-summary';

if (!getSession()) redirectToSignIn();

const status = byId('profile-status');
const alert = byId('profile-error');

const occasionName = (d: SpecialDate) => d.label || t(`dateKind.${d.kind}`);

/** The facts of the profile (the forms fill themselves: ./profile-forms.ts). */
function renderFacts(p: Profile): void {
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
}

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

// The forms come in their own chunk, fetched while the profile loads: the page's first script stays small.
const forms = import('./profile-forms');

try {
  const profile = await ok(api.GET('/me'));
  renderFacts(profile);
  (await forms).mountForms(profile, renderFacts);
  byId('profile-content').hidden = false;
  announce(status, '');
  await loadOpenOrders();
} catch (error) {
  announce(status, '');
  announce(alert, errorMessage(error), 'error');
}
