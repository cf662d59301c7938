/**
 * Token type names, indexed by the type code that {@link tokenOffsets} writes in every third slot.
 *
 * - `word`: a Vietnamese syllable (precomposed, decomposed or mixed) or a foreign word, with any
 *   combining marks it carries (`duyệt`, `Covid`, `H5N1`).
 * - `number`: `1.234.567`, `95,5`, `-3`, `3.14`.
 * - `percent`: a number followed by `%`, directly or after one space, no-break space or narrow
 *   no-break space (`95,5%`, `100%`, `12,5 %`).
 * - `date`: `18/6`, `18/6/2020`, `18-6-2020`, `18.6.2020`, `6/2021`, `quý III/2021`'s `III/2021`;
 *   day and month are checked (`14/14` and `31/2` are not dates).
 * - `abbr`: capitalised non-syllables and dotted chains: `UBND`, `HĐND`, `TP.HCM`, `PGS.TS`, `Th.S`,
 *   `v.v.`, `N.V.A.`, `đ/c`.
 * - `url`, `email`.
 * - `punct`: one punctuation mark (a run of `.` is one token: `...`).
 * - `symbol`: anything else (`%` or `@` alone, `&`, `+`, emoji sequences, lone surrogates, stray
 *   combining marks after whitespace).
 * - `code`: an identifier of alphanumeric parts joined by `-` or `/` that holds both a digit and a
 *   capital letter: document numbers (`05-CT/TW`, `30/2020/NĐ-CP`), `COVID-19`.
 * - `space`: a run of whitespace; only `tokenize(text, { whitespace: true })` emits it.
 *
 * @example
 * ```ts
 * const o = tokenOffsets('18/6');
 * TOKEN_TYPES[o[2]]; // 'date'
 * ```
 */
// Frozen: tokenize and segment read their type names from this array, so a caller writing to it
// (`TOKEN_TYPES[0] = 'x'`, possible from JavaScript) would change every later result.
export const TOKEN_TYPES = Object.freeze([
  'word',
  'number',
  'percent',
  'date',
  'abbr',
  'url',
  'email',
  'punct',
  'symbol',
  'code',
  'space',
] as const);

/** One of {@link TOKEN_TYPES}. */
export type TokenType = (typeof TOKEN_TYPES)[number];

/** A token: `text === input.slice(start, end)`, UTF-16 offsets into the caller's string. */
export interface Token {
  text: string;
  start: number;
  end: number;
  type: TokenType;
}
