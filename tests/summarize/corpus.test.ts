// The gold corpus (corpus/*.gold.json, written by hand before the summariser ran): parseArticle
// must reproduce every structure field, and the summariser must not fall below LEAD-3 on ROUGE-L.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rouge } from '../../src/_lib/rouge.js';
import { parseArticle, summarize } from '../../src/summarize/index.js';

const dir = new URL('../../corpus/', import.meta.url);
const golds = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.gold.json')).sort() : [];

interface Gold {
  encoding?: string;
  article: Record<string, unknown>;
  summary: string[];
}

async function load(file: string): Promise<{ text: string; gold: Gold } | null> {
  const gold = JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as Gold;
  const txt = new URL(file.replace(/\.gold\.json$/, '.txt'), dir);
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
    expect({
      title: a.title?.text ?? null,
      dateline: a.dateline?.text ?? null,
      source: a.source?.text ?? null,
      lead: a.lead?.text ?? null,
      author: a.author?.text ?? null,
      captions: a.captions.map((c) => c.text),
      boilerplate: a.boilerplate.map((c) => c.text),
    }).toEqual({
      title: gold.article['title'],
      dateline: gold.article['dateline'],
      source: gold.article['source'],
      lead: gold.article['lead'],
      author: gold.article['author'],
      captions: gold.article['captions'],
      boilerplate: gold.article['boilerplate'],
    });
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
