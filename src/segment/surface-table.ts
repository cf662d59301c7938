/**
 * Internal: the runtime's interner of syllable surface forms (the hot-path twin of engine.ts
 * `Interner`, which training keeps using; the values are the same: tests/segment/engine.test.ts).
 * A surface form's code units are hashed in place and looked up in a small open-addressing table
 * that grows with the number of distinct forms (so the common case stays in cache), with the
 * keys' code units in one Uint16Array pool: a known form costs no allocation. Each entry can also
 * hold the form as a string, so `segment` hands out one shared string per distinct syllable.
 * Bounded: at most INTERN_CACHE_LIMIT forms and 1M pooled code units, then it starts over.
 */
import { INTERN_CACHE_LIMIT, newPunctTable, packWord, punctIdAt } from './engine.js';

/** Forms longer than this are looked up without being remembered. */
const MAX_CACHED_LENGTH = 64;
const MAX_POOL = 1 << 20;

export class SurfaceTable {
  /** Entry of the form looked up by the last `wordAt`, or -1 if it was not remembered. */
  last = -1;
  /** Incremented whenever the table starts over (entries from before are then invalid). */
  generation = 0;
  private tab = new Int32Array(1 << 13); // pairs: hash, entry + 1 (0 = empty)
  private mask = (1 << 12) - 1;
  private eOff = new Uint32Array(1 << 11);
  private eLen = new Uint8Array(1 << 11);
  private eVal = new Int32Array(1 << 11);
  private strs: (string | undefined)[] = [];
  private count = 0;
  private pool = new Uint16Array(1 << 14);
  private poolUsed = 0;
  private punct1: Int32Array | null = null;

  constructor(
    private readonly vocab: Map<string, number>,
    private readonly keyOf: (s: string) => string,
    private readonly extra: Map<string, number> | null,
  ) {}

  /** Slow path: `(keyId << 3) | shape` of a surface form (engine.ts `packWord`). */
  private word(surface: string): number {
    return packWord(surface, this.vocab, this.keyOf, this.extra);
  }

  /** The packed value of `text.slice(s, e)`; sets `last`. */
  wordAt(text: string, s: number, e: number): number {
    let h = 0x811c9dc5 | 0;
    for (let i = s; i < e; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    const len = e - s;
    const tab = this.tab;
    const mask = this.mask;
    let slot = (h ^ (h >>> 15)) & mask;
    for (;;) {
      const ref = tab[slot * 2 + 1];
      if (ref === 0) break;
      if (tab[slot * 2] === h) {
        const entry = ref - 1;
        if (this.eLen[entry] === len) {
          const pool = this.pool;
          const off = this.eOff[entry];
          let i = 0;
          while (i < len && pool[off + i] === text.charCodeAt(s + i)) i++;
          if (i === len) {
            this.last = entry;
            return this.eVal[entry];
          }
        }
      }
      slot = (slot + 1) & mask;
    }
    const value = this.word(text.slice(s, e));
    this.last = len <= MAX_CACHED_LENGTH ? this.insert(text, s, len, h, value) : -1;
    return value;
  }

  /** Remembers a form; returns its entry. */
  private insert(text: string, s: number, len: number, h: number, value: number): number {
    if (this.count >= INTERN_CACHE_LIMIT || this.poolUsed + len > MAX_POOL) this.clear();
    if (this.poolUsed + len > this.pool.length) {
      const next = new Uint16Array(this.pool.length * 2);
      next.set(this.pool.subarray(0, this.poolUsed));
      this.pool = next;
    }
    if (this.count === this.eVal.length) {
      const size = this.count * 2;
      const off = new Uint32Array(size);
      off.set(this.eOff);
      this.eOff = off;
      const lens = new Uint8Array(size);
      lens.set(this.eLen);
      this.eLen = lens;
      const vals = new Int32Array(size);
      vals.set(this.eVal);
      this.eVal = vals;
    }
    if ((this.count + 1) * 2 > this.mask + 1) this.growTable();
    const entry = this.count++;
    const off = this.poolUsed;
    for (let i = 0; i < len; i++) this.pool[off + i] = text.charCodeAt(s + i);
    this.poolUsed += len;
    this.eOff[entry] = off;
    this.eLen[entry] = len;
    this.eVal[entry] = value;
    this.strs.push(undefined); // kept dense: strs.length === count
    this.place(h, entry);
    return entry;
  }

  private place(h: number, entry: number): void {
    const tab = this.tab;
    let slot = (h ^ (h >>> 15)) & this.mask;
    while (tab[slot * 2 + 1] !== 0) slot = (slot + 1) & this.mask;
    tab[slot * 2] = h;
    tab[slot * 2 + 1] = entry + 1;
  }

  private growTable(): void {
    const old = this.tab;
    this.tab = new Int32Array(old.length * 2);
    this.mask = old.length - 1; // slots double: (old.length / 2) * 2 - 1
    for (let i = 0; i < old.length; i += 2) if (old[i + 1] !== 0) this.place(old[i], old[i + 1] - 1);
  }

  private clear(): void {
    this.tab.fill(0);
    this.strs = [];
    this.count = 0;
    this.poolUsed = 0;
    this.generation++;
  }

  /** The form of `entry` as a string (`text.slice(s, e)` is that form), made once per entry. */
  surface(entry: number, text: string, s: number, e: number): string {
    let str = this.strs[entry];
    if (str === undefined) this.strs[entry] = str = text.slice(s, e);
    return str;
  }

  /** The id of a punctuation token `text.slice(s, e)` (engine.ts `punctIdAt`). */
  punctAt(text: string, s: number, e: number): number {
    return punctIdAt(this.vocab, (this.punct1 ??= newPunctTable()), text, s, e);
  }
}
