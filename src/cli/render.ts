// Human-readable output of each command. Results come from the library as plain data; the
// renderers read them defensively so that an added field never breaks the terminal report.

/** ANSI styling that turns itself off when colour is not wanted. */
export interface Style {
  bold(s: string): string;
  dim(s: string): string;
  head(s: string): string;
  value(s: string): string;
}

export function createStyle(color: boolean): Style {
  const wrap = (open: string) => (s: string) => (color && s ? `\u001b[${open}m${s}\u001b[0m` : s);
  return { bold: wrap('1'), dim: wrap('2'), head: wrap('1;36'), value: wrap('33') };
}

type Rec = Record<string, unknown>;

const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

/** Shows control characters and long runs on one line. */
export function oneLine(s: string, max = 0): string {
  let out = s.replace(/[\n\t\r]+/g, ' ');
  if (max > 0 && out.length > max) out = `${out.slice(0, max - 1)}…`;
  return out;
}

function pad(s: string, n: number): string {
  return s.length >= n ? s : s + ' '.repeat(n - s.length);
}

const GROUP_TITLES: Record<string, string> = {
  dates: 'Dates',
  percentages: 'Percentages',
  officials: 'Officials',
  organisations: 'Organisations',
};

const WEEKDAYS = ['', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** The value column of one entity, by the group it is in. */
export function entityValue(group: string, e: Rec): string {
  switch (group) {
    case 'dates': {
      const parts = [str(e.value) ?? JSON.stringify(e.value ?? null)];
      if (typeof e.weekday === 'number' && WEEKDAYS[e.weekday]) parts.push(WEEKDAYS[e.weekday]);
      if (str(e.partOfDay)) parts.push(e.partOfDay as string);
      return parts.join(' · ');
    }
    case 'percentages': {
      const q = str(e.qualifier);
      let v = `${q && q !== '=' ? `${q} ` : ''}${typeof e.value === 'number' ? e.value : JSON.stringify(e.value ?? null)}%`;
      if (typeof e.max === 'number') v += `–${e.max}%`;
      if (str(e.change)) v += ` (${e.change as string})`;
      return v;
    }
    case 'officials':
      return [str(e.name) ?? '(no name)', str(e.title), str(e.organisation)].filter(Boolean).join(' · ');
    case 'organisations': {
      const canonical = str(e.canonical);
      const resolved = str(e.resolved);
      if (resolved && resolved !== canonical) return `${canonical ?? ''} → ${resolved}`;
      return canonical ?? resolved ?? '';
    }
    default: {
      const rest: Rec = {};
      for (const [k, v] of Object.entries(e)) if (k !== 'text' && k !== 'start' && k !== 'end') rest[k] = v;
      return JSON.stringify(rest);
    }
  }
}

/** Entities grouped by type: a heading per non-empty group, one line per entity (span, value). */
export function renderEntities(entities: unknown, st: Style, indent = ''): string {
  if (!isRec(entities)) return `${indent}(none)\n`;
  let out = '';
  let total = 0;
  for (const [group, list] of Object.entries(entities)) {
    if (!Array.isArray(list) || list.length === 0) continue;
    total += list.length;
    out += `${indent}${st.bold(GROUP_TITLES[group] ?? group)} (${list.length})\n`;
    const width = Math.min(44, Math.max(...list.map((e) => oneLine(String((e as Rec)?.text ?? '')).length)));
    for (const e of list) {
      if (!isRec(e)) continue;
      const span = oneLine(String(e.text ?? ''), 60);
      const at = typeof e.start === 'number' ? st.dim(`  @${e.start}`) : '';
      out += `${indent}  ${pad(span, width)}  ${st.value(entityValue(group, e))}${at}\n`;
    }
  }
  return total === 0 ? `${indent}(none found)\n` : out;
}

/** Sentence texts of a summary, whatever its shape: strings, `{ text }`, or `{ start, end }` into `source`. */
export function summaryTexts(summary: unknown, source: string): string[] {
  const list = Array.isArray(summary) ? summary : isRec(summary) && Array.isArray(summary.sentences) ? summary.sentences : [];
  const out: string[] = [];
  for (const item of list) {
    if (typeof item === 'string') out.push(item);
    else if (isRec(item)) {
      if (typeof item.text === 'string') out.push(item.text);
      else if (typeof item.start === 'number' && typeof item.end === 'number') out.push(source.slice(item.start, item.end));
    }
  }
  return out;
}

/** A field of the article: a string or a span `{ text, start, end }`. */
function fieldText(v: unknown): string | undefined {
  if (typeof v === 'string') return v === '' ? undefined : v;
  return isRec(v) ? str(v.text) : undefined;
}

/** The article date: `article.date`, the dateline's `value`, else a date entity inside the dateline. */
function articleDate(article: Rec, entities: unknown): string | undefined {
  if (str(article.date)) return article.date as string;
  if (isRec(article.dateline) && str(article.dateline.value)) return article.dateline.value as string;
  const dateline = fieldText(article.dateline);
  if (!dateline || !isRec(entities) || !Array.isArray(entities.dates)) return undefined;
  for (const d of entities.dates) {
    if (isRec(d) && typeof d.text === 'string' && dateline.includes(d.text) && str(d.value)) return d.value as string;
  }
  return undefined;
}

/** The terminal report of one analysed article. */
export function renderAnalysis(label: string, result: unknown, source: string, st: Style): string {
  const r = isRec(result) ? result : {};
  const a = isRec(r.article) ? r.article : {};
  const field = (name: string, value: string | undefined) => `${st.dim(pad(name, 8))}${value ?? st.dim('—')}\n`;
  let out = `${st.head(`══ ${label}`)}\n`;
  const text = (v: unknown) => {
    const t = fieldText(v);
    return t && oneLine(t);
  };
  out += field('Title', text(a.title));
  const dateline = text(a.dateline);
  const date = articleDate(a, r.entities);
  out += field('Date', dateline ? `${dateline}${date ? `  →  ${st.value(date)}` : ''}` : date && st.value(date));
  out += field('Source', text(a.source));
  out += field('Author', text(a.author));
  out += `${st.bold('Entities')}\n${renderEntities(r.entities, st, '  ')}`;
  const summary = summaryTexts(r.summary, source);
  out += `${st.bold('Summary')}\n`;
  if (summary.length === 0) out += `  ${st.dim('(empty)')}\n`;
  for (const s of summary) out += `  • ${oneLine(s)}\n`;
  return `${out}\n`;
}

/** Tokens as `start end type text`, one per line. */
export function renderTokens(tokens: unknown): string {
  if (!Array.isArray(tokens)) return '';
  // One line per token, joined once: `out += line` built a rope of a million pieces for a few MB of
  // input, and the garbage collector spent most of the run on it.
  const lines: string[] = [];
  for (const t of tokens) {
    if (!isRec(t)) continue;
    const text = String(t.text);
    // JSON escaping only where a character needs it (quotes, backslashes, controls, surrogates).
    const shown = NEEDS_ESCAPE.test(text) ? JSON.stringify(text).slice(1, -1) : text;
    lines.push(`${String(t.start)}\t${String(t.end)}\t${String(t.type)}\t${shown}\n`);
  }
  return lines.join('');
}

const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;

/**
 * The same lines as {@link renderTokens}, straight from `tokenOffsets` triples: no token objects,
 * and lines joined in blocks, so a large file costs about its output in memory (2.4 MB of text
 * peaked at 550 MB through token objects).
 */
export function renderTokenTriples(text: string, triples: ArrayLike<number>, types: readonly string[]): string {
  const blocks: string[] = [];
  const lines: string[] = [];
  for (let k = 0; k + 2 < triples.length; k += 3) {
    const start = triples[k];
    const end = triples[k + 1];
    const piece = text.slice(start, end);
    const shown = NEEDS_ESCAPE.test(piece) ? JSON.stringify(piece).slice(1, -1) : piece;
    lines.push(`${start}\t${end}\t${types[triples[k + 2]]}\t${shown}\n`);
    if (lines.length === 4096) {
      blocks.push(lines.join(''));
      lines.length = 0;
    }
  }
  blocks.push(lines.join(''));
  return blocks.join('');
}
