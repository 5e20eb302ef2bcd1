/** Fills `{name}` placeholders of a pack's text; a value the order lacks reads as a dash. */
export const fill = (template: string, values: Record<string, string | undefined>) =>
  template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '—');
