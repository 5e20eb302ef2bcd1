type Child = Node | string | null | undefined | false;
type Attrs = Record<string, string | number | boolean | undefined>;

/**
 * Creates an element. Text children become text nodes, so server data is never parsed as HTML.
 * @example h('a', { href: '/en/orders/' }, 'Orders')
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    el.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) if (child) el.append(child);
  return el;
}

/** The element with this id; throws if the page markup lacks it (a build bug, not a user error). */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`#${id} missing`);
  return el as T;
}

/**
 * Shows a message in a live region (`role=status` or `role=alert` in the markup). The region
 * stays in the page while empty, so screen readers announce the text when it arrives.
 */
export function announce(el: HTMLElement, message: string, tone: 'info' | 'error' | 'success' = 'info'): void {
  el.dataset.tone = tone;
  el.textContent = message;
}
