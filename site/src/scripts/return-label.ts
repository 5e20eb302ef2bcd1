import { ApiError, api, ok, redirectToSignIn } from '../lib/api/client';
import type { components } from '../lib/api/schema';
import { announce, byId, h } from '../lib/dom';
import { errorMessage } from '../lib/messages';
import { getSession } from '../lib/session';
import { localHref, pageLocale, t } from '../lib/ui';

type Label = components['schemas']['ReturnLabel'];

if (!getSession()) redirectToSignIn();

const params = new URLSearchParams(location.search);
const orderNumber = params.get('n')?.trim() ?? '';
const rmaId = params.get('rma')?.trim() ?? '';
const status = byId('label-status');
const alert = byId('label-error');
const body = byId('label-body');

const lines = (values: string[]) => h('address', {}, ...values.flatMap((line, i) => (i ? [h('br'), line] : [line])));

/** The QR code arrives as SVG markup our own API drew from the RMA id; parsed as SVG, never as HTML. */
function qrImage(label: Label): Element {
  const svg = new DOMParser().parseFromString(label.qrSvg, 'image/svg+xml').documentElement;
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', t('order.label.qr', { rma: label.rmaId }));
  for (const el of svg.querySelectorAll('script, foreignObject')) el.remove();
  return document.importNode(svg, true);
}

function render(label: Label): void {
  byId('label-title').textContent = t('order.label.title', { rma: label.rmaId });
  byId<HTMLAnchorElement>('label-back').href = localHref(`orders/view/?n=${encodeURIComponent(label.orderNumber)}`);
  const print = h('button', { type: 'button', class: 'no-print' }, t('order.label.print'));
  print.addEventListener('click', () => window.print());
  const from = label.from;
  body.replaceChildren(
    h('p', {}, t('order.label.steps')),
    h('div', { class: 'qr' }, qrImage(label)),
    h('p', {}, h('strong', {}, label.rmaId), ` · ${t('order.title', { n: label.orderNumber })} · ${label.reasonText}`),
    h('h2', {}, t('order.label.to')),
    lines(label.returnTo),
    ...(from
      ? [
          h('h2', {}, t('order.label.from')),
          lines([from.name, from.line1, `${from.postalCode} ${from.city}`, from.country]),
        ]
      : []),
    h('h2', {}, t('order.label.items')),
    h('ul', {}, ...label.items.map((i) => h('li', {}, `${i.quantity} × ${i.name}`))),
    print,
  );
}

try {
  if (!orderNumber || !rmaId) throw new ApiError(404, undefined);
  render(
    await ok(
      api.GET('/orders/{orderNumber}/returns/{rmaId}', {
        params: { path: { orderNumber, rmaId }, query: { locale: pageLocale() } },
      }),
    ),
  );
  announce(status, '');
} catch (error) {
  announce(status, '');
  announce(
    alert,
    error instanceof ApiError && error.status === 404 ? t('order.label.missing') : errorMessage(error),
    'error',
  );
}
