import type { Problem } from './api/types';

/**
 * Field errors from a problem+json `errors` list, shown next to the inputs whose
 * `data-field` matches (e.g. `preferences.contactChannel`, `specialDates.0.date`).
 * Returns the messages it could not place, for the form-level summary.
 */
export function showFieldErrors(form: HTMLElement, problem: Problem | undefined): string[] {
  clearFieldErrors(form);
  const unplaced: string[] = [];
  let first: HTMLElement | undefined;
  for (const { field, message } of problem?.errors ?? []) {
    const input = findInput(form, field);
    if (!input) {
      unplaced.push(message);
      continue;
    }
    const id = `${input.id}-error`;
    const error = document.createElement('p');
    error.className = 'field-error';
    error.id = id;
    error.textContent = message;
    input.setAttribute('aria-invalid', 'true');
    input.setAttribute('aria-describedby', [input.getAttribute('aria-describedby'), id].filter(Boolean).join(' '));
    input.closest('.field')?.append(error);
    first ??= input;
  }
  first?.focus();
  return unplaced;
}

/** The input for an API field path; `specialDates.0` falls back to the row's first input. */
function findInput(form: HTMLElement, field: string): HTMLElement | null {
  const parts = field.split('.');
  while (parts.length) {
    const el = form.querySelector<HTMLElement>(`[data-field="${CSS.escape(parts.join('.'))}"]`);
    if (el) return el;
    parts.pop();
  }
  return null;
}

export function clearFieldErrors(form: HTMLElement): void {
  for (const el of form.querySelectorAll('.field-error')) el.remove();
  form.querySelectorAll<HTMLElement>('[aria-invalid]').forEach((input) => {
    input.removeAttribute('aria-invalid');
    const rest = (input.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id && !id.endsWith('-error'));
    if (rest.length) input.setAttribute('aria-describedby', rest.join(' '));
    else input.removeAttribute('aria-describedby');
  });
}
