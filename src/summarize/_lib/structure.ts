// The article-structure engine behind parseArticle, analyze and summarize. Internal.
//
// The text is read as lines (one paragraph per line, as page-to-text tools give it). From the top:
// leading chrome and a dateline; the title (the first headline-shaped line that has something
// after it); under it, captions, chrome or a dateline, until the lead (the line opening with a
// source tag, else the first line that is not caption-shaped). From the lead on: body lines until
// a section marker (`Tin khác`, `Ý kiến bạn đọc`, …) after which everything is chrome; chrome
// lines and related-link lists in between are dropped; the last body line is the byline when it is
// name-shaped; lines with a photo credit, or short lines without final punctuation standing
// between paragraphs, are captions.

import { classifyChrome, figcaptionText } from './chrome.js';
import { parseDateline } from './dateline.js';
import { countWords, endsLikeSentence, isSpace, isUpper, splitLines, type Line } from './lines.js';
import { findByline, findSourceTag, findTextCredit, hasPhotoCue, isCaptionShaped, isHeadlineShaped } from './shapes.js';

/** Offsets of one article part. */
export interface Range {
  start: number;
  end: number;
}

/** The parsed article as offsets only; public objects are built at the API boundary. */
export interface Structure {
  title: Range | null;
  dateline: (Range & { value: string; weekday: number | null; time: string | null }) | null;
  source: Range | null;
  lead: Range | null;
  paragraphs: Range[];
  captions: Range[];
  author: Range | null;
  boilerplate: Range[];
}

const MAX_CAPTIONS_UNDER_TITLE = 4;
const MAX_LABEL_WORDS = 3;
const MAX_TRAILING_CHROME = 3;
const MAX_CAPTION_WORDS = 60;

/** Parses `text` into article parts. Linear in the text length. */
export function parseStructure(text: string): Structure {
  const out: Structure = {
    title: null,
    dateline: null,
    source: null,
    lead: null,
    paragraphs: [],
    captions: [],
    author: null,
    boilerplate: [],
  };
  const lines: Line[] = joinWrapped(text, splitLines(text));
  const n = lines.length;
  if (n === 0) return out;

  const tryDateline = (l: Line): boolean => {
    if (out.dateline !== null) return false;
    const d = parseDateline(text.slice(l.start, l.end));
    if (d === null) return false;
    out.dateline = { start: l.start, end: l.end, value: d.value, weekday: d.weekday, time: d.time };
    return true;
  };

  // 1. Header: leading chrome and dateline, then the title.
  let i = 0;
  for (; i < n; i++) {
    const l = lines[i]!;
    if (tryDateline(l)) continue;
    if (classifyChrome(text, l.start, l.end) !== 'none') {
      out.boilerplate.push(l);
      continue;
    }
    break;
  }
  // A section label above the headline (`Xây dựng Đảng`, `Thời sự`): one to MAX_LABEL_WORDS
  // words, no digits, followed (past datelines and chrome) by a much longer headline-shaped line
  // that has text after it. The label is chrome.
  if (i < n - 2) {
    const l = lines[i]!;
    const words = countWords(text, l.start, l.end);
    if (words <= MAX_LABEL_WORDS && isHeadlineShaped(text, l.start, l.end) && !hasDigit(text, l.start, l.end)) {
      let j = i + 1;
      while (j < n && (parseDateline(text.slice(lines[j]!.start, lines[j]!.end)) || classifyChrome(text, lines[j]!.start, lines[j]!.end) !== 'none')) j++;
      const t = lines[j];
      if (
        t &&
        j < n - 1 &&
        isHeadlineShaped(text, t.start, t.end) &&
        countWords(text, t.start, t.end) >= Math.max(6, 2 * words) &&
        !findSourceTag(text, t.start, t.end)
      ) {
        out.boilerplate.push(l);
        for (i++; i < j; i++) {
          const m = lines[i]!;
          if (!tryDateline(m)) out.boilerplate.push(m);
        }
      }
    }
  }
  if (i < n - 1) {
    const l = lines[i]!;
    const next = lines[i + 1]!;
    // A title is headline-shaped and not itself opening with a source tag; a lone first line
    // of ordinary prose (ending with a full stop) is body.
    if (isHeadlineShaped(text, l.start, l.end) && !findSourceTag(text, l.start, l.end) && next) {
      out.title = { start: l.start, end: l.end };
      i++;
    }
  }

  // 2. Between title and lead: dateline, chrome, captions.
  let leadIndex = -1;
  let topByline: Range | null = null;
  if (out.title !== null) {
    // When a source-tagged lead follows within a few lines, every short line before it is a
    // caption, even one ending with a full stop (`Quang cảnh hội nghị.`).
    let tagged = -1;
    for (let k = i; k < Math.min(n, i + MAX_CAPTIONS_UNDER_TITLE + 1); k++) {
      const l = lines[k]!;
      if (findSourceTag(text, l.start, l.end)) {
        tagged = k;
        break;
      }
    }
    for (; i < n; i++) {
      const l = lines[i]!;
      if (tryDateline(l)) continue;
      const kind = classifyChrome(text, l.start, l.end);
      if (kind !== 'none') {
        out.boilerplate.push(l);
        continue;
      }
      if (i === tagged) break;
      // A caption in markup (`<figcaption>…</figcaption>`): its text between the tags.
      const fig = i < n - 1 ? figcaptionText(text, l.start, l.end) : null;
      if (fig) {
        out.captions.push(fig);
        continue;
      }
      // A credited byline under the headline (`Bài, ảnh: Minh Khang`, `Tin: PV`).
      const credit = findTextCredit(text, l.start, l.end);
      if (credit && i < n - 1) {
        topByline ??= credit;
        continue;
      }
      if (i < tagged && countWords(text, l.start, l.end) <= MAX_CAPTION_WORDS) {
        out.captions.push(l);
        continue;
      }
      // A caption stands under the title only when more body follows it.
      if (i < n - 1 && isCaptionShaped(text, l.start, l.end) && !endsLikeSentence(text, l.start, l.end)) {
        out.captions.push(l);
        continue;
      }
      if (i < n - 1 && hasPhotoCue(text, l.start, l.end)) {
        out.captions.push(l);
        continue;
      }
      break;
    }
  }
  if (i < n) leadIndex = i;

  // 3. Body from the lead to the first section marker.
  const body: Line[] = [];
  let related = false;
  let j = leadIndex < 0 ? n : leadIndex;
  for (; j < n; j++) {
    const l = lines[j]!;
    const kind = classifyChrome(text, l.start, l.end);
    if (kind === 'end' && body.length > 0) break;
    if (kind !== 'none') {
      out.boilerplate.push(l);
      related = kind === 'related';
      continue;
    }
    if (related) {
      if (isHeadlineShaped(text, l.start, l.end)) {
        out.boilerplate.push(l);
        continue;
      }
      related = false;
    }
    if (body.length > 0 && tryDateline(l)) continue;
    body.push(l);
  }
  for (; j < n; j++) out.boilerplate.push(lines[j]!);
  out.boilerplate.sort((a, b) => a.start - b.start);

  if (body.length === 0) return out;

  // 4. Lead with its source tag.
  const first = body[0]!;
  const tag = findSourceTag(text, first.start, first.end);
  let lead: Range = { start: first.start, end: first.end };
  if (tag) {
    out.source = { start: tag.start, end: tag.end };
    lead = { start: tag.leadStart, end: first.end };
    // Dateline, source tag and lead run together on one line: `Hà Nội, ngày 06/3/2026 (TTXVN) - …`.
    if (out.dateline === null) {
      let e = tag.start;
      while (e > first.start && (text.charCodeAt(e - 1) === 0x28 || isSpace(text.charCodeAt(e - 1)))) e--;
      const d = e > first.start ? parseDateline(text.slice(first.start, e)) : null;
      if (d) out.dateline = { start: first.start, end: e, value: d.value, weekday: d.weekday, time: d.time };
    }
  }

  // 5. Byline on the last body line, above any photo credits that close the article.
  let last = body.length;
  while (last > 1 && isPhotoCreditOnly(text, body[last - 1]!)) {
    out.captions.push(body[last - 1]!);
    last--;
  }
  if (last >= 2) {
    const l = body[last - 1]!;
    const by = findByline(text, l.start, l.end);
    if (by) {
      out.author = by;
      last--;
    } else {
      // Nothing but page furniture follows a byline: when a byline stands within the last few
      // lines and every line after it is short and unpunctuated (`Xem bản đầy đủ`, a sponsor
      // line), those lines are chrome the vocabulary did not know.
      for (let k = last - 2; k >= Math.max(1, last - 1 - MAX_TRAILING_CHROME); k--) {
        const b = body[k]!;
        const found = findByline(text, b.start, b.end);
        if (!found) {
          if (!isTrailingFurniture(text, b)) break;
          continue;
        }
        let all = true;
        for (let m = k + 1; m < last; m++) if (!isTrailingFurniture(text, body[m]!)) all = false;
        if (!all) break;
        for (let m = k + 1; m < last; m++) out.boilerplate.push(body[m]!);
        out.boilerplate.sort((x, y) => x.start - y.start);
        out.author = found;
        last = k;
        break;
      }
    }
  }
  if (out.author === null) out.author = topByline;

  // 6. Captions between paragraphs; the rest is body.
  out.lead = lead;
  out.paragraphs.push(lead);
  for (let k = 1; k < last; k++) {
    const l = body[k]!;
    const fig = figcaptionText(text, l.start, l.end);
    if (fig) {
      out.captions.push(fig);
      continue;
    }
    const photo = hasPhotoCue(text, l.start, l.end);
    if (photo || (k < last - 1 && isCaptionShaped(text, l.start, l.end))) {
      out.captions.push(l);
      continue;
    }
    out.paragraphs.push({ start: l.start, end: l.end });
  }
  out.captions.sort((a, b) => a.start - b.start);
  return out;
}

const MIN_WRAPPED_WORDS = 8;

/**
 * Drops blank lines and rejoins hard-wrapped prose: a line that continues the line directly
 * above it (no blank line between, the upper line long and not ending like a sentence, the
 * lower one starting with a lowercase letter, neither of them chrome) becomes part of it.
 */
function joinWrapped(text: string, raw: readonly Line[]): Line[] {
  const out: Line[] = [];
  let adjacent = false;
  for (const l of raw) {
    if (l.end === l.start) {
      adjacent = false;
      continue;
    }
    const prev = out[out.length - 1];
    if (
      adjacent &&
      prev &&
      !isUpper(text.charCodeAt(l.start)) &&
      isLowerLetter(text.charCodeAt(l.start)) &&
      !endsLikeSentence(text, prev.start, prev.end) &&
      countWords(text, prev.start, prev.end) >= MIN_WRAPPED_WORDS &&
      classifyChrome(text, prev.start, prev.end) === 'none' &&
      classifyChrome(text, l.start, l.end) === 'none'
    ) {
      out[out.length - 1] = { start: prev.start, end: l.end };
    } else {
      out.push({ start: l.start, end: l.end });
    }
    adjacent = true;
  }
  return out;
}

function isLowerLetter(c: number): boolean {
  if (c >= 0x61 && c <= 0x7a) return true;
  if (c < 0xc0) return false;
  const ch = String.fromCharCode(c);
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

function hasDigit(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) return true;
  }
  return false;
}

/** A short line that only credits photos: `Ảnh: Minh Khang`, `Ảnh minh họa`. */
function isPhotoCreditOnly(text: string, l: Line): boolean {
  if (countWords(text, l.start, l.end) > 8 || !hasPhotoCue(text, l.start, l.end)) return false;
  const c = text.charCodeAt(l.start);
  return c === 0x1ea2 || c === 0x1ea3 || ((c === 0x41 || c === 0x61) && text.charCodeAt(l.start + 1) === 0x309) || c === 0x28;
}

/** A short line without sentence punctuation, no photo credit: what may trail a byline. */
function isTrailingFurniture(text: string, l: Line): boolean {
  return (
    countWords(text, l.start, l.end) <= 8 && !endsLikeSentence(text, l.start, l.end) && !hasPhotoCue(text, l.start, l.end)
  );
}
