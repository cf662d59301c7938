// The demo page: runs vietext's analyze() in the browser and shows the result. Everything is
// built with DOM nodes and textContent (never innerHTML), so pasted text cannot inject markup.
import { analyze } from 'vietext';

/* global __SAMPLE__ */
const $ = (id) => document.getElementById(id);
const el = (tag, props = {}, ...children) => {
  const node = Object.assign(document.createElement(tag), props);
  for (const c of children) node.append(c);
  return node;
};

const GROUPS = { dates: 'Dates', percentages: 'Percentages', officials: 'Officials', organisations: 'Organisations' };

function valueOf(group, e) {
  switch (group) {
    case 'dates': return [e.value, e.partOfDay].filter(Boolean).join(' · ');
    case 'percentages': return `${e.qualifier && e.qualifier !== '=' ? `${e.qualifier} ` : ''}${e.value}%${e.change ? ` (${e.change})` : ''}`;
    case 'officials': return [e.name, e.title, e.organisation].filter(Boolean).join(' · ');
    case 'organisations': return e.resolved && e.resolved !== e.canonical ? `${e.canonical} → ${e.resolved}` : (e.canonical ?? e.resolved ?? '');
    default: return JSON.stringify(e);
  }
}

/** All entity spans, outer before inner, for nested highlighting. */
function spansOf(entities) {
  const spans = [];
  for (const [group, list] of Object.entries(entities ?? {})) {
    if (!Array.isArray(list)) continue;
    for (const e of list) if (typeof e?.start === 'number' && typeof e?.end === 'number' && e.end > e.start) spans.push({ group, e });
  }
  return spans.sort((a, b) => a.e.start - b.e.start || b.e.end - a.e.end);
}

/** Renders `text` with <mark>s at the entity offsets (nested when spans nest); a span that crosses another's edge is listed in the table only. */
function highlight(text, entities) {
  const root = el('div');
  const stack = [{ node: root, end: Infinity }];
  let pos = 0;
  const flushTo = (to) => {
    for (let top = stack[stack.length - 1]; top.end <= to; top = stack[stack.length - 1]) {
      if (top.end > pos) top.node.append(text.slice(pos, top.end));
      pos = Math.max(pos, top.end);
      stack.pop();
    }
    if (to > pos) stack[stack.length - 1].node.append(text.slice(pos, to));
    pos = Math.max(pos, to);
  };
  for (const { group, e } of spansOf(entities)) {
    flushTo(e.start);
    const parent = stack[stack.length - 1];
    if (e.end > parent.end || e.start < pos || e.end > text.length) continue;
    const mark = el('mark', { className: group, title: `${GROUPS[group] ?? group}: ${valueOf(group, e)}` });
    parent.node.append(mark);
    stack.push({ node: mark, end: e.end });
  }
  flushTo(text.length);
  return root;
}

function summaryTexts(summary, text) {
  const list = Array.isArray(summary) ? summary : Array.isArray(summary?.sentences) ? summary.sentences : [];
  return list.map((s) => (typeof s === 'string' ? s : typeof s?.text === 'string' ? s.text : text.slice(s.start, s.end)));
}

function show(text) {
  const t0 = performance.now();
  let result;
  try {
    result = analyze(text);
  } catch (err) {
    $('status').textContent = `error: ${err.message}`;
    return;
  }
  const ms = performance.now() - t0;
  const a = result.article ?? {};
  const field = (v) => (typeof v === 'string' ? v : v?.text) || '—';
  const date = a.dateline?.value ? `${field(a.dateline)}  →  ${a.dateline.value}` : field(a.dateline);
  $('article').replaceChildren(
    ...[['Title', field(a.title)], ['Dateline', date], ['Source', field(a.source)], ['Author', field(a.author)], ['Lead', field(a.lead)]].flatMap(([k, v]) => [el('dt', { textContent: k }), el('dd', { textContent: v })]),
  );
  $('summary').replaceChildren(...summaryTexts(result.summary, text).map((s) => el('li', { textContent: s })));
  const blocks = [];
  for (const [group, list] of Object.entries(result.entities ?? {})) {
    if (!Array.isArray(list) || list.length === 0) continue;
    const rows = list.map((e) => el('tr', {}, el('td', {}, el('mark', { className: group, textContent: e.text })), el('td', { textContent: valueOf(group, e) }), el('td', { textContent: `${e.start}–${e.end}` })));
    blocks.push(el('table', {}, el('tr', {}, el('th', { textContent: `${GROUPS[group] ?? group} (${list.length})` }), el('th', { textContent: 'value' }), el('th', { textContent: 'offsets' })), ...rows));
  }
  $('entities').replaceChildren(...(blocks.length ? blocks : [el('p', { textContent: 'No entities found.' })]));
  $('text').replaceChildren(highlight(text, result.entities));
  $('status').textContent = `analysed ${text.length} characters in ${ms.toFixed(1)} ms`;
  document.body.dataset.ready = 'true';
}

$('input').value = typeof __SAMPLE__ === 'string' ? __SAMPLE__ : '';
$('run').addEventListener('click', () => show($('input').value));
show($('input').value);
