// The gold corpus (corpus/*.gold.json, written by hand before the summariser ran): parseArticle
// must reproduce every structure field, and the summariser must not fall below LEAD-3 on ROUGE-L,
// neither in-sample on corpus/ nor cross-validated over corpus/ + corpus/holdout/ (the weights of
// each fold chosen without the held-out article; see src/summarize/_lib/cross-validate.ts).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rouge } from '../../src/_lib/rouge.js';
import { parseArticle, summarize } from '../../src/summarize/index.js';
import { articleTexts } from '../../scripts/fill-gold-offsets.js';
import { extractEntities } from '../../src/entities/index.js';
import { parseStructure } from '../../src/summarize/_lib/structure.js';
import { bodySentences, countPerSentence, rankInputs } from '../../src/summarize/_lib/pipeline.js';
import { DEFAULT_WEIGHTS, sentenceFeatures } from '../../src/summarize/_lib/rank.js';
import { crossValidate, trainTest, type CvArticle } from '../../src/summarize/_lib/cross-validate.js';

const dir = new URL('../../corpus/', import.meta.url);
const golds = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.gold.json')).sort() : [];

interface Gold {
  encoding?: string;
  article: Record<string, unknown>;
  summary: string[];
}

const holdoutDir = new URL('holdout/', dir);
const holdoutGolds = existsSync(holdoutDir) ? readdirSync(holdoutDir).filter((f) => f.endsWith('.gold.json')).sort() : [];

async function load(file: string, from: URL = dir): Promise<{ text: string; gold: Gold } | null> {
  const gold = JSON.parse(readFileSync(new URL(file, from), 'utf8')) as Gold;
  const txt = new URL(file.replace(/\.gold\.json$/, '.txt'), from);
  if (!existsSync(txt)) return null;
  const enc = gold.encoding ?? 'utf8';
  if (enc === 'utf8') return { text: readFileSync(txt, 'utf8'), gold };
  const mod: Record<string, unknown> = await import('../../src/normalize/index.js');
  const decode = mod['decodeLegacy'];
  if (typeof decode !== 'function') return null;
  return { text: (decode as (t: string, e: string) => string)(readFileSync(txt, 'latin1'), enc), gold };
}

describe.skipIf(golds.length === 0)('corpus gold', () => {
  it.each(golds)('parseArticle matches the gold structure of %s', async (file) => {
    const item = await load(file);
    if (!item) return;
    const { text, gold } = item;
    const a = parseArticle(text);
    expect(articleTexts(a)).toEqual(gold.article);
  });

  it.each(golds)('parseArticle and summarize do not depend on the form of %s (NFC/NFD, CRLF, indentation)', async (file) => {
    const item = await load(file);
    if (!item) return;
    const shape = (t: string) => {
      const a = parseArticle(t);
      const key = (s: { text: string } | null) => (s ? s.text.normalize('NFC').replace(/\s+/g, ' ') : null);
      return {
        title: key(a.title),
        dateline: a.dateline?.value ?? null,
        source: key(a.source),
        lead: key(a.lead),
        author: key(a.author),
        captions: a.captions.map(key),
        boilerplate: a.boilerplate.map(key),
        paragraphs: a.paragraphs.map(key),
        summary: summarize(t).sentences.map((s) => s.index),
      };
    };
    const base = shape(item.text);
    expect(shape(item.text.normalize('NFD'))).toEqual(base);
    expect(shape(item.text.normalize('NFC'))).toEqual(base);
    expect(shape(item.text.replace(/\r?\n/g, '\r\n'))).toEqual(base);
    expect(shape(item.text.replace(/\r?\n/g, '\n   '))).toEqual(base);
    expect(shape(item.text.replace(/(\r?\n)+/g, '\n'))).toEqual(base);
  });

  it('the summariser scores at least LEAD-3 on mean ROUGE-L', async () => {
    let ours = 0;
    let lead3 = 0;
    let n = 0;
    for (const file of golds) {
      const item = await load(file);
      if (!item || !item.gold.summary?.length) continue;
      const ref = item.gold.summary.join(' ');
      ours += rouge(summarize(item.text).sentences.map((s) => s.text).join(' '), ref).rougeL.f;
      lead3 += rouge(summarize(item.text, { method: 'lead' }).sentences.map((s) => s.text).join(' '), ref).rougeL.f;
      n++;
    }
    expect(n).toBeGreaterThan(0);
    expect(ours / n).toBeGreaterThanOrEqual(lead3 / n);
  });
});

/** One gold article as the cross-validation sees it, plus its LEAD-3 ROUGE-L. */
async function cvArticle(file: string, from: URL): Promise<{ article: CvArticle; lead3: number } | null> {
  const item = await load(file, from);
  if (!item || !item.gold.summary?.length) return null;
  const { text, gold } = item;
  const structure = parseStructure(text);
  const sentences = bodySentences(text, structure);
  const { inputs, titleKeys } = rankInputs(text, structure, sentences, countPerSentence(sentences, extractEntities(text).officials));
  const ref = gold.summary.join(' ');
  const score = (ix: readonly number[]) => {
    const r = rouge(ix.map((i) => text.slice(sentences[i]!.start, sentences[i]!.end)).join(' '), ref);
    return { r1: r.rouge1.f, r2: r.rouge2.f, rl: r.rougeL.f };
  };
  const lead3 = rouge(summarize(text, { method: 'lead' }).sentences.map((s) => s.text).join(' '), ref).rougeL.f;
  return { article: { name: file, features: sentenceFeatures(inputs, titleKeys), score }, lead3 };
}

describe.skipIf(golds.length === 0 || holdoutGolds.length === 0)('cross-validated summariser (corpus + holdout)', () => {
  const pool = async (files: string[], from: URL) =>
    (await Promise.all(files.map((f) => cvArticle(f, from)))).filter((x): x is NonNullable<typeof x> => x !== null);
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

  it('leave-one-article-out ROUGE-L is at least LEAD-3, and the shipped weights are the selection on all', async () => {
    const all = [...(await pool(golds, dir)), ...(await pool(holdoutGolds, holdoutDir))];
    expect(all.length).toBeGreaterThan(golds.length);
    const r = crossValidate(all.map((a) => a.article));
    expect(r.cv.rl).toBeGreaterThanOrEqual(mean(all.map((a) => a.lead3)));
    expect(r.best).toEqual({ ...DEFAULT_WEIGHTS });
  });
  it('weights chosen on corpus/ alone score at least LEAD-3 on corpus/holdout/', async () => {
    const main = await pool(golds, dir);
    const held = await pool(holdoutGolds, holdoutDir);
    const t = trainTest(main.map((a) => a.article), held.map((a) => a.article));
    expect(t.test.rl).toBeGreaterThanOrEqual(mean(held.map((a) => a.lead3)));
  });
});
