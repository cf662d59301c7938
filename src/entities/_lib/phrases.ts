/**
 * Internal: multi-token phrase matching on a prepared document (keys compared token by token, so
 * stray spaces, NFD and either tone style match the same phrase).
 */
import { type Doc, prepare, T_NL } from './doc.js';

export interface PhraseEntry<P> {
  keys: string[];
  payload: P;
}

/** Entries by first token key; `bit` is the table's bit in the shared first-key mask (0: none). */
export interface PhraseTable<P> extends Map<string, PhraseEntry<P>[]> {
  bit: number;
}

// Every table's first keys in one map (key → bitmask of tables), so a token that starts no phrase
// of a table is rejected by one typed-array read instead of a Map lookup per table.
const FIRST_KEYS = new Map<string, number>();
const COMPUTED = 1 << 30;
let nextBit = 0;
let version = 1;

/** First-key mask of token `i` (tables whose entries may start there), cached on the document. */
function firstMask(doc: Doc, i: number): number {
  if (doc.fkVer !== version) {
    doc.fk.fill(0);
    doc.fkVer = version;
  }
  let m = doc.fk[i];
  if (m === 0) {
    m = (FIRST_KEYS.get(doc.key(i)) ?? 0) | COMPUTED;
    doc.fk[i] = m;
  }
  return m;
}

/** Token keys of a phrase (words, numbers and punctuation, spaces dropped). */
export function phraseKeys(phrase: string): string[] {
  const d = prepare(phrase);
  const out: string[] = [];
  for (let i = 0; i < d.n; i++) out.push(d.key(i));
  return out;
}

/** Builds a lookup table keyed by the first token; entries longest first. */
export function buildTable<P>(items: ReadonlyArray<readonly [string, P]>): PhraseTable<P> {
  const table = new Map() as PhraseTable<P>;
  table.bit = nextBit < 30 ? 1 << nextBit++ : 0;
  for (const [phrase, payload] of items) {
    const keys = phraseKeys(phrase);
    if (keys.length === 0) continue;
    let list = table.get(keys[0]);
    if (!list) {
      list = [];
      table.set(keys[0], list);
    }
    list.push({ keys, payload });
  }
  for (const list of table.values()) list.sort((a, b) => b.keys.length - a.keys.length);
  if (table.bit !== 0) {
    for (const k of table.keys()) FIRST_KEYS.set(k, (FIRST_KEYS.get(k) ?? 0) | table.bit);
    version++;
  }
  return table;
}

/** Longest entry matching at token `i`; returns it and the token index after it. */
export function matchAt<P>(doc: Doc, i: number, table: PhraseTable<P>): { entry: PhraseEntry<P>; end: number } | null {
  if (i >= doc.n) return null;
  if (table.bit !== 0 && (firstMask(doc, i) & table.bit) === 0) return null;
  const list = table.get(doc.key(i));
  if (!list) return null;
  outer: for (const entry of list) {
    const len = entry.keys.length;
    if (i + len > doc.n) continue;
    for (let j = 1; j < len; j++) {
      if (doc.tt[i + j] === T_NL || doc.key(i + j) !== entry.keys[j]) continue outer;
    }
    return { entry, end: i + len };
  }
  return null;
}

/** Every entry matching at token `i`, longest first. */
export function matchAllAt<P>(doc: Doc, i: number, table: PhraseTable<P>): { entry: PhraseEntry<P>; end: number }[] {
  const out: { entry: PhraseEntry<P>; end: number }[] = [];
  if (i >= doc.n) return out;
  if (table.bit !== 0 && (firstMask(doc, i) & table.bit) === 0) return out;
  const list = table.get(doc.key(i));
  if (!list) return out;
  outer: for (const entry of list) {
    const len = entry.keys.length;
    if (i + len > doc.n) continue;
    for (let j = 1; j < len; j++) {
      if (doc.tt[i + j] === T_NL || doc.key(i + j) !== entry.keys[j]) continue outer;
    }
    out.push({ entry, end: i + len });
  }
  return out;
}
