import { h } from '../../lib/dom';
import { tr } from './i18n';
import { table } from './render';

/** One diff segment: kept (0), only in the old text (-1), only in the new text (1). */
export type Segment = [op: -1 | 0 | 1, text: string];

// Words, single Han characters (Chinese has no spaces), runs of spaces, single punctuation marks.
const TOKEN = /\p{Script=Han}|[\p{L}\p{N}_]+|\s+|[^\s\p{L}\p{N}_]/gu;
const MAX_CELLS = 2_000_000;

/**
 * Word-level diff (longest common subsequence after trimming the common ends).
 * @example diffWords('a b', 'a c') // [[0,'a '],[-1,'b'],[1,'c']]
 */
function diffWords(a: string, b: string): Segment[] {
  const x = a.match(TOKEN) ?? [];
  const y = b.match(TOKEN) ?? [];
  let start = 0;
  while (start < x.length && start < y.length && x[start] === y[start]) start++;
  let endX = x.length;
  let endY = y.length;
  while (endX > start && endY > start && x[endX - 1] === y[endY - 1]) {
    endX--;
    endY--;
  }
  const out: Segment[] = [];
  const push = (op: Segment[0], text: string) => {
    const last = out[out.length - 1];
    if (last && last[0] === op) last[1] += text;
    else if (text) out.push([op, text]);
  };
  push(0, x.slice(0, start).join(''));
  const mx = x.slice(start, endX);
  const my = y.slice(start, endY);
  const n = mx.length;
  const m = my.length;
  if (n * m > MAX_CELLS) {
    // Too big to align cheaply: show the changed middle as replaced.
    push(-1, mx.join(''));
    push(1, my.join(''));
  } else {
    // lcs[i][j] = length of the LCS of mx[i..] and my[j..], row-major in one typed array.
    const w = m + 1;
    const lcs = new Uint32Array((n + 1) * w);
    for (let i = n - 1; i >= 0; i--) {
      for (let j = m - 1; j >= 0; j--) {
        lcs[i * w + j] =
          mx[i] === my[j] ? lcs[(i + 1) * w + j + 1]! + 1 : Math.max(lcs[(i + 1) * w + j]!, lcs[i * w + j + 1]!);
      }
    }
    let i = 0;
    let j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && mx[i] === my[j]) {
        push(0, mx[i]!);
        i++;
        j++;
      } else if (j < m && (i === n || lcs[i * w + j + 1]! >= lcs[(i + 1) * w + j]!)) {
        push(1, my[j]!);
        j++;
      } else {
        push(-1, mx[i]!);
        i++;
      }
    }
  }
  push(0, x.slice(endX).join(''));
  return groupChanges(out);
}

/** Joins changes split only by spaces ("a b" -> "c d" reads as one change, not four). */
function groupChanges(segments: Segment[]): Segment[] {
  const out: Segment[] = [];
  let removed = '';
  let added = '';
  const flush = () => {
    if (removed) out.push([-1, removed]);
    if (added) out.push([1, added]);
    removed = added = '';
  };
  segments.forEach(([op, text], i) => {
    const between = op === 0 && !text.trim() && (removed || added) && i < segments.length - 1;
    if (op === -1 || between) removed += text;
    if (op === 1 || between) added += text;
    if (op === 0 && !between) {
      flush();
      out.push([0, text]);
    }
  });
  flush();
  return out;
}

/** Marks a change; the hidden words tell screen-reader users what `<del>`/`<ins>` mean. */
const mark = (tag: 'del' | 'ins', text: string) =>
  h(
    tag,
    {},
    h('span', { class: 'visually-hidden' }, ` ${tr(tag === 'del' ? 'admin.diff.removed' : 'admin.diff.added')} `),
    text,
  );

/** The old text with removals marked, and the new text with additions marked. */
function diffPair(a: string, b: string): [HTMLElement, HTMLElement] {
  const left = h('div', { class: 'diff-text' });
  const right = h('div', { class: 'diff-text' });
  for (const [op, text] of diffWords(a, b)) {
    if (op <= 0) left.append(op === 0 ? text : mark('del', text));
    if (op >= 0) right.append(op === 0 ? text : mark('ins', text));
  }
  return [left, right];
}

export interface FieldPair {
  label: string;
  a: string;
  b: string;
}

/**
 * A side-by-side comparison of the fields that differ, plus a line naming the unchanged ones.
 * @example compareFields('v2 vs v3', 'Version 2', 'Version 3', fields)
 */
export function compareFields(caption: string, headA: string, headB: string, fields: FieldPair[]): HTMLElement {
  const changed = fields.filter((f) => f.a !== f.b);
  const same = fields.filter((f) => f.a === f.b).map((f) => f.label);
  return h(
    'div',
    { class: 'diff' },
    changed.length
      ? table(
          caption,
          [tr('conflict.field'), headA, headB],
          changed.map((f) => [f.label, ...diffPair(f.a, f.b)]),
        )
      : h('p', {}, tr('admin.diff.same')),
    same.length && changed.length
      ? h('p', { class: 'hint' }, tr('admin.diff.unchanged', { fields: same.join(', ') }))
      : null,
  );
}
