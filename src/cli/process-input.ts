// One unit of work (a file, a text, or an NDJSON record) through one command, rendered in the
// requested format. Used in the main thread and in worker threads alike.
import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { InputError } from '../errors.js';
import { decodeInput, detectLegacy, MAX_INPUT_BYTES, type Encoding } from './decode-input.js';
import { findArray, findFunction, requireFunction, UnavailableError } from './lib.js';
import type { Command } from './parse-args.js';
import { createStyle, oneLine, renderAnalysis, renderEntities, renderTokenTriples, renderTokens, summaryTexts } from './render.js';

/** Everything a worker needs to know to process items the way the main thread would. */
export interface Settings {
  command: Command;
  format: 'text' | 'json' | 'ndjson';
  color: boolean;
  encoding: Encoding;
  form?: 'NFC' | 'NFD';
  tones?: 'keep' | 'traditional' | 'reformed';
  referenceDate?: string;
}

/** `out` is the rendered output (text: ends with a newline; json/ndjson: one JSON value, no newline). */
export interface ItemResult {
  out?: string;
  /** A one-line reason when the item failed (the caller prefixes the label). */
  err?: string;
  /** NDJSON lines: how many records there were, and one message per bad record. */
  records?: number;
  errors?: string[];
}

/** Computes the command's result on `text` as plain JSON-able data. */
export function compute(command: Command, text: string, s: Settings): unknown {
  switch (command) {
    case 'analyze':
      return requireFunction('analyze', command)(text, s.referenceDate ? { referenceDate: s.referenceDate } : undefined);
    case 'normalize': {
      const opts: Record<string, string> = {};
      if (s.form) opts.form = s.form;
      if (s.tones) opts.tones = s.tones;
      return requireFunction('normalize', command)(text, Object.keys(opts).length ? opts : undefined);
    }
    case 'tokenize':
      return requireFunction('tokenize', command)(text);
    case 'sentences':
      return sentencesOf(text, command);
    case 'segment': {
      const toString = requireFunction('segmentToString', command);
      return sentencesOf(text, command).map((sentence) => toString(oneLine(sentence.text)) as string);
    }
    case 'entities':
      return requireFunction('extractEntities', command)(text, s.referenceDate ? { referenceDate: s.referenceDate } : undefined);
    case 'summarize':
      return requireFunction('summarize', command)(text);
  }
}

interface Sentence {
  text: string;
  start: number;
  end: number;
}

function sentencesOf(text: string, command: Command): Sentence[] {
  const split = findFunction('splitSentences');
  if (!split) throw new UnavailableError(`the "${command}" command needs vietext.splitSentences, which this build does not include yet`);
  return split(text) as Sentence[];
}

/** Renders a computed result in text form. */
export function renderText(command: Command, label: string, result: unknown, text: string, s: Settings): string {
  const st = createStyle(s.color);
  switch (command) {
    case 'analyze':
      return renderAnalysis(label, result, text, st);
    case 'normalize':
      return String(result).endsWith('\n') ? String(result) : `${String(result)}\n`;
    case 'tokenize':
      return renderTokens(result);
    case 'sentences':
      return (result as Sentence[]).map((x) => `${oneLine(x.text)}\n`).join('');
    case 'segment':
      return (result as string[]).map((x) => `${x}\n`).join('');
    case 'entities':
      return renderEntities(result, st);
    case 'summarize':
      return summaryTexts(result, text).map((x) => `${oneLine(x)}\n`).join('');
  }
}

/** The JSON record of one input: analyze spreads its result, the others nest it under `result`. */
export function record(command: Command, key: 'file' | 'id', name: unknown, result: unknown): Record<string, unknown> {
  if (command === 'analyze' && typeof result === 'object' && result !== null) return { [key]: name, ...result };
  return { [key]: name, result };
}

function render(label: string, text: string, s: Settings, name: unknown): string {
  if (s.command === 'tokenize' && s.format === 'text') {
    // Large files: lines straight from the offsets, without a token object per token.
    const offsets = findFunction('tokenOffsets');
    const types = findArray('TOKEN_TYPES');
    if (offsets && types) return renderTokenTriples(text, offsets(text) as Uint32Array, types as readonly string[]);
  }
  const result = compute(s.command, text, s);
  if (s.format === 'text') return renderText(s.command, label, result, text, s);
  return JSON.stringify(record(s.command, 'file', name, result), null, s.format === 'json' ? 2 : undefined);
}

/** Turns an exception into one readable line; library bugs keep their message but never a stack. */
export function reasonOf(e: unknown): string {
  if (e instanceof InputError || e instanceof UnavailableError) return e.message;
  const err = e as NodeJS.ErrnoException;
  switch (err?.code) {
    case 'ENOENT': return 'no such file or directory';
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'is a directory';
    case 'ELOOP': return 'too many symbolic links';
    case 'ENAMETOOLONG': return 'file name too long';
  }
  if (err && typeof err.message === 'string') return `${err.name ?? 'Error'} while processing: ${err.message}`;
  return `error while processing: ${String(e)}`;
}

/** Reads, decodes and processes one file. */
export function processFile(path: string, label: string, s: Settings): ItemResult {
  try {
    const st = statSync(path);
    if (st.isDirectory()) return { err: 'is a directory' };
    const bytes = readBounded(path, st.isFile() ? st.size : -1);
    const { text } = decodeInput(bytes, s.encoding);
    return { out: render(label, text, s, label) };
  } catch (e) {
    return { err: reasonOf(e) };
  }
}

/** The error for an input past MAX_INPUT_BYTES (decodeInput words it the same way). */
export function tooLarge(bytes: number | string): InputError {
  return new InputError(`too large (${bytes} bytes; the limit for one file is ${MAX_INPUT_BYTES} bytes, use --input ndjson for streams)`, 'too-large');
}

/**
 * Reads a file without ever holding more than MAX_INPUT_BYTES + 1 bytes: a regular file over the
 * limit fails on its size before it is read; a device or pipe (`/dev/zero`, a FIFO) that never
 * ends fails once the limit is passed instead of filling memory.
 */
function readBounded(path: string, size: number): Uint8Array {
  if (size > MAX_INPUT_BYTES) throw tooLarge(size);
  if (size >= 0) return readFileSync(path);
  const fd = openSync(path, 'r');
  try {
    const parts: Buffer[] = [];
    let total = 0;
    for (;;) {
      const buf = Buffer.allocUnsafe(1 << 20);
      const n = readSync(fd, buf, 0, buf.length, null);
      if (n === 0) break;
      total += n;
      if (total > MAX_INPUT_BYTES) throw tooLarge(`more than ${MAX_INPUT_BYTES}`);
      parts.push(buf.subarray(0, n));
    }
    return Buffer.concat(parts, total);
  } finally {
    closeSync(fd);
  }
}

/** Decodes and processes bytes already read (standard input). */
export function processBytes(bytes: Uint8Array, label: string, s: Settings): ItemResult {
  try {
    const { text } = decodeInput(bytes, s.encoding);
    return { out: render(label, text, s, label) };
  } catch (e) {
    return { err: reasonOf(e) };
  }
}

const LEGACY = new Set(['vni', 'tcvn3', 'viqr']);
const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
/** Stands for an NDJSON line that is not UTF-8 (a lone surrogate cannot come out of valid UTF-8). */
const BAD_UTF8_LINE = '\ud800invalid-utf8';

/**
 * Processes one NDJSON record `{"id": ..., "text": ...}` into one compact JSON line. A bad record
 * still yields a line, `{"id": ..., "error": "..."}`, so output lines match input lines one to one.
 */
export function processRecord(line: string, lineNo: number, s: Settings): ItemResult {
  let id: unknown = null;
  try {
    if (line === BAD_UTF8_LINE) throw new InputError('invalid UTF-8 (NDJSON is UTF-8)', 'invalid-utf8');
    let rec: unknown;
    try {
      rec = JSON.parse(line);
    } catch {
      throw new InputError('not valid JSON', 'invalid-json');
    }
    if (typeof rec !== 'object' || rec === null || Array.isArray(rec)) throw new InputError('not a JSON object', 'invalid-json');
    const r = rec as Record<string, unknown>;
    id = r.id ?? null;
    if (typeof r.text !== 'string') throw new InputError('"text" is missing or not a string', 'invalid-json');
    let text = r.text;
    if (text.indexOf('\r') !== -1) text = text.replaceAll('\r\n', '\n').replaceAll('\r', '\n');
    if (LEGACY.has(s.encoding)) text = requireFunction('decodeLegacy', s.command)(text, s.encoding) as string;
    else if (s.encoding === 'auto') {
      const enc = detectLegacy(text);
      if (enc) text = requireFunction('decodeLegacy', s.command)(text, enc) as string;
    }
    const result = compute(s.command, text, s);
    return { out: JSON.stringify(record(s.command, 'id', id, result)) };
  } catch (e) {
    const reason = reasonOf(e);
    return { out: JSON.stringify({ id, error: reason }), err: `line ${lineNo}${id !== null ? ` (id ${JSON.stringify(id)})` : ''}: ${reason}` };
  }
}

/**
 * Processes a run of complete NDJSON lines (UTF-8 bytes, each ending in LF) into one output
 * line per non-blank input line, in order. Blank lines are skipped; CRLF is fine.
 */
export function processLines(bytes: Uint8Array, firstLine: number, s: Settings): ItemResult {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  let text: string;
  try {
    text = UTF8.decode(buf);
  } catch {
    // Not patched with U+FFFD: each line that is not UTF-8 becomes an error record.
    text = '';
    for (let from = 0; from < buf.length; ) {
      let nl = buf.indexOf(10, from);
      if (nl === -1) nl = buf.length;
      const line = buf.subarray(from, nl);
      try {
        text += UTF8.decode(line);
      } catch {
        text += BAD_UTF8_LINE;
      }
      if (nl < buf.length) text += '\n';
      from = nl + 1;
    }
  }
  let out = '';
  let records = 0;
  const errors: string[] = [];
  let lineNo = firstLine;
  let from = 0;
  while (from < text.length) {
    let nl = text.indexOf('\n', from);
    if (nl === -1) nl = text.length;
    let line = text.slice(from, nl);
    if (lineNo === 1 && line.charCodeAt(0) === 0xfeff) line = line.slice(1);
    if (line.trim() !== '') {
      const r = processRecord(line, lineNo, s);
      records++;
      out += `${r.out}\n`;
      if (r.err !== undefined) errors.push(r.err);
    }
    lineNo++;
    from = nl + 1;
  }
  return { out, records, errors };
}
