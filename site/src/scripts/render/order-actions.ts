import { h } from '../../lib/dom';
import { day } from '../../lib/format';
import type { OrderDetail } from '../../lib/api/types';
import { t } from '../../lib/ui';

/** What the page does when the customer submits one of the action forms. */
export interface ActionHandlers {
  returnItems(form: HTMLFormElement): void;
  invoice(): void;
  invoiceDetails(form: HTMLFormElement): void;
  address(form: HTMLFormElement): void;
  problem(form: HTMLFormElement): void;
}

const RETURN_REASONS = ['damaged', 'wrong_item', 'not_as_described', 'does_not_fit', 'changed_mind', 'other'] as const;
const PROBLEM_KINDS = ['damaged', 'wrong_item', 'missing_parts'] as const;

let ids = 0;
/** A labelled input; `name` is the form field. */
function field(label: string, name: string, attrs: Record<string, string | number | boolean | undefined> = {}) {
  const id = `f-${name}-${++ids}`;
  return h('p', { class: 'field' }, h('label', { for: id }, label), h('input', { id, name, ...attrs }));
}

function select(label: string, name: string, options: [string, string][]) {
  const id = `f-${name}-${++ids}`;
  return h(
    'p',
    { class: 'field' },
    h('label', { for: id }, label),
    h('select', { id, name, required: true }, ...options.map(([value, text]) => h('option', { value }, text))),
  );
}

/** Opens the chat panel, where the customer can ask for a person. */
const personButton = () => {
  const b = h('button', { type: 'button', class: 'secondary' }, t('order.person'));
  b.addEventListener('click', () => document.getElementById('chat-launcher')?.click());
  return b;
};

/** One action: its form behind a disclosure when possible, else the reason why not and a way to a person. */
function action(title: string, possible: boolean, reason: string | undefined, form: () => HTMLElement) {
  if (!possible)
    return h(
      'div',
      { class: 'action unavailable' },
      h('h3', {}, title),
      h('p', { class: 'reason' }, reason ?? ''),
      personButton(),
    );
  return h('details', { class: 'action' }, h('summary', {}, title), form());
}

const onSubmit = (form: HTMLFormElement, handler: (f: HTMLFormElement) => void) => {
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    handler(form);
  });
  return form;
};

function returnForm(order: OrderDetail, on: ActionHandlers) {
  const lines = order.items.filter((l) => l.returnableQuantity > 0 && l.returnable !== false);
  return onSubmit(
    h(
      'form',
      { class: 'stack', 'data-form': 'return' },
      order.returnWindow ? h('p', {}, t('order.return.window', { date: day(order.returnWindow.closesAt) })) : null,
      h(
        'fieldset',
        {},
        h('legend', {}, t('order.return.intro')),
        ...lines.map((line) =>
          field(`${line.name} (${t('order.qty')}, max ${line.returnableQuantity})`, `qty:${line.lineId}`, {
            type: 'number',
            min: 0,
            max: line.returnableQuantity,
            value: 0,
            inputmode: 'numeric',
          }),
        ),
      ),
      select(
        t('order.return.reason'),
        'reason',
        RETURN_REASONS.map((r) => [r, t(`order.reason.${r}`)]),
      ),
      select(t('order.return.resolution'), 'resolution', [
        ['refund', t('order.return.refund')],
        ['exchange', t('order.return.exchange')],
      ]),
      h('button', { type: 'submit' }, t('order.return.submit')),
    ),
    on.returnItems,
  );
}

function invoiceForm(on: ActionHandlers) {
  const download = h('button', { type: 'button', 'data-action': 'invoice' }, t('order.invoice'));
  download.addEventListener('click', () => on.invoice());
  const details = onSubmit(
    h(
      'form',
      { class: 'stack', 'data-form': 'invoice-details' },
      field(t('order.invoice.company'), 'companyName', { maxlength: 160, autocomplete: 'organization' }),
      field(t('order.invoice.vat'), 'vatId', { maxlength: 20 }),
      h('button', { type: 'submit', class: 'secondary' }, t('order.invoice.save')),
    ),
    on.invoiceDetails,
  );
  return h(
    'div',
    { class: 'stack' },
    download,
    h('details', {}, h('summary', {}, t('order.invoice.business')), details),
  );
}

function addressForm(order: OrderDetail, on: ActionHandlers) {
  const a = order.shippingAddress;
  return onSubmit(
    h(
      'form',
      { class: 'stack', 'data-form': 'address' },
      field(t('order.address.name'), 'name', { required: true, maxlength: 120, value: a?.name, autocomplete: 'name' }),
      field(t('order.address.line1'), 'line1', {
        required: true,
        maxlength: 200,
        value: a?.line1,
        autocomplete: 'address-line1',
      }),
      field(t('order.address.postalCode'), 'postalCode', {
        required: true,
        maxlength: 20,
        value: a?.postalCode,
        autocomplete: 'postal-code',
      }),
      field(t('order.address.city'), 'city', {
        required: true,
        maxlength: 100,
        value: a?.city,
        autocomplete: 'address-level2',
      }),
      field(t('order.address.country'), 'country', {
        required: true,
        pattern: '[A-Z]{2}',
        maxlength: 2,
        value: a?.country,
        autocomplete: 'country',
      }),
      h('button', { type: 'submit' }, t('order.address.save')),
    ),
    on.address,
  );
}

function problemForm(on: ActionHandlers) {
  const id = `f-description-${++ids}`;
  return onSubmit(
    h(
      'form',
      { class: 'stack', 'data-form': 'problem' },
      select(
        t('order.problem.kind'),
        'kind',
        PROBLEM_KINDS.map((k) => [k, t(`order.problem.${k}`)]),
      ),
      h(
        'p',
        { class: 'field' },
        h('label', { for: id }, t('order.problem.description')),
        h('textarea', { id, name: 'description', required: true, maxlength: 2000, rows: 4 }),
      ),
      h(
        'p',
        { class: 'field' },
        h('label', { for: `${id}-photos` }, t('order.problem.photos')),
        h('input', {
          id: `${id}-photos`,
          name: 'photos',
          type: 'file',
          accept: 'image/jpeg,image/png,image/webp',
          multiple: true,
          'aria-describedby': `${id}-photos-hint`,
          'data-field': 'photoIds',
        }),
        h('span', { id: `${id}-photos-hint`, class: 'hint' }, t('order.problem.photosHint')),
      ),
      h('button', { type: 'submit' }, t('order.problem.submit')),
    ),
    on.problem,
  );
}

/**
 * Everything the customer can do with the order, each action that is not possible now shown
 * with the reason (never silently hidden), and the order's returns with their labels.
 */
export function orderActions(order: OrderDetail, on: ActionHandlers): HTMLElement {
  const { actions } = order;
  const delayed =
    order.status === 'delayed' && order.expectedDelivery
      ? h(
          'div',
          { class: 'action' },
          h('p', {}, t('order.delayed.wait', { date: day(order.expectedDelivery) })),
          personButton(),
        )
      : null;
  const returns = order.returns.length
    ? h(
        'div',
        {},
        h('h3', {}, t('order.returns')),
        h(
          'ul',
          {},
          ...order.returns.map((r) =>
            h(
              'li',
              {},
              `${r.rmaId}: ${r.statusText} · `,
              h('a', { href: r.labelUrl }, t('order.return.label', { rma: r.rmaId })),
            ),
          ),
        ),
      )
    : null;
  return h(
    'section',
    { 'aria-labelledby': 'actions-title', class: 'order-actions' },
    h('h2', { id: 'actions-title' }, t('order.actions')),
    delayed,
    !actions.canCancel && actions.cancelReason
      ? h(
          'div',
          { class: 'action unavailable' },
          h('h3', {}, t('order.cancel')),
          h('p', { class: 'reason' }, actions.cancelReason),
        )
      : null,
    action(t('order.return'), actions.canReturn, actions.returnReason, () => returnForm(order, on)),
    returns,
    action(t('order.invoice'), actions.canDownloadInvoice, actions.invoiceReason, () => invoiceForm(on)),
    action(t('order.address'), actions.canChangeAddress, actions.addressReason, () => addressForm(order, on)),
    action(t('order.problem'), true, undefined, () => problemForm(on)),
  );
}
