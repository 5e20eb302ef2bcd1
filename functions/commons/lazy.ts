/**
 * Heavy modules (search index, bot rules, markdown sanitiser) load on first use, not at cold
 * start: a Lambda that never needs them never pays for them.
 */
export const lazyModule = <T>(load: () => Promise<T>): (() => Promise<T>) => {
  let loading: Promise<T> | undefined;
  return () => (loading ??= load());
};

export const searchModule = lazyModule(() => import('../domain/search'));
export const botModule = lazyModule(() => import('../domain/bot'));
export const renderModule = lazyModule(() => import('../domain/faq/render'));
