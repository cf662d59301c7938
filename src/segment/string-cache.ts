/**
 * Internal: a bounded cache of short substrings, so `segment` hands out one shared string per
 * distinct word form (`của`, `cán bộ`) instead of allocating a fresh copy for every occurrence.
 * Strings are immutable, so sharing them is invisible to callers; it spares the allocator and the
 * garbage collector most of the work of building millions of words. Keys are the code units
 * themselves (FNV-1a hash, then an exact comparison), so a lookup allocates nothing.
 */

/** Most distinct forms remembered; the cache starts over when full. */
export const STRING_CACHE_LIMIT = 1 << 16;
/** Longer substrings are not cached (they rarely repeat). */
export const STRING_CACHE_MAX_LENGTH = 32;

export class StringCache {
  private readonly slots = new Int32Array(STRING_CACHE_LIMIT * 2).fill(-1);
  private readonly hashes = new Int32Array(STRING_CACHE_LIMIT);
  private strs: string[] = [];
  private count = 0;

  /** `text.slice(s, e)`, shared with earlier calls that saw the same code units. */
  slice(text: string, s: number, e: number): string {
    const len = e - s;
    if (len > STRING_CACHE_MAX_LENGTH) return text.slice(s, e);
    let h = 0x811c9dc5 | 0;
    for (let i = s; i < e; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    const slots = this.slots;
    const mask = slots.length - 1;
    let slot = (h ^ (h >>> 15)) & mask;
    for (;;) {
      const entry = slots[slot];
      if (entry < 0) break;
      if (this.hashes[entry] === h) {
        const str = this.strs[entry];
        if (str.length === len) {
          let i = 0;
          while (i < len && str.charCodeAt(i) === text.charCodeAt(s + i)) i++;
          if (i === len) return str;
        }
      }
      slot = (slot + 1) & mask;
    }
    const str = text.slice(s, e);
    if (this.count >= STRING_CACHE_LIMIT) {
      slots.fill(-1);
      this.strs = [];
      this.count = 0;
      slot = (h ^ (h >>> 15)) & mask;
    }
    const entry = this.count++;
    this.hashes[entry] = h;
    this.strs[entry] = str;
    slots[slot] = entry;
    return str;
  }
}
