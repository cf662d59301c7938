/**
 * One benchmark row. Every `bench/*.bench.ts` exports `export const cases: BenchCase[]`;
 * `bench/run.ts` imports them all and times each `run` on the input named by `input`.
 */
export interface BenchCase {
  /** Table group, e.g. `tokenize`, `normalize`. */
  group: string;
  /** Row name. */
  name: string;
  /**
   * The work to time. Return something derived from the result (a count, the array) so that the
   * engine cannot drop the call; if `unit` is set, a number is read as that many units and an
   * array (or typed array, see `unitsPerItem`) by its length.
   */
  run: (input: string) => unknown;
  /**
   * `'corpus'` (default): the corpus joined and repeated to ≥ 10 MB as one string;
   * `'corpus-nfd'`: the same string in NFD; `'corpus-articles'`: `run` is called once per article
   * over a repetition of the corpus articles of the same total size.
   */
  input?: 'corpus' | 'corpus-nfd' | 'corpus-articles';
  /** Optional: what `run`'s result counts (`tokens`, `words`, `sentences`), for a `<unit>/s` column. */
  unit?: string;
  /** Optional: entries per unit in an array result (3 for `tokenOffsets`' triples). Default 1. */
  unitsPerItem?: number;
}
