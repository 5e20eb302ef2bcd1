import { api, ok, redirectToSignIn } from '../lib/api/client';
import { announce, byId } from '../lib/dom';
import { errorMessage } from '../lib/messages';
import { getSession } from '../lib/session';
import { pageLocale, t } from '../lib/ui';
import { orderSummaryItem } from './render/order-summary';

if (!getSession()) redirectToSignIn();

const list = byId<HTMLOListElement>('order-list');
const more = byId<HTMLButtonElement>('load-more');
const status = byId('orders-status');
const alert = byId('orders-error');
const PAGE = 10;
let cursor: string | undefined;

async function loadPage(moveFocus: boolean): Promise<void> {
  more.disabled = true;
  announce(alert, '');
  try {
    const page = await ok(
      api.GET('/orders', { params: { query: { limit: PAGE, locale: pageLocale(), ...(cursor ? { cursor } : {}) } } }),
    );
    const items = page.orders.map(orderSummaryItem);
    list.append(...items);
    cursor = page.nextCursor;
    more.hidden = !cursor;
    const count = list.children.length;
    announce(
      status,
      count === 0
        ? t('orders.empty')
        : `${t('orders.count', { n: count })}${cursor ? '' : ` ${t('orders.allLoaded')}`}`,
    );
    // Keyboard users continue where the new orders start, not at the top of the page.
    if (moveFocus) items[0]?.querySelector('a')?.focus();
  } catch (error) {
    announce(status, '');
    announce(alert, errorMessage(error), 'error');
  } finally {
    more.disabled = false;
  }
}

more.addEventListener('click', () => void loadPage(true));
await loadPage(false);
