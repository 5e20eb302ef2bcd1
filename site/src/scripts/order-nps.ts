import { ApiError, api, ok } from '../lib/api/client';
import { announce, h } from '../lib/dom';
import { errorMessage } from '../lib/messages';
import { t } from '../lib/ui';

/**
 * The NPS question on the order page (loaded after the order is shown): asked from a few days
 * after delivery until it is answered, here or through the invitation's link. 0-10 as radio
 * buttons in a fieldset, an optional why, one send.
 */
export async function mountNps(area: HTMLElement, orderNumber: string): Promise<void> {
  const state = await ok(api.GET('/feedback/nps/orders/{orderNumber}', { params: { path: { orderNumber } } }));
  if (!state.open) return;
  const result = h('p', { class: 'notice', role: 'status', tabindex: -1 });
  result.hidden = true;
  const radios = Array.from({ length: 11 }, (_, n) =>
    h(
      'label',
      { class: 'nps-score' },
      h('input', { type: 'radio', name: 'score', value: n, required: true }),
      String(n),
    ),
  );
  const form = h(
    'form',
    {},
    h(
      'fieldset',
      { 'aria-describedby': 'nps-ends' },
      h('legend', {}, t('order.nps.question')),
      h('p', { id: 'nps-ends' }, `${t('order.nps.low')}; ${t('order.nps.high')}`),
      h('div', { class: 'nps-scale' }, ...radios),
    ),
    h(
      'p',
      { class: 'field' },
      h('label', { for: 'nps-why' }, t('order.nps.why')),
      h('textarea', { id: 'nps-why', name: 'comment', maxlength: 1000, rows: 3 }),
    ),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, t('order.nps.send'))),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const comment = String(data.get('comment') ?? '').trim();
    const button = form.querySelector('button');
    if (button) button.disabled = true;
    try {
      await ok(
        api.POST('/feedback/nps', {
          body: { score: Number(data.get('score')), orderNumber, ...(comment ? { comment } : {}) },
        }),
      );
      form.remove();
      result.hidden = false;
      announce(result, t('order.nps.thanks'), 'success');
    } catch (error) {
      result.hidden = false;
      const answered = error instanceof ApiError && error.status === 409;
      announce(result, answered ? t('order.nps.answered') : errorMessage(error), answered ? 'info' : 'error');
      if (answered) form.remove();
    } finally {
      if (button) button.disabled = false;
    }
    result.focus();
  });
  area.replaceChildren(
    h('section', { 'aria-labelledby': 'nps-title' }, h('h2', { id: 'nps-title' }, t('order.nps.title')), form, result),
  );
}
