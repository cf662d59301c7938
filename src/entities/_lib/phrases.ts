/**
 * Internal: multi-token phrase matching on a prepared document (keys compared token by token, so
 * stray spaces, NFD and either tone style match the same phrase).
 */
import { type Doc, prepare, T_NL } from './doc.js';

export interface PhraseEntry<P> {
  keys: string[];
  payload: P;
}

export type PhraseTable<P> = Map<string, PhraseEntry<P>[]>;

/** Token keys of a phrase (words, numbers and punctuation, spaces dropped). */
export function phraseKeys(phrase: string): string[] {
  const d = prepare(phrase);
  const out: string[] = [];
  for (let i = 0; i < d.n; i++) out.push(d.key(i));
  return out;
}

/** Builds a lookup table keyed by the first token; entries longest first. */
export function buildTable<P>(items: ReadonlyArray<readonly [string, P]>): PhraseTable<P> {
  const table: PhraseTable<P> = new Map();
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
  return table;
}

/** Longest entry matching at token `i`; returns it and the token index after it. */
export function matchAt<P>(doc: Doc, i: number, table: PhraseTable<P>): { entry: PhraseEntry<P>; end: number } | null {
  if (i >= doc.n) return null;
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
