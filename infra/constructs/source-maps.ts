/**
 * Source maps that cover the portal's own code only. With `--enable-source-maps`, Node reads and
 * parses a bundle's map when it loads the bundle: a map of the AWS SDK, zod and hono costs a cold
 * start several milliseconds and maps frames nobody debugs. Our frames keep their TypeScript
 * positions; frames in dependencies show the minified ones.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = new Map([...BASE64].map((c, i) => [c, i]));

/** Decodes one segment's base64 VLQ fields. */
function decodeSegment(text: string): number[] {
  const fields: number[] = [];
  let value = 0;
  let shift = 0;
  for (const c of text) {
    const digit = DIGIT.get(c);
    if (digit === undefined) throw new Error(`bad source map character ${c}`);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
      continue;
    }
    fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
    value = 0;
    shift = 0;
  }
  return fields;
}

function encodeValue(n: number): string {
  let v = n < 0 ? (-n << 1) | 1 : n << 1;
  let out = '';
  do {
    let digit = v & 31;
    v >>>= 5;
    if (v > 0) digit |= 32;
    out += BASE64[digit];
  } while (v > 0);
  return out;
}

interface SourceMapJson {
  version: 3;
  sources: string[];
  names: string[];
  mappings: string;
  sourcesContent?: (string | null)[];
  [key: string]: unknown;
}

/**
 * Keeps the mappings whose source passes `keep`, with the sources and names they use renumbered.
 * Returns the new map, or undefined when nothing is left.
 */
export function filterSourceMap(map: SourceMapJson, keep: (source: string) => boolean): SourceMapJson | undefined {
  const sourceIndex = new Map<number, number>();
  const nameIndex = new Map<number, number>();
  const sources: string[] = [];
  const names: string[] = [];
  const contents: (string | null)[] = [];
  // Absolute values as decoded, and the previous values as written (VLQ fields are deltas).
  let src = 0;
  let line = 0;
  let col = 0;
  let name = 0;
  let outSrc = 0;
  let outLine = 0;
  let outCol = 0;
  let outName = 0;
  let kept = 0;
  const lines = map.mappings.split(';').map((group) => {
    let genCol = 0;
    let outGenCol = 0;
    let mapped = false;
    const segments: string[] = [];
    // A dropped run starts with an unmapped segment, so its code maps to nothing rather than to
    // the kept code before it.
    const unmapped = () => {
      if (!mapped) return;
      segments.push(encodeValue(genCol - outGenCol));
      outGenCol = genCol;
      mapped = false;
    };
    for (const text of group ? group.split(',') : []) {
      const f = decodeSegment(text);
      genCol += f[0] ?? 0;
      if (f.length < 4) {
        unmapped();
        continue;
      }
      src += f[1]!;
      line += f[2]!;
      col += f[3]!;
      if (f.length >= 5) name += f[4]!;
      const source = map.sources[src] ?? '';
      if (!keep(source)) {
        unmapped();
        continue;
      }
      let s = sourceIndex.get(src);
      if (s === undefined) {
        s = sources.push(source) - 1;
        contents.push(map.sourcesContent?.[src] ?? null);
        sourceIndex.set(src, s);
      }
      let out = encodeValue(genCol - outGenCol) + encodeValue(s - outSrc) + encodeValue(line - outLine);
      out += encodeValue(col - outCol);
      if (f.length >= 5) {
        let n = nameIndex.get(name);
        if (n === undefined) {
          n = names.push(map.names[name] ?? '') - 1;
          nameIndex.set(name, n);
        }
        out += encodeValue(n - outName);
        outName = n;
      }
      outGenCol = genCol;
      outSrc = s;
      outLine = line;
      outCol = col;
      segments.push(out);
      mapped = true;
      kept++;
    }
    return segments.join(',');
  });
  if (kept === 0) return undefined;
  const { sourcesContent, ...rest } = map;
  return {
    ...rest,
    sources,
    names,
    mappings: lines.join(';'),
    ...(sourcesContent ? { sourcesContent: contents } : {}),
  };
}

/** Whether a source path is the portal's own code rather than a dependency. */
export const isOwnSource = (source: string) => !/(^|[\\/])node_modules[\\/]/.test(source);

/**
 * Rewrites the map of one output file to the portal's own code; a file with none of it loses its
 * map and its `sourceMappingURL`, so Node never reads a map for it.
 */
export function trimSourceMap(jsFile: string): void {
  const mapFile = `${jsFile}.map`;
  const map = JSON.parse(readFileSync(mapFile, 'utf8')) as SourceMapJson;
  const trimmed = filterSourceMap(map, isOwnSource);
  if (trimmed) {
    writeFileSync(mapFile, JSON.stringify(trimmed));
    return;
  }
  rmSync(mapFile);
  const js = readFileSync(jsFile, 'utf8');
  writeFileSync(jsFile, js.replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n'));
}
