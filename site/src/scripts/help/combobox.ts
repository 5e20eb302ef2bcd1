/**
 * Type-ahead for a help search input (ARIA 1.2 combobox with a listbox popup).
 * The markup gives the input `role=combobox`, `aria-controls` and an empty `role=listbox`;
 * this fills the listbox from GET /api/faq/suggest (debounced) and handles the keys:
 * Down/Up move, Enter picks the active option (or submits what was typed), Escape closes
 * (a second Escape clears). Picking an option opens its article (an older server that sends
 * no article only fills the input and submits the form). A single Chinese character is enough
 * to ask: it is a word.
 */
import { api, ok } from '../../lib/api/client';
import { h } from '../../lib/dom';
import { format } from '../../i18n/format';
import { helpArticleHref } from '../../lib/links';
import { pageLocale } from '../../lib/ui';

interface Suggestion {
  question: string;
  slug?: string;
}
/** Two letters, or one Han character, before suggestions are asked for. */
const longEnough = (q: string) => q.length >= 2 || /\p{Script=Han}/u.test(q);

const DEBOUNCE_MS = 150;

/**
 * @example attachCombobox(document.querySelector('#site-search')!)
 */
export function attachCombobox(input: HTMLInputElement): void {
  const list = document.getElementById(input.getAttribute('aria-controls') ?? '');
  const live = document.getElementById(`${input.id}-status`);
  if (!list) return;
  let options: HTMLElement[] = [];
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let seq = 0;

  const expanded = (open: boolean) => {
    input.setAttribute('aria-expanded', String(open));
    list.hidden = !open;
    if (!open) activate(-1);
  };
  function activate(i: number): void {
    options[active]?.setAttribute('aria-selected', 'false');
    active = i;
    const option = options[i];
    if (option) {
      option.setAttribute('aria-selected', 'true');
      input.setAttribute('aria-activedescendant', option.id);
      option.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  }
  let shown: Suggestion[] = [];
  function choose(i: number): void {
    const picked = shown[i];
    if (!picked) return;
    input.value = picked.question;
    expanded(false);
    if (picked.slug) location.assign(helpArticleHref(pageLocale(), picked.slug));
    else input.form?.requestSubmit();
  }
  function show(suggestions: Suggestion[]): void {
    active = -1;
    shown = suggestions;
    options = suggestions.map(({ question, slug }, i) => {
      const option = h(
        'li',
        { id: `${list!.id}-${i}`, role: 'option', 'aria-selected': 'false', 'data-slug': slug },
        question,
      );
      // mousedown would blur the input (and close the list) before the click lands
      option.addEventListener('mousedown', (event) => event.preventDefault());
      option.addEventListener('click', () => choose(i));
      return option;
    });
    list!.replaceChildren(...options);
    expanded(options.length > 0 && document.activeElement === input);
    if (live) live.textContent = options.length ? format(live.dataset.template ?? '{n}', { n: options.length }) : '';
  }
  async function fetchSuggestions(q: string): Promise<void> {
    const mine = ++seq;
    try {
      const { suggestions, items } = await ok(
        api.GET('/faq/suggest', { auth: 'none', params: { query: { q, locale: pageLocale() } } }),
      );
      if (mine === seq) show(items ?? suggestions.map((question) => ({ question })));
    } catch {
      if (mine === seq) show([]); // type-ahead is a convenience: fail quietly
    }
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const q = input.value.trim();
    if (!longEnough(q)) {
      seq++;
      show([]);
      return;
    }
    timer = setTimeout(() => void fetchSuggestions(q), DEBOUNCE_MS);
  });
  input.addEventListener('keydown', (event) => {
    const open = !list.hidden;
    const n = options.length;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!n) return;
      event.preventDefault();
      if (!open) expanded(true);
      const down = event.key === 'ArrowDown';
      activate(active < 0 ? (down ? 0 : n - 1) : (active + (down ? 1 : n - 1)) % n);
    } else if (event.key === 'Enter' && open && active >= 0) {
      event.preventDefault();
      choose(active);
    } else if (event.key === 'Escape') {
      if (open) {
        event.preventDefault();
        event.stopPropagation();
        expanded(false);
      } else if (input.value) {
        event.preventDefault();
        input.value = '';
      }
    }
  });
  input.addEventListener('blur', () => expanded(false));
}
