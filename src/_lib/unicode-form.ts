/**
 * Internal: NFC / NFD in linear time on any input.
 *
 * The platform's `String.prototype.normalize` (ICU) puts combining marks in canonical order with
 * an insertion sort, so one long run of marks of different combining classes (`a` followed by
 * 100 000 × U+0301 U+0323) takes quadratic time: 80 000 marks cost about 2 s, 800 000 several
 * minutes. Real text never has more than a few marks on a letter (Unicode's stream-safe format
 * caps runs at 30), so `toNFC` / `toNFD` check for runs of 128 or more marks and, only when there
 * is one, put those runs in canonical order themselves (a stable bucket sort by combining class)
 * before the platform call, which is then linear. The check reads one code unit in 64 (any run of
 * 128 units covers one of them), so ordinary text pays next to nothing; shorter runs cost the
 * platform at most 128 steps a mark. Results equal the platform's: the reordered text is
 * canonically equivalent to the input.
 */

/** Runs of at least this many marks are reordered here before the platform call. */
const LONG_RUN = 128;
/** Sampling stride of the check; a run of LONG_RUN units always covers a sampled unit. */
const STRIDE = LONG_RUN / 2;

const MARK = /^\p{M}$/u;
let maybeMark: Uint8Array | undefined;

/** Per BMP code unit: 1 a combining mark (\p{M}), 2 a surrogate (may start or end an astral mark). */
function markTable(): Uint8Array {
  if (maybeMark) return maybeMark;
  const t = new Uint8Array(0x10000);
  for (let c = 0x300; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) t[c] = 2;
    else if (MARK.test(String.fromCharCode(c))) t[c] = 1;
  }
  maybeMark = t;
  return t;
}

/** True when the code point at `i` (a BMP unit or a surrogate pair) is a combining mark. */
function markAt(s: string, i: number, t: Uint8Array): boolean {
  const f = t[s.charCodeAt(i)];
  if (f !== 2) return f === 1;
  const cp = s.codePointAt(i)!;
  return cp > 0xffff && MARK.test(String.fromCodePoint(cp));
}

/** Width in code units of the code point that ends at `i` (exclusive). */
function widthBefore(s: string, i: number): number {
  const lo = s.charCodeAt(i - 1);
  if (lo >= 0xdc00 && lo <= 0xdfff && i >= 2) {
    const hi = s.charCodeAt(i - 2);
    if (hi >= 0xd800 && hi <= 0xdbff) return 2;
  }
  return 1;
}

/**
 * Maximal runs of combining marks with at least LONG_RUN code points, as [start, end) pairs, in
 * order. Linear: each run is walked once, the rest of the text is only sampled.
 */
export function longMarkRuns(s: string): number[] {
  const runs: number[] = [];
  const n = s.length;
  if (n < LONG_RUN) return runs;
  const t = markTable();
  let i = STRIDE - 1;
  let done = 0; // text before this offset has been walked
  while (i < n) {
    if (t[s.charCodeAt(i)] === 0) {
      i += STRIDE;
      continue;
    }
    // Step back to the start of the code point at i, then walk the run both ways.
    let a = i;
    if (a > 0 && widthBefore(s, a + 1) === 2) a--;
    if (!markAt(s, a, t)) {
      i += STRIDE;
      continue;
    }
    while (a > done) {
      const w = widthBefore(s, a);
      if (!markAt(s, a - w, t)) break;
      a -= w;
    }
    let b = a + (s.codePointAt(a)! > 0xffff ? 2 : 1);
    let count = 1;
    while (b < n && markAt(s, b, t)) {
      b += s.codePointAt(b)! > 0xffff ? 2 : 1;
      count++;
    }
    if (count >= LONG_RUN) runs.push(a, b);
    done = b;
    i = b + STRIDE - 1;
  }
  return runs;
}

const reorders = (x: string, y: string): boolean => (x + y).normalize('NFD') !== x + y;

/** True for a code point of canonical combining class 0 (never reordered). */
function isStarter(x: string): boolean {
  for (const p of ['\u0301', '\u0323']) if (reorders(x, p) || reorders(p, x)) return false;
  return true;
}

/**
 * The run in canonical order: each code point decomposed, then a stable sort by combining class
 * between starters. Classes are ranked by asking the platform to order pairs of distinct marks
 * (at most a few thousand), so no Unicode table ships here.
 */
function canonicalOrder(run: string): string {
  const cps: string[] = [];
  for (const ch of run) for (const d of ch.normalize('NFD')) cps.push(d);
  const distinct = [...new Set(cps)];
  const rank = new Map<string, number>();
  const movable = distinct.filter((x) => {
    if (isStarter(x)) {
      rank.set(x, -1);
      return false;
    }
    return true;
  });
  movable.sort((x, y) => (reorders(x, y) ? 1 : reorders(y, x) ? -1 : 0));
  let r = 0;
  for (let k = 0; k < movable.length; k++) {
    // Sorted by class: a new class starts where a mark goes after the one before it.
    if (k > 0 && reorders(movable[k]!, movable[k - 1]!)) r++;
    rank.set(movable[k]!, r);
  }
  const buckets: string[][] = Array.from({ length: r + 1 }, () => []);
  let out = '';
  const flush = (): void => {
    for (const bucket of buckets) {
      if (bucket.length > 0) out += bucket.join('');
      bucket.length = 0;
    }
  };
  for (const x of cps) {
    const k = rank.get(x)!;
    if (k < 0) {
      flush();
      out += x;
    } else {
      buckets[k]!.push(x);
    }
  }
  flush();
  return out;
}

/** `s` with every long run of marks put in canonical order (canonically equivalent to `s`). */
function withOrderedRuns(s: string, runs: number[]): string {
  let out = '';
  let pending = 0;
  for (let k = 0; k < runs.length; k += 2) {
    out += s.slice(pending, runs[k]) + canonicalOrder(s.slice(runs[k], runs[k + 1]));
    pending = runs[k + 1]!;
  }
  return out + s.slice(pending);
}

/** `s.normalize('NFC')`, linear on any input. */
export function toNFC(s: string): string {
  const runs = longMarkRuns(s);
  return (runs.length === 0 ? s : withOrderedRuns(s, runs)).normalize('NFC');
}

/** `s.normalize('NFD')`, linear on any input. */
export function toNFD(s: string): string {
  const runs = longMarkRuns(s);
  return (runs.length === 0 ? s : withOrderedRuns(s, runs)).normalize('NFD');
}
