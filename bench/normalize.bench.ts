// Benchmark cases for normalisation (run by bench/run.ts, `npm run bench`): MB/s of vietext's
// normalize (NFC input, NFD input, with tone placement), toMatchKey and removeDiacritics beside the
// platform's String.prototype.normalize and unorm on the same corpus text, in the same run.
import unorm from 'unorm';
import { normalize, removeDiacritics, toMatchKey } from '../src/normalize/index.js';
import type { BenchCase } from './_types.js';

/**
 * Every row reads a character from the middle of its output, not just its length: that forces a
 * lazily built string (a rope from replaceAll) to be flattened inside the timed call, as a caller
 * reading the text would, so no row is flattered by deferred work.
 */
const touch = (s: string) => s.charCodeAt(s.length >> 1);

/**
 * The corpus as given mixes NFC and NFD articles, so its "NFC input" rows include real NFC work.
 * The "all-NFC" rows time text that is wholly NFC: the input's NFC form, made once (in the cold
 * pass, outside the timed median) and reused while the same input string comes back.
 */
let nfcSource: string | undefined;
let nfcText = '';
const allNfc = (s: string): string => {
  if (s !== nfcSource) {
    nfcSource = s;
    nfcText = s.normalize('NFC');
  }
  return nfcText;
};

export const cases: BenchCase[] = [
  { group: 'normalize', name: 'vietext normalize (NFC input)', run: (s) => touch(normalize(s)), input: 'corpus' },
  {
    group: 'normalize',
    name: 'vietext normalize (NFC input, clean-up off)',
    run: (s) => touch(normalize(s, { spaces: false, zeroWidth: false, eth: false })),
    input: 'corpus',
  },
  { group: 'normalize', name: 'vietext normalize (all-NFC input)', run: (s) => touch(normalize(allNfc(s))), input: 'corpus' },
  {
    group: 'normalize',
    name: 'vietext normalize (all-NFC input, clean-up off)',
    run: (s) => touch(normalize(allNfc(s), { spaces: false, zeroWidth: false, eth: false })),
    input: 'corpus',
  },
  { group: 'normalize', name: 'vietext normalize (NFD input)', run: (s) => touch(normalize(s)), input: 'corpus-nfd' },
  {
    group: 'normalize',
    name: "vietext normalize tones:'traditional'",
    run: (s) => touch(normalize(s, { tones: 'traditional' })),
    input: 'corpus',
  },
  { group: 'normalize', name: 'vietext toMatchKey', run: (s) => touch(toMatchKey(s)), input: 'corpus' },
  { group: 'normalize', name: 'vietext removeDiacritics', run: (s) => touch(removeDiacritics(s)), input: 'corpus' },
  { group: 'normalize', name: "native normalize('NFC') (NFC input)", run: (s) => touch(s.normalize('NFC')), input: 'corpus' },
  {
    group: 'normalize',
    name: "native normalize('NFC') (all-NFC input)",
    run: (s) => touch(allNfc(s).normalize('NFC')),
    input: 'corpus',
  },
  { group: 'normalize', name: "native normalize('NFC') (NFD input)", run: (s) => touch(s.normalize('NFC')), input: 'corpus-nfd' },
  { group: 'normalize', name: "native normalize('NFD')", run: (s) => touch(s.normalize('NFD')), input: 'corpus' },
  { group: 'normalize', name: 'unorm.nfc (NFC input)', run: (s) => touch(unorm.nfc(s)), input: 'corpus' },
];
