import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Interner, Work, decodeGaps, fillTokens, joinHyphenated, joinInitials, matchLexicon } from '../../src/segment/engine.js';
import { IdRows, decodeFast } from '../../src/segment/fast-decode.js';
import { Prepared, joinMarks, prepareTokens } from '../../src/segment/fast-prepare.js';
import { SurfaceTable } from '../../src/segment/surface-table.js';
import { loadModel } from '../../src/segment/model.js';
import { createScanBuffer, preTokenize } from '../../src/segment/pre-tokenize.js';
import { syllableKey } from '../../src/segment/syllable-key.js';

const corpusDir = resolve(__dirname, '../../corpus');
const corpusText = (): string =>
  readdirSync(corpusDir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(join(corpusDir, f), 'utf8'))
    .join('\n');
const DEV = resolve(__dirname, '../../../shared/data/ud-vtb/dev.gold.txt');
const devText = (): string => readFileSync(DEV, 'utf8').replaceAll('_', ' ');

/** Decisions of the reference (hashed features), the table decoder and the fast decoder. */
/** The reference pipeline up to the decisions (hashed features): scan, ids, lexicon, decode. */
function referenceDecode(text: string) {
  const model = loadModel();
  const buf = createScanBuffer();
  const w = new Work();
  preTokenize(text, buf);
  const n = buf.count;
  fillTokens(text, buf.data, n, w, new Interner(model.vocab, syllableKey, null), model.vocabEnd);
  matchLexicon(w, n, model.lexicon);
  decodeGaps(w, n, model.weights);
  return { model, buf, w, n };
}

function decide(text: string): { n: number; reference: Uint8Array; tables: Uint8Array; fast: Uint8Array } {
  const { model, w, n } = referenceDecode(text);
  const reference = w.join.slice(0, n);
  decodeGaps(w, n, model.weights, model.tables);
  const tables = w.join.slice(0, n);
  w.join.fill(7);
  // A fresh IdRows, so rows are built during this very decode (the lazy path is exercised).
  decodeFast(w, n, model.weights, model.tables, new IdRows(model.weights, model.tables, model.vocabEnd));
  const fast = w.join.slice(0, n);
  return { n, reference, tables, fast };
}

describe('segment engine', () => {
  it('the table-driven and fast decoders make exactly the decisions of the hashed reference features (corpus)', () => {
    const { n, reference, tables, fast } = decide(corpusText());
    expect(n).toBeGreaterThan(10_000);
    expect(tables).toEqual(reference);
    expect(fast).toEqual(reference);
    expect(reference.reduce((a, b) => a + b, 0)).toBeGreaterThan(1000);
  });

  it.skipIf(!existsSync(DEV))('the fast decoder makes exactly the reference decisions on UD VTB dev, and in ALL CAPS', () => {
    for (const text of [devText(), devText().toUpperCase()]) {
      const { n, reference, fast } = decide(text);
      expect(n).toBeGreaterThan(10_000);
      expect(fast).toEqual(reference);
    }
  });
});

/** Every array the reference pipeline (preTokenize, fillTokens, prepareGaps, matchLexicon, decodeGaps, joins) produces. */
function referencePipeline(text: string) {
  const { buf, w, n } = referenceDecode(text);
  joinInitials(text, buf.data, n, w);
  joinHyphenated(text, buf.data, n, w);
  return { data: buf.data.slice(0, n * 3), id: w.id.slice(0, n), kid: w.kid.slice(0, n), shape: w.shape.slice(0, n), brk: w.brk.slice(0, n), join: w.join.slice(0, n) };
}

/** The same arrays from the runtime's fused pipeline (prepareTokens, matchLexicon, decodeFast, joinMarks). */
function fastPipeline(text: string) {
  const model = loadModel();
  const p = new Prepared();
  const w = new Work();
  prepareTokens(text, p, w, new SurfaceTable(model.vocab, syllableKey, null), model.vocabEnd);
  const n = p.count;
  matchLexicon(w, n, model.lexicon);
  decodeFast(w, n, model.weights, model.tables, model.rows);
  joinMarks(text, p, w);
  return { data: p.data.slice(0, n * 3), id: w.id.slice(0, n), kid: w.kid.slice(0, n), shape: w.shape.slice(0, n), brk: w.brk.slice(0, n), join: w.join.slice(0, n) };
}

describe('segment runtime pipeline', () => {
  const HEADLINES = [
    'BÍ THƯ QUẬN ỦY THĂM HỎI CÁN BỘ\nỦy Ban Nhân Dân Quận Mười Tổ Chức Hội Nghị Tổng Kết\nông H. nói với TP. HCM',
    'Ông Nguyễn Văn A. Trần và bà Wai-kru ở Mát-xcơ-va; A-đam - x-\nTP.HCM UBND HĐND -a- .b. t. tp. Tp. X.',
    'ĐỘI NGŨ\nCÁN BỘ TRẺ, UBND\r\nQUẬN 10\u2028Đặng Quốc Toàn Lê Minh Xuân Phan Văn Khải Nguyễn Thị Bình',
  ];
  it.each(HEADLINES)('makes the reference decisions, flags, ids and shapes: %s', (text) => {
    expect(fastPipeline(text)).toEqual(referencePipeline(text));
  });

  it('makes the reference decisions on the whole corpus', () => {
    expect(fastPipeline(corpusText())).toEqual(referencePipeline(corpusText()));
  });

  it.skipIf(!existsSync(DEV))('makes the reference decisions on UD VTB dev, in ALL CAPS and in Title Case', () => {
    const dev = devText();
    const title = dev.replace(/(^|\s)(\p{Ll})/gu, (_, a: string, b: string) => a + b.toUpperCase());
    for (const text of [dev, dev.toUpperCase(), title]) expect(fastPipeline(text)).toEqual(referencePipeline(text));
  });

  it('makes the reference decisions on random text (property)', () => {
    const piece = fc.constantFrom('cán', 'bộ', 'CÁN', 'BỘ', 'Quận', 'ủy', 'H', '.', '-', 'TP', 'tp', 'UBND', '10', '18/6', ',', 'Đặng', 'Quốc', 'Toàn', 'x', 'hoà', 'HÒA', 'ngũ', 'đội');
    const sep = fc.constantFrom(' ', ' ', ' ', '', '\n', '  ', '\u00a0');
    const text = fc.array(fc.tuple(piece, sep), { maxLength: 40 }).map((xs) => xs.map(([a, b]) => a + b).join(''));
    fc.assert(fc.property(fc.oneof(text, fc.string({ unit: 'grapheme' })), (s) => {
      expect(fastPipeline(s)).toEqual(referencePipeline(s));
    }), { numRuns: 500 });
  });
});
