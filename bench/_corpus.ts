// Benchmark inputs from corpus/*.txt. Node-only (bench code, not library code).
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CORPUS_DIR = fileURLToPath(new URL('../corpus/', import.meta.url));

export interface CorpusArticle {
  file: string;
  text: string;
  /** `utf8`, or the legacy encoding the file was decoded from. */
  encoding: string;
}

export interface BenchInputs {
  articles: CorpusArticle[];
  skipped: { file: string; reason: string }[];
  /** Articles joined by blank lines and repeated until the string is at least `targetBytes` of UTF-8. */
  corpus: string;
  corpusNfd: string;
  /** The articles repeated in order until their total UTF-8 size is at least `targetBytes`. */
  corpusArticles: string[];
  corpusBytes: number;
  corpusNfdBytes: number;
  corpusArticlesBytes: number;
}

const fatalUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads every corpus/*.txt: valid UTF-8 as is; other files are decoded from their legacy
 * encoding (named by the file's `.gold.json`, else guessed by `detectEncoding`) with vietext's
 * `decodeLegacy` when that is available, and skipped otherwise.
 */
export async function loadArticles(): Promise<{ articles: CorpusArticle[]; skipped: { file: string; reason: string }[] }> {
  const files = readdirSync(CORPUS_DIR).filter((f) => f.endsWith('.txt')).sort();
  const articles: CorpusArticle[] = [];
  const skipped: { file: string; reason: string }[] = [];
  let normalize: { decodeLegacy?: (t: string, e: never) => string; detectEncoding?: (t: string) => { encoding: string } } | undefined;
  for (const file of files) {
    const bytes = readFileSync(join(CORPUS_DIR, file));
    try {
      articles.push({ file, text: fatalUtf8.decode(bytes), encoding: 'utf8' });
      continue;
    } catch {
      // not UTF-8: a legacy encoding
    }
    try {
      normalize ??= await import('../src/normalize/index.js');
    } catch {
      normalize = {};
    }
    if (!normalize.decodeLegacy) {
      skipped.push({ file, reason: 'not UTF-8 and decodeLegacy is unavailable' });
      continue;
    }
    const latin1 = bytes.toString('latin1');
    const goldPath = join(CORPUS_DIR, file.replace(/\.txt$/, '.gold.json'));
    let enc: string | undefined;
    if (existsSync(goldPath)) {
      try {
        enc = JSON.parse(readFileSync(goldPath, 'utf8')).encoding;
      } catch {
        enc = undefined;
      }
    }
    if (enc !== 'vni' && enc !== 'tcvn3') enc = normalize.detectEncoding?.(latin1).encoding;
    if (enc !== 'vni' && enc !== 'tcvn3' && enc !== 'viqr') {
      skipped.push({ file, reason: `not UTF-8 and no legacy encoding detected (${String(enc)})` });
      continue;
    }
    articles.push({ file, text: normalize.decodeLegacy(latin1, enc as never), encoding: enc });
  }
  return { articles, skipped };
}

/** Builds the three benchmark inputs, each at least `targetBytes` of UTF-8. */
export async function buildInputs(targetBytes: number): Promise<BenchInputs> {
  const { articles, skipped } = await loadArticles();
  if (articles.length === 0) throw new Error(`bench: no readable articles in ${CORPUS_DIR}`);
  const joined = articles.map((a) => a.text.trim()).join('\n\n');
  const joinedBytes = Buffer.byteLength(joined) + 2;
  const reps = Math.max(1, Math.ceil(targetBytes / joinedBytes));
  const corpus = Array.from({ length: reps }, () => joined).join('\n\n');
  const corpusNfd = corpus.normalize('NFD');
  const corpusArticles: string[] = [];
  let total = 0;
  while (total < targetBytes) {
    for (const a of articles) {
      corpusArticles.push(a.text);
      total += Buffer.byteLength(a.text);
    }
  }
  return {
    articles,
    skipped,
    corpus,
    corpusNfd,
    corpusArticles,
    corpusBytes: Buffer.byteLength(corpus),
    corpusNfdBytes: Buffer.byteLength(corpusNfd),
    corpusArticlesBytes: total,
  };
}
