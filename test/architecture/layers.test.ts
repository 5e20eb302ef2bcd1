import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT, sourceFiles } from '../helpers/source-files';

/**
 * The dependency rule (README "Layers"), checked over the real import graph of functions/:
 * routes parse, authorise and respond; services orchestrate; domain is pure; stores are the only
 * code that talks to DynamoDB, and take the rules they enforce as arguments.
 */
const ROOT = PROJECT_ROOT;

type Layer =
  | 'text'
  | 'routes'
  | 'service'
  | 'store'
  | 'schemas'
  | 'domain'
  | 'commons'
  | 'http'
  | 'locales'
  | 'wiring'
  | 'auth';

/** Which layer a file of functions/ (or locales/) belongs to, from its path. */
function layerOf(path: string): Layer {
  if (path.startsWith('locales/')) return 'locales';
  const p = path.replace(/^functions\//, '').replace(/(\.ts)?$/, '.ts');
  if (p.startsWith('commons/')) return 'commons';
  if (p.startsWith('text/')) return 'text';
  if (p.includes('/domain/')) return 'domain';
  if (p.startsWith('store/') || /(^|\/|-)store\.ts$/.test(p)) return 'store';
  if (/(^|\/|-)routes\.ts$/.test(p)) return 'routes';
  if (/(^|\/|-)service\.ts$/.test(p)) return 'service';
  if (/(^|\/|-)schemas\.ts$/.test(p)) return 'schemas';
  if (p.startsWith('http/')) return 'http';
  if (p.startsWith('auth/')) return 'auth';
  return 'wiring';
}

/** What each layer may import from the project (wiring — app, deps, areas, lambda, local — may import anything). */
const ALLOWED: Record<Exclude<Layer, 'wiring'>, readonly Layer[]> = {
  locales: ['locales'],
  // The one text layer (folding, script conversion, stemming) that search and the chatbot share.
  text: ['text', 'locales'],
  commons: ['commons', 'locales'],
  domain: ['domain', 'text', 'commons', 'locales'],
  store: ['store', 'commons', 'locales'],
  schemas: ['schemas', 'http', 'domain', 'commons', 'locales'],
  // Services may validate with a schema where one request holds many items (bulk import rows).
  service: ['service', 'store', 'schemas', 'domain', 'commons', 'locales', 'auth'],
  http: ['http', 'commons', 'locales'],
  auth: ['auth', 'http', 'commons', 'locales', 'store', 'service'],
  routes: ['routes', 'http', 'auth', 'schemas', 'service', 'domain', 'commons', 'locales'],
};
/** Type-only imports a layer may add: stores name the domain records they keep; everyone may name the app's types. */
const TYPE_ONLY_EXTRA: Partial<Record<Layer, readonly Layer[]>> = {
  store: ['domain'],
  locales: ['domain'],
  service: ['wiring'],
  routes: ['wiring'],
  http: ['wiring'],
  auth: ['wiring'],
};
/** Packages a pure layer must not reach: HTTP frameworks, the AWS SDK, the file system and network. */
const IMPURE_PACKAGES = /^(hono|@hono\/|@aws-sdk\/|node:(fs|http|https|net|child_process|dns)|dynalite)/;
const PURE_LAYERS: readonly Layer[] = ['domain', 'text', 'locales', 'commons'];

interface Edge {
  from: string;
  to: string;
  spec: string;
  typeOnly: boolean;
}

const IMPORT =
  /(?:^|\n)\s*(import|export)\s+(type\s+)?(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]/g;

function importsOf(file: string): Edge[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const edges: Edge[] = [];
  for (const m of text.matchAll(IMPORT)) {
    const spec = m[3] ?? m[4] ?? '';
    const typeOnly = Boolean(m[2]);
    if (!spec.startsWith('.')) {
      edges.push({ from: file, to: spec, spec, typeOnly });
      continue;
    }
    const target = relative(ROOT, resolve(ROOT, dirname(file), spec)).replace(/\.js$/, '');
    edges.push({ from: file, to: target, spec, typeOnly });
  }
  return edges;
}

const files = [...sourceFiles('functions'), ...sourceFiles('locales')];
const edges = files.flatMap(importsOf);
const internal = (to: string) => to.startsWith('functions/') || to.startsWith('locales/');

describe('Architecture: the dependency rule', () => {
  it('should find the import graph', () => {
    expect(files.length).toBeGreaterThan(80);
    expect(edges.filter((e) => internal(e.to)).length).toBeGreaterThan(200);
  });

  it('should only import inward: each layer from the layers it may use', () => {
    const broken = edges
      .filter((e) => {
        if (!internal(e.to)) return false;
        const from = layerOf(e.from);
        if (from === 'wiring') return false;
        const to = layerOf(e.to);
        if (ALLOWED[from].includes(to)) return false;
        return !(e.typeOnly && TYPE_ONLY_EXTRA[from]?.includes(to));
      })
      .map((e) => `${e.from} (${layerOf(e.from)}) -> ${e.spec} (${layerOf(e.to)})`);
    expect(broken).toEqual([]);
  });

  it('should keep domain, locales and commons pure: no HTTP, AWS SDK, file system or network', () => {
    const impure = edges
      .filter((e) => PURE_LAYERS.includes(layerOf(e.from)) && IMPURE_PACKAGES.test(e.to))
      .map((e) => `${e.from} -> ${e.spec}`);
    expect(impure).toEqual([]);
  });

  it('should give domain and stores no HTTP errors: status codes are decided in http/problem.ts only', () => {
    const withStatus = files
      .filter((f) => ['domain', 'store', 'service', 'commons'].includes(layerOf(f)))
      .filter((f) => /\bstatus:\s*\d{3}\b|\b(4\d\d|5\d\d)\b.*(status|http)/i.test(readFileSync(join(ROOT, f), 'utf8')));
    expect(withStatus).toEqual([]);
  });

  it('should let routes reach DynamoDB only through services', () => {
    const direct = files.filter(
      (f) => layerOf(f) === 'routes' && /\.stores\b|\bstores\s*[,}]/.test(readFileSync(join(ROOT, f), 'utf8')),
    );
    expect(direct).toEqual([]);
  });

  it('should spell key prefixes only in store/table.ts', () => {
    const spelled = files
      .filter((f) => layerOf(f) === 'store' && f !== 'functions/store/table.ts')
      .filter((f) => /['`][A-Z]{2,}[A-Z_]*#/.test(readFileSync(join(ROOT, f), 'utf8')));
    expect(spelled).toEqual([]);
  });

  it('should keep infra/ to the table definition, the locale registry and the security headers of functions/', () => {
    // Plain data each: the table's keys, the locales, and the headers the local server sends too.
    const infraMayImport = ['functions/store/table', 'locales/registry', 'functions/http/security-headers'];
    const infra = sourceFiles('infra')
      .flatMap(importsOf)
      .filter((e) => internal(e.to))
      .filter((e) => !infraMayImport.includes(e.to));
    expect(infra.map((e) => `${e.from} -> ${e.spec}`)).toEqual([]);
  });
});
