/**
 * Fills `{name}` placeholders. Shared by the build (Astro pages) and the browser scripts.
 * @example format('Order {n}', { n: '10023' }) // 'Order 10023'
 */
export function format(template: string, vars: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}
