/**
 * FAQ search benchmark: index build time and search latency (p50/p99) of our engine and of a
 * default MiniSearch index over the same synthetic articles, measured in the same run.
 * Run directly with `npx tsx bench/search.ts` (prints JSON) or call `benchSearch()`.
 *
 * Each engine runs in a child process of its own (this file, started with `--worker`), as in
 * production, where the index lives alone in its Lambda: measured in one process, MiniSearch's
 * object graph and both engines' build garbage shared one heap, and a major collection started
 * by one engine's allocations landed in the other's timed query. The parent starts both children
 * on the same articles and queries and has them take turns, one block at a time (a build, a
 * round of all queries), so load on the machine hits both alike.
 */
import MiniSearch from 'minisearch';
import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  buildSearchEngine,
  loadSearchEngine,
  type Locale,
  type SearchableArticle,
} from '../functions/faq/domain/search/index.js';
import { seedArticles } from '../functions/local/seed/faq-articles.js';

const PRODUCTS: Record<Locale, string[]> = {
  en: [
    'jacket',
    'sneakers',
    'backpack',
    'headphones',
    'coffee maker',
    'yoga mat',
    'desk lamp',
    'rain boots',
    'wool scarf',
    'phone case',
    'blender',
    'sofa cushion',
    'running shorts',
    'gift box',
    'kettle',
    'suitcase',
  ],
  de: [
    'Jacke',
    'Turnschuhe',
    'Rucksack',
    'Kopfhörer',
    'Kaffeemaschine',
    'Yogamatte',
    'Schreibtischlampe',
    'Gummistiefel',
    'Wollschal',
    'Handyhülle',
    'Mixer',
    'Sofakissen',
    'Laufhose',
    'Geschenkbox',
    'Wasserkocher',
    'Koffer',
  ],
  vi: [
    'áo khoác',
    'giày thể thao',
    'ba lô',
    'tai nghe',
    'máy pha cà phê',
    'thảm tập yoga',
    'đèn bàn',
    'ủng đi mưa',
    'khăn len',
    'ốp điện thoại',
    'máy xay sinh tố',
    'gối sofa',
    'quần chạy bộ',
    'hộp quà',
    'ấm đun nước',
    'vali',
  ],
  zh: [
    '外套',
    '運動鞋',
    '背包',
    '耳機',
    '咖啡機',
    '瑜伽墊',
    '檯燈',
    '雨靴',
    '羊毛圍巾',
    '手機殼',
    '果汁機',
    '沙發靠墊',
    '跑步短褲',
    '禮盒',
    '電熱水壺',
    '行李箱',
  ],
};
const CONTEXT: Record<Locale, (p: string, n: number) => string> = {
  en: (p, n) => `This also applies to the ${p} collection ${n} and to orders placed through the app.`,
  de: (p, n) => `Das gilt auch für die Kollektion ${p} ${n} und für Bestellungen über die App.`,
  vi: (p, n) => `Điều này cũng áp dụng cho bộ sưu tập ${p} ${n} và đơn đặt qua ứng dụng.`,
  zh: (p, n) => `此規定也適用於${p}系列 ${n} 以及透過 App 下的訂單。`,
};
const QUERIES: Record<Locale, string[]> = {
  en: [
    'how do I return my jacket',
    'where is my order',
    'when will I get my refund',
    'can I cancel my order please',
    'my parcel says delivered but it is not here',
    'which payment methods do you accept',
    'I forgot my password',
    'how much is shipping to my country',
    'reufnd not received',
    'delete my account and data',
  ],
  de: [
    'Wie kann ich meine Bestellung stornieren',
    'Wo ist mein Paket',
    'Rueckgabe Kopfhörer',
    'Wann bekomme ich mein Geld zurück',
    'Passwort vergessen',
    'Versandkosten ins Ausland',
    'Zahlung abgelehnt was tun',
    'Rechnung herunterladen',
  ],
  vi: [
    'làm sao để đổi trả hàng',
    'doi tra hang',
    'khi nào tôi nhận được tiền hoàn',
    'phi van chuyen bao nhieu',
    'quên mật khẩu',
    'hủy đơn hàng',
    'hàng bị hỏng phải làm gì',
  ],
  zh: [
    '如何退货',
    '我的订单在哪里',
    '退款什麼時候到帳',
    '運費多少',
    '忘記密碼',
    '怎么取消订单',
    '包裹显示已送达但没收到',
  ],
};

/** Deterministic pseudo-random numbers, so every run measures the same articles. */
function rng(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

/** `n` articles recombined from the seed set: questions and answers varied with product vocabulary. */
export function syntheticArticles(n: number): SearchableArticle[] {
  const random = rng(42);
  const out: SearchableArticle[] = [];
  for (let i = 0; i < n; i++) {
    const base = seedArticles[i % seedArticles.length]!;
    const other = seedArticles.filter((a) => a.locale === base.locale)[Math.floor(random() * 10)]!;
    const products = PRODUCTS[base.locale];
    const product = products[Math.floor(random() * products.length)]!;
    const paragraphs = other.answer.split('\n\n');
    out.push({
      id: `${base.slug}-${i}:${base.locale}`,
      slug: `${base.slug}-${Math.floor(i / seedArticles.length)}`,
      locale: base.locale,
      question: `${base.question} (${product})`,
      answer: `${base.answer}\n\n${paragraphs[Math.floor(random() * paragraphs.length)]}\n\n${CONTEXT[base.locale](product, i)}`,
      category: base.category,
      tags: [...base.tags, product],
      updatedAt: '2026-01-01T00:00:00Z',
    });
  }
  return out;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;
const ms = (x: number) => Math.round(x * 1000) / 1000;
const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const BUILD_ROUNDS = 3;

type Query = { q: string; locale: Locale };
const allQueries = (): Query[] =>
  (Object.entries(QUERIES) as [Locale, string[]][]).flatMap(([locale, qs]) => qs.map((q) => ({ q, locale })));

type Kind = 'ours' | 'minisearch';
/** What the parent asks a worker to do next; each answers with one message. */
type Command = { op: 'build' } | { op: 'load' } | { op: 'warm' } | { op: 'round' } | { op: 'suggest' } | { op: 'exit' };
interface Times {
  /** Wall-clock milliseconds per query. */
  wall: number[];
  /**
   * The process's CPU time per query (all threads): on a busy machine a wall-clock p99 mostly
   * counts queries that waited for a core, which says more about the other processes.
   */
  cpu: number[];
}

/** Times `fn` on every query once, in order. */
function timeRound(fn: (query: Query) => void, queries: Query[], out: Times): Times {
  for (const query of queries) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    fn(query);
    out.wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    out.cpu.push((c.user + c.system) / 1000);
  }
  return out;
}

/** A collection between phases (not inside one), so one phase's garbage is not billed to the next. */
const collect = () => (globalThis as { gc?: () => void }).gc?.();

/**
 * One engine in its own process: builds it, then answers the parent's commands. Ours searches the
 * engine loaded from its snapshot, as a cold Lambda does; MiniSearch searches the index it built.
 */
function worker(kind: Kind, n: number): void {
  const articles = syntheticArticles(n);
  const queries = allQueries();
  let built: ReturnType<typeof buildSearchEngine> | undefined;
  let loaded: ReturnType<typeof loadSearchEngine> | undefined;
  let plain: MiniSearch<SearchableArticle> | undefined;
  const search =
    kind === 'ours'
      ? ({ q, locale }: Query) => {
          loaded!.search(q, { locale });
        }
      : ({ q }: Query) => {
          plain!.search(q);
        };
  const answer = (message: unknown) => process.send!(message);
  process.on('message', (command: Command) => {
    switch (command.op) {
      case 'build': {
        built = undefined;
        plain = undefined;
        collect();
        const c0 = process.cpuUsage();
        const t = performance.now();
        if (kind === 'ours') built = buildSearchEngine(articles);
        else {
          plain = new MiniSearch<SearchableArticle>({ fields: ['question', 'answer'], storeFields: ['slug'] });
          plain.addAll(articles);
        }
        const ms = performance.now() - t;
        const c = process.cpuUsage(c0);
        return answer({ ms, cpuMs: (c.user + c.system) / 1000 });
      }
      case 'load': {
        if (kind !== 'ours') return answer({});
        const snapshot = built!.snapshot();
        built = undefined;
        collect();
        const t = performance.now();
        loaded = loadSearchEngine(snapshot);
        return answer({ ms: performance.now() - t, bytes: snapshot.length });
      }
      case 'warm':
        for (let i = 0; i < 3; i++) for (const query of queries) search(query);
        collect();
        return answer({});
      case 'round':
        return answer(timeRound(search, queries, { wall: [], cpu: [] }));
      case 'suggest':
        return answer(
          timeRound(
            ({ q, locale }) => {
              loaded!.suggest(q.slice(0, 8), { locale });
            },
            queries,
            { wall: [], cpu: [] },
          ),
        );
      case 'exit':
        process.disconnect();
        return;
    }
  });
  answer({ ready: true });
}

/** A worker process and a way to send it a command and wait for its answer. */
function spawnWorker(kind: Kind, n: number) {
  // The parent's flags (tsx's loader) plus a gc() to call between phases.
  const child: ChildProcess = fork(fileURLToPath(import.meta.url), ['--worker', kind, String(n)], {
    execArgv: [...process.execArgv, '--expose-gc'],
  });
  const next = () =>
    new Promise<Record<string, unknown>>((resolve, reject) => {
      const onExit = (code: number | null) => reject(new Error(`search bench worker ${kind} exited (${code})`));
      child.once('exit', onExit);
      child.once('message', (message) => {
        child.off('exit', onExit);
        resolve(message as Record<string, unknown>);
      });
    });
  const ready = next();
  return {
    ready,
    ask: <T = Record<string, unknown>>(command: Command): Promise<T> => {
      const answered = next();
      child.send(command);
      return answered as Promise<T>;
    },
  };
}

const summary = (t: Times) => {
  const wall = [...t.wall].sort((a, b) => a - b);
  const cpu = [...t.cpu].sort((a, b) => a - b);
  return {
    p50: ms(percentile(wall, 0.5)),
    p99: ms(percentile(wall, 0.99)),
    cpuP50: ms(percentile(cpu, 0.5)),
    cpuP99: ms(percentile(cpu, 0.99)),
  };
};

async function benchSize(n: number, rounds: number): Promise<Record<string, unknown>> {
  const queryCount = allQueries().length;
  const ours = spawnWorker('ours', n);
  const plain = spawnWorker('minisearch', n);
  await Promise.all([ours.ready, plain.ready]);
  try {
    // Builds take turns (ours, then the baseline, three times); the medians are reported.
    // Also in CPU time (the process's, all threads): on a busy machine a build that waited for a
    // core says more about the other processes than about the indexer.
    const builds = { ours: [] as number[], plain: [] as number[], oursCpu: [] as number[], plainCpu: [] as number[] };
    for (let round = 0; round < BUILD_ROUNDS; round++) {
      const a = await ours.ask<{ ms: number; cpuMs: number }>({ op: 'build' });
      const b = await plain.ask<{ ms: number; cpuMs: number }>({ op: 'build' });
      builds.ours.push(a.ms);
      builds.oursCpu.push(a.cpuMs);
      builds.plain.push(b.ms);
      builds.plainCpu.push(b.cpuMs);
    }
    const buildMs = median(builds.ours);
    const plainBuildMs = median(builds.plain);
    const buildCpuMs = median(builds.oursCpu);
    const plainBuildCpuMs = median(builds.plainCpu);
    const { ms: loadMs, bytes } = await ours.ask<{ ms: number; bytes: number }>({ op: 'load' });
    await ours.ask({ op: 'warm' });
    await plain.ask({ op: 'warm' });
    // A round of every query in one process, then in the other; who goes first alternates.
    const times: Record<Kind, Times> = { ours: { wall: [], cpu: [] }, minisearch: { wall: [], cpu: [] } };
    for (let r = 0; r < rounds; r++) {
      for (const [kind, w] of r % 2
        ? ([
            ['minisearch', plain],
            ['ours', ours],
          ] as const)
        : ([
            ['ours', ours],
            ['minisearch', plain],
          ] as const)) {
        const t = await w.ask<Times>({ op: 'round' });
        times[kind].wall.push(...t.wall);
        times[kind].cpu.push(...t.cpu);
      }
    }
    const suggestTimes: Times = { wall: [], cpu: [] };
    for (let r = 0; r < rounds; r++) suggestTimes.wall.push(...(await ours.ask<Times>({ op: 'suggest' })).wall);
    const suggest = summary({ ...suggestTimes, cpu: suggestTimes.wall });
    const a = summary(times.ours);
    const b = summary(times.minisearch);
    return {
      articles: n,
      queries: queryCount * rounds,
      /** Each engine in a process of its own, taking turns round by round (see the file comment). */
      processes: 'one per engine',
      ours: {
        buildMs: Math.round(buildMs),
        buildCpuMs: Math.round(buildCpuMs),
        searchP50Ms: a.p50,
        searchP99Ms: a.p99,
        searchCpuP50Ms: a.cpuP50,
        searchCpuP99Ms: a.cpuP99,
        suggestP50Ms: suggest.p50,
        suggestP99Ms: suggest.p99,
        snapshotBytes: bytes,
        loadMs: Math.round(loadMs),
      },
      /** Loading the snapshot (what a cold start does) against building the baseline index. */
      loadOverBaselineBuild: ratio(loadMs, plainBuildMs),
      minisearchDefault: {
        buildMs: Math.round(plainBuildMs),
        buildCpuMs: Math.round(plainBuildCpuMs),
        searchP50Ms: b.p50,
        searchP99Ms: b.p99,
        searchCpuP50Ms: b.cpuP50,
        searchCpuP99Ms: b.cpuP99,
      },
      oursOverBaseline: {
        searchP50: ratio(a.p50, b.p50),
        searchP99: ratio(a.p99, b.p99),
        searchCpuP99: ratio(a.cpuP99, b.cpuP99),
        build: ratio(buildMs, plainBuildMs),
        buildCpu: ratio(buildCpuMs, plainBuildCpuMs),
      },
    };
  } finally {
    await Promise.allSettled([ours.ask({ op: 'exit' }).catch(() => {}), plain.ask({ op: 'exit' }).catch(() => {})]);
  }
}

/** Measures 1,000 and 10,000 articles; figures in milliseconds and bytes. */
export async function benchSearch(): Promise<Record<string, unknown>> {
  return { search1k: await benchSize(1000, 30), search10k: await benchSize(10000, 25) };
}

const at = process.argv.indexOf('--worker');
if (at >= 0 && import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  worker(process.argv[at + 1] as Kind, Number(process.argv[at + 2]));
} else if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(JSON.stringify(await benchSearch(), null, 2));
}
