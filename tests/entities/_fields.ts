// Shared by the entity tests: the fields a test compares, and the offsets check every span obeys.
import { expect } from 'vitest';
import { extractEntities, extractOfficials, extractOrganisations } from '../../src/entities/index.js';

/** Organisations as `{ text, canonical, resolved }`. */
export const orgs = (s: string) => extractOrganisations(s).map(({ text, canonical, resolved }) => ({ text, canonical, resolved }));

/** Officials as `{ text, name, title, organisation, titles }`. */
export const offs = (s: string) =>
  extractOfficials(s).map(({ text, name, title, organisation, titles }) => ({ text, name, title, organisation, titles }));

/** Every entity of `s` slices back to its text. */
export function spansExact(s: string): void {
  const r = extractEntities(s);
  for (const list of [r.dates, r.percentages, r.officials, r.organisations]) {
    for (const e of list) expect(s.slice(e.start, e.end)).toBe(e.text);
  }
}

/** Milliseconds `extractEntities` takes on `s` (for the linear-time checks). */
export function extractMs(s: string): number {
  const t0 = performance.now();
  extractEntities(s);
  return performance.now() - t0;
}
