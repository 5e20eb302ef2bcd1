import { h } from '../../lib/dom';
import type { SpecialDate } from '../../lib/api/types';
import { t } from '../../lib/ui';

const KINDS: SpecialDate['kind'][] = ['birthday', 'anniversary', 'other'];
const MAX = 10;

/**
 * The special-dates editor: one fieldset per date (occasion, date, label, remove). Inputs carry
 * `data-field="specialDates.<i>.<name>"` so API field errors land next to the right input.
 */
export function dateRows(
  container: HTMLElement,
  empty: HTMLElement,
  add: HTMLButtonElement,
  isToday: (d: SpecialDate) => boolean,
) {
  function row(d: SpecialDate, i: number): HTMLElement {
    const id = (name: string) => `date-${i}-${name}`;
    const today = isToday(d);
    const kind = h(
      'select',
      { id: id('kind'), name: 'kind', 'data-field': `specialDates.${i}.kind` },
      ...KINDS.map((k) => h('option', { value: k, selected: k === d.kind }, t(`dateKind.${k}`))),
    );
    return h(
      'fieldset',
      { class: today ? 'date-row today' : 'date-row', 'data-row': i },
      h(
        'legend',
        {},
        t('profile.dates.row', { n: i + 1 }),
        today ? ' ' : null,
        today ? h('span', { class: 'badge' }, t('profile.dates.today')) : null,
      ),
      h('div', { class: 'field' }, h('label', { for: id('kind') }, t('profile.dates.kind')), kind),
      h(
        'div',
        { class: 'field' },
        h('label', { for: id('date') }, t('profile.dates.date')),
        h('input', {
          id: id('date'),
          name: 'date',
          type: 'text',
          value: d.date,
          required: true,
          inputmode: 'numeric',
          placeholder: 'YYYY-MM-DD',
          'aria-describedby': 'dates-intro',
          'data-field': `specialDates.${i}.date`,
        }),
      ),
      h(
        'div',
        { class: 'field' },
        h('label', { for: id('label') }, t('profile.dates.label')),
        h('input', {
          id: id('label'),
          name: 'label',
          type: 'text',
          value: d.label ?? '',
          maxlength: 60,
          'data-field': `specialDates.${i}.label`,
        }),
      ),
      h(
        'div',
        { class: 'field' },
        h(
          'button',
          {
            type: 'button',
            class: 'secondary',
            'data-remove': i,
            'aria-label': t('profile.dates.removeRow', { n: i + 1 }),
          },
          t('profile.dates.remove'),
        ),
      ),
    );
  }

  function read(): SpecialDate[] {
    return [...container.querySelectorAll<HTMLElement>('[data-row]')].map((el) => {
      const value = (name: string) =>
        el.querySelector<HTMLInputElement | HTMLSelectElement>(`[name=${name}]`)?.value.trim() ?? '';
      const label = value('label');
      return { kind: value('kind') as SpecialDate['kind'], date: value('date'), ...(label ? { label } : {}) };
    });
  }

  function render(dates: SpecialDate[]): void {
    container.replaceChildren(...dates.map(row));
    empty.hidden = dates.length > 0;
    add.disabled = dates.length >= MAX;
    add.title = add.disabled ? t('profile.dates.max') : '';
  }

  add.addEventListener('click', () => {
    const dates = read();
    if (dates.length >= MAX) return;
    render([...dates, { kind: 'birthday', date: '' }]);
    container.querySelector<HTMLElement>(`#date-${dates.length}-kind`)?.focus();
  });

  container.addEventListener('click', (event) => {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('[data-remove]');
    if (!button) return;
    const index = Number(button.dataset.remove);
    const dates = read().filter((_, i) => i !== index);
    render(dates);
    // Keep focus nearby: the next row's remove button, else the add button.
    (container.querySelector<HTMLElement>(`[data-remove="${Math.min(index, dates.length - 1)}"]`) ?? add).focus();
  });

  return { render, read };
}
