/**
 * Heavy modules (search index, bot rules, markdown sanitiser) load on first use, not at cold
 * start. Each `import()` lives in the module that needs it, so a Lambda whose routes never
 * reach it does not even bundle it.
 */
export const lazyModule = <T>(load: () => Promise<T>): (() => Promise<T>) => {
  let loading: Promise<T> | undefined;
  return () => (loading ??= load());
};

/**
 * One instance of a service per app (per AppDeps), created on first use.
 * @example export const chatOf = perApp((deps) => createChat(deps));
 */
export function perApp<D extends object, T>(create: (deps: D) => T): (deps: D) => T {
  const instances = new WeakMap<D, T>();
  return (deps) => {
    let instance = instances.get(deps);
    if (instance === undefined) {
      instance = create(deps);
      instances.set(deps, instance);
    }
    return instance;
  };
}
