import { describe, expect, it } from 'vitest';
import { PARTITION, keys } from '../../functions/store/table';
import { AREAS, type AreaName } from '../../infra/routes';

/**
 * infra/routes.ts restates, for API Gateway and IAM, what the app serves and which items each
 * Lambda writes. These checks tie it to the app: every gateway route reaches a handler that serves
 * it, every app route is reachable, and every IAM leading key is a prefix the store really writes.
 */

// Routes the app serves only locally: on AWS, Cognito's hosted sign-in replaces the local IdP.
const LOCAL_ONLY = /^\/api\/(auth|uploads)\//;

interface AppRoute {
  method: string;
  path: string;
}

/** The routes one Lambda entry's app serves (middleware and the catch-all left out). */
async function servedBy(area: AreaName): Promise<AppRoute[]> {
  type App = { routes: AppRoute[] };
  // The docs entry builds its app with the first request (loadApp); the others at init (app).
  const entry = (await import(`../../functions/lambda/${area}.ts`)) as { app?: App; loadApp?: () => Promise<App> };
  const app = entry.app ?? (await entry.loadApp?.());
  if (!app) throw new Error(`functions/lambda/${area}.ts exports neither app nor loadApp`);
  return app.routes.filter((r) => r.method !== 'ALL' && r.path !== '/api/*');
}

/** API Gateway's path syntax as a matcher over Hono paths: {param} is one segment, {proxy+} the rest. */
function gatewayMatcher(path: string): RegExp {
  const source = path
    .split('/')
    .map((seg) => (seg === '{proxy+}' ? '.+' : /^\{\w+\}$/.test(seg) ? '[^/]+' : seg))
    .join('/');
  return new RegExp(`^${source}$`);
}

const honoToConcrete = (path: string) => path.replace(/:(\w+)(\{[^}]*\})?/g, 'x');

const areaNames = Object.keys(AREAS) as AreaName[];

describe('infra/routes.ts against the app', () => {
  it('should send every gateway route to a Lambda whose app serves that path and method', async () => {
    // Prepare
    const missing: string[] = [];
    // Act
    for (const area of areaNames) {
      const served = await servedBy(area);
      for (const route of AREAS[area].routes) {
        const matches = gatewayMatcher(route.path);
        for (const method of route.methods) {
          const hit = served.some((r) => r.method === method && matches.test(honoToConcrete(r.path)));
          if (!hit) missing.push(`${area}: ${method} ${route.path}`);
        }
      }
    }
    // Assess
    expect(missing).toEqual([]);
  });

  it('should route every path the app serves to a Lambda that serves it', async () => {
    // Prepare
    const unrouted: string[] = [];
    const everything = await servedBy('docs');
    // Act
    for (const r of everything) {
      if (LOCAL_ONLY.test(r.path)) continue;
      const concrete = honoToConcrete(r.path);
      let reached = false;
      for (const area of areaNames) {
        const routed = AREAS[area].routes.some(
          (g) => g.methods.includes(r.method as never) && gatewayMatcher(g.path).test(concrete),
        );
        if (routed && (await servedBy(area)).some((s) => s.method === r.method && s.path === r.path)) reached = true;
      }
      if (!reached) unrouted.push(`${r.method} ${r.path}`);
    }
    // Assess
    expect(everything.length).toBeGreaterThan(20);
    expect(unrouted).toEqual([]);
  });

  it('should serve the OpenAPI document and its page from the docs function alone', async () => {
    // Prepare: the API functions' bundles carry no document generator (functions/http/openapi-lite.ts).
    const documentPaths = ['/api/openapi.json', '/api/docs'];
    // Act
    const serving = await Promise.all(
      areaNames.map(async (area) => ({
        area,
        paths: (await servedBy(area)).filter((r) => documentPaths.includes(r.path)).map((r) => r.path),
      })),
    );
    // Assess
    expect(serving.filter((s) => s.paths.length > 0)).toEqual([{ area: 'docs', paths: documentPaths }]);
  });

  it('should limit writes only to item families the store spells', () => {
    // Prepare
    const written = Object.values(keys).flatMap((k) => {
      const sample = typeof k === 'function' ? (k as (...a: never[]) => unknown)(...(['x', 'x', 1] as never[])) : k;
      return typeof sample === 'string' ? [sample] : Object.values(sample as Record<string, string>);
    });
    // Act
    const leading = areaNames.flatMap((a) => AREAS[a].access.leadingKeys ?? []);
    // Assess
    expect(leading.length).toBeGreaterThan(0);
    for (const condition of leading) {
      expect(condition.endsWith('*'), condition).toBe(true);
      const prefix = condition.slice(0, -1);
      expect(Object.values(PARTITION), condition).toContain(prefix);
      expect(
        written.some((k) => k.startsWith(prefix)),
        `${condition} matches no key the store builds`,
      ).toBe(true);
    }
  });
});
