/**
 * FAQ search benchmark: index build time and search latency (p50/p99) of our engine and of a
 * default MiniSearch index over the same synthetic articles, measured in the same run.
 * Run directly with `npx tsx bench/search.ts` (prints JSON) or call `benchSearch()`.
 */
import MiniSearch from 'minisearch';
import { pathToFileURL } from 'node:url';
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

function time(fn: (i: number) => void, rounds: number, queries: number): { p50: number; p99: number } {
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (let q = 0; q < queries; q++) {
      const t0 = performance.now();
      fn(q);
      times.push(performance.now() - t0);
    }
  }
  times.sort((a, b) => a - b);
  return { p50: ms(percentile(times, 0.5)), p99: ms(percentile(times, 0.99)) };
}

/**
 * Like `time` for several functions, run alternately on each query. Also in CPU time (the
 * process's, all threads): on a busy machine a wall-clock p99 mostly counts queries that waited
 * for a core, which says more about the other processes than about the engine.
 */
function interleaved(
  fns: Array<(i: number) => void>,
  rounds: number,
  queries: number,
): Array<{ p50: number; p99: number; cpuP50: number; cpuP99: number }> {
  const times = fns.map((): number[] => []);
  const cpu = fns.map((): number[] => []);
  for (let r = 0; r < rounds; r++) {
    for (let q = 0; q < queries; q++) {
      fns.forEach((fn, k) => {
        const c0 = process.cpuUsage();
        const t0 = performance.now();
        fn(q);
        times[k]!.push(performance.now() - t0);
        const c = process.cpuUsage(c0);
        cpu[k]!.push((c.user + c.system) / 1000);
      });
    }
  }
  return times.map((t, k) => {
    t.sort((a, b) => a - b);
    const c = cpu[k]!.sort((a, b) => a - b);
    return {
      p50: ms(percentile(t, 0.5)),
      p99: ms(percentile(t, 0.99)),
      cpuP50: ms(percentile(c, 0.5)),
      cpuP99: ms(percentile(c, 0.99)),
    };
  });
}
const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const BUILD_ROUNDS = 3;

async function benchSize(n: number, rounds: number): Promise<Record<string, unknown>> {
  const articles = syntheticArticles(n);
  const queries = (Object.entries(QUERIES) as [Locale, string[]][]).flatMap(([locale, qs]) =>
    qs.map((q) => ({ q, locale })),
  );

  // Builds take turns too (ours, then the baseline, three times); the medians are reported.
  const builds: { ours: number[]; plain: number[] } = { ours: [], plain: [] };
  let engine: ReturnType<typeof buildSearchEngine> | undefined;
  let plain: MiniSearch<SearchableArticle> | undefined;
  for (let round = 0; round < BUILD_ROUNDS; round++) {
    let t = performance.now();
    engine = buildSearchEngine(articles);
    builds.ours.push(performance.now() - t);
    t = performance.now();
    plain = new MiniSearch<SearchableArticle>({ fields: ['question', 'answer'], storeFields: ['slug'] });
    plain.addAll(articles);
    builds.plain.push(performance.now() - t);
  }
  const buildMs = median(builds.ours);
  const plainBuildMs = median(builds.plain);
  const snapshot = engine!.snapshot();
  const t0 = performance.now();
  const loaded = loadSearchEngine(snapshot);
  const loadMs = performance.now() - t0;

  const run = (i: number) => queries[i % queries.length]!;
  for (let i = 0; i < queries.length * 3; i++) loaded.search(run(i).q, { locale: run(i).locale }); // warm-up
  for (let i = 0; i < queries.length * 3; i++) plain!.search(run(i).q);
  // Ours and the baseline take turns query by query, so a busy machine slows both alike.
  const [ours, baseline] = interleaved(
    [
      (i) => {
        const { q, locale } = run(i);
        loaded.search(q, { locale });
      },
      (i) => {
        plain!.search(run(i).q);
      },
    ],
    rounds,
    queries.length,
  );
  const suggest = time(
    (i) => {
      const { q, locale } = run(i);
      loaded.suggest(q.slice(0, 8), { locale });
    },
    rounds,
    queries.length,
  );
  return {
    articles: n,
    queries: queries.length * rounds,
    ours: {
      buildMs: Math.round(buildMs),
      searchP50Ms: ours!.p50,
      searchP99Ms: ours!.p99,
      searchCpuP50Ms: ours!.cpuP50,
      searchCpuP99Ms: ours!.cpuP99,
      suggestP50Ms: suggest.p50,
      suggestP99Ms: suggest.p99,
      snapshotBytes: snapshot.length,
      loadMs: Math.round(loadMs),
    },
    /** Loading the snapshot (what a cold start does) against building the baseline index. */
    loadOverBaselineBuild: ratio(loadMs, plainBuildMs),
    minisearchDefault: {
      buildMs: Math.round(plainBuildMs),
      searchP50Ms: baseline!.p50,
      searchP99Ms: baseline!.p99,
      searchCpuP50Ms: baseline!.cpuP50,
      searchCpuP99Ms: baseline!.cpuP99,
    },
    oursOverBaseline: {
      searchP50: ratio(ours!.p50, baseline!.p50),
      searchP99: ratio(ours!.p99, baseline!.p99),
      searchCpuP99: ratio(ours!.cpuP99, baseline!.cpuP99),
      build: ratio(buildMs, plainBuildMs),
    },
  };
}

/** Measures 1,000 and 10,000 articles; figures in milliseconds and bytes. */
export async function benchSearch(): Promise<Record<string, unknown>> {
  return { search1k: await benchSize(1000, 30), search10k: await benchSize(10000, 25) };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(JSON.stringify(await benchSearch(), null, 2));
}
