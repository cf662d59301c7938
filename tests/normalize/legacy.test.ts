import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeLegacy, detectEncoding, encodeLegacy, fixEncoding, normalize } from '../../src/normalize/index.js';

const LOWER = 'aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ';
const UPPER = LOWER.toUpperCase();
const UNTONED_UPPER = 'AĂÂEÊIOÔƠUƯYĐ';
const ENCODINGS = ['vni', 'tcvn3', 'viqr'] as const;

/** Reads a byte string the way a browser's TextDecoder('windows-1252') would. */
function asWindows1252(bytes: string): string {
  return new TextDecoder('windows-1252').decode(Uint8Array.from(bytes, (c) => c.charCodeAt(0)));
}

describe('legacy encodings: known byte sequences', () => {
  it.each([
    // VNI-Windows: base letter + mark byte (VIETNAMESE.md: á = a + 0xF9; Đ/đ = 0xD1/0xF1; ơ 0xF4; ư 0xF6).
    ['vni', 'a\u00f9', 'á'],
    ['vni', 'A\u00d9', 'Á'],
    ['vni', '\u00d1\u00f1', 'Đđ'],
    ['vni', '\u00f4\u00f6', 'ơư'],
    ['vni', 'Vie\u00e4t Nam', 'Việt Nam'],
    // TCVN3 examples from a public converter's README (B¶o Th¾ng, Mêng Kh¬ng, B¸t X¸t).
    ['tcvn3', 'B\u00b6o Th\u00beng', 'Bảo Thắng'],
    // (the README's Khương lost its 0xAD byte, the soft hyphen other software strips; restored here)
    ['tcvn3', 'M\u00adêng Kh\u00ad\u00acng', 'Mường Khương'],
    ['tcvn3', 'B\u00b8t X\u00b8t', 'Bát Xát'],
    ['tcvn3', '\u00a7\u00ae', 'Đđ'],
    // VIQR (RFC 1456).
    ['viqr', 'Vie^.t Nam', 'Việt Nam'],
    ['viqr', 'ddi\\.', 'đi.'],
    ['viqr', 'DDa` Na(~ng', 'Đà Nẵng'],
    ['viqr', 'ngu+o+`i', 'người'],
    ['viqr', 'C:\\dir odd d\\d', 'C:dir ođ dd'],
  ] as const)('decodeLegacy(%s, %j) → %j', (enc, input, expected) => {
    expect(decodeLegacy(input, enc)).toBe(expected);
  });

  it('encodes to the documented bytes', () => {
    expect(encodeLegacy('á', 'vni')).toBe('a\u00f9');
    expect(encodeLegacy('Đ', 'tcvn3')).toBe('\u00a7');
    expect(encodeLegacy('ư', 'tcvn3')).toBe('\u00ad');
    expect(encodeLegacy('Việt', 'viqr')).toBe('Vie^.t');
    expect(encodeLegacy('đi.', 'viqr')).toBe('ddi\\.');
  });

  it('accepts NFD input to the encoders', () => {
    for (const enc of ENCODINGS) expect(encodeLegacy('Việt'.normalize('NFD'), enc)).toBe(encodeLegacy('Việt', enc));
  });
});

describe('legacy encodings: round trips', () => {
  it.each(ENCODINGS)('%s round-trips every lowercase Vietnamese letter and every untoned capital', (enc) => {
    for (const ch of LOWER + UNTONED_UPPER) expect(decodeLegacy(encodeLegacy(ch, enc), enc)).toBe(ch);
  });

  it.each(['vni', 'viqr'] as const)('%s round-trips every toned capital', (enc) => {
    for (const ch of UPPER) expect(decodeLegacy(encodeLegacy(ch, enc), enc)).toBe(ch);
  });

  it('TCVN3 capitals caveat: a lone toned capital decodes lowercase; in an all-capitals word, uppercase', () => {
    expect(decodeLegacy(encodeLegacy('Á', 'tcvn3'), 'tcvn3')).toBe('á');
    expect(encodeLegacy('Á', 'tcvn3')).toBe(encodeLegacy('á', 'tcvn3'));
    expect(decodeLegacy(encodeLegacy('NỘI VIỆT', 'tcvn3'), 'tcvn3')).toBe('NỘI VIỆT');
    expect(decodeLegacy(encodeLegacy('Nội Việt', 'tcvn3'), 'tcvn3')).toBe('Nội Việt');
  });

  const word = fc.array(fc.constantFrom(...LOWER, ...'bcdghklmnpqrstvx'), { minLength: 1, maxLength: 7 }).map((a) => a.join(''));
  const text = fc
    .array(fc.oneof(word, word.map((w) => w[0].toUpperCase() + w.slice(1)), fc.constantFrom(' ', ', ', '. ', '?', '\\', '“', '”', '–', '…', '\n', '(1)', 'dd', 'DD')), {
      maxLength: 40,
    })
    .map((a) => a.join(''));

  it.each(ENCODINGS)('%s: decode(encode(text)) === text for Vietnamese text (lowercase for TCVN3)', (enc) => {
    fc.assert(
      fc.property(text, (s) => {
        // TCVN3 has no toned capitals and guesses their case from the word: test lowercase text there.
        const input = enc === 'tcvn3' ? s.toLowerCase() : s;
        expect(decodeLegacy(encodeLegacy(input, enc), enc)).toBe(input);
      }),
      { numRuns: 500 },
    );
  });

  it.each(['vni', 'tcvn3'] as const)('%s bytes read as windows-1252 decode like bytes read as latin1', (enc) => {
    fc.assert(
      fc.property(text, (s) => {
        const bytes = encodeLegacy(s, enc);
        for (let i = 0; i < bytes.length; i++) expect(bytes.charCodeAt(i)).toBeLessThan(256);
        expect(decodeLegacy(asWindows1252(bytes), enc)).toBe(decodeLegacy(bytes, enc));
      }),
      { numRuns: 300 },
    );
  });

  const byteString = fc.string({ unit: fc.integer({ min: 0, max: 255 }).map((b) => String.fromCharCode(b)) });
  it('decoders never throw, and give NFC for byte strings', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), byteString), (s) => {
        const bytes = /^[\x00-\xff]*$/.test(s);
        for (const enc of ENCODINGS) {
          const d = decodeLegacy(s, enc);
          if (bytes) expect(d).toBe(d.normalize('NFC'));
          encodeLegacy(s, enc);
        }
        detectEncoding(s);
        fixEncoding(s);
      }),
      { numRuns: 500 },
    );
  });

  it('TCVN3 decoding keeps the length (one byte, one code unit)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        expect(decodeLegacy(s, 'tcvn3').length).toBe(s.length);
      }),
    );
  });
});

const ARTICLE =
  'Sáng 20/11, Quận ủy Quận 10 tổ chức hội nghị tổng kết công tác năm 2020. Đồng chí Nguyễn Văn A, ' +
  'Bí thư Quận ủy, phát biểu chỉ đạo. Tỷ lệ hoàn thành kế hoạch đạt trên 95,5%, tăng so với cùng kỳ.';

describe('detectEncoding and fixEncoding', () => {
  it.each(ENCODINGS)('detects %s with high confidence on an article sentence', (enc) => {
    const d = detectEncoding(encodeLegacy(ARTICLE, enc));
    expect(d.encoding).toBe(enc);
    expect(d.confidence).toBeGreaterThanOrEqual(0.9);
    expect(fixEncoding(encodeLegacy(ARTICLE, enc))).toBe(enc === 'tcvn3' ? ARTICLE : ARTICLE);
  });
  it('detects windows-1252 readings too', () => {
    for (const enc of ['vni', 'tcvn3'] as const) {
      expect(detectEncoding(asWindows1252(encodeLegacy(ARTICLE, enc))).encoding).toBe(enc);
    }
  });
  it('leaves Unicode (NFC, NFD, reformed) and English alone', () => {
    for (const s of [ARTICLE, ARTICLE.normalize('NFD'), normalize(ARTICLE, { tones: 'reformed' }), 'Is it OK? Go to the shop. Me.', '']) {
      expect(detectEncoding(s).encoding).toBe('unicode');
      expect(fixEncoding(s)).toBe(s);
    }
  });
  it('repairs UTF-8 read as latin1 or windows-1252 (mojibake), and calls it unicode', () => {
    const bytes = String.fromCharCode(...new TextEncoder().encode(ARTICLE));
    expect(bytes).toContain('Ã'); // mojibake
    for (const s of [bytes, asWindows1252(bytes), String.fromCharCode(...new TextEncoder().encode(ARTICLE.normalize('NFD')))]) {
      expect(detectEncoding(s).encoding).toBe('unicode');
      expect(fixEncoding(s).normalize('NFC')).toBe(ARTICLE);
    }
  });
  it('does not decode short ambiguous text', () => {
    expect(detectEncoding('Vie\u00e4t').confidence).toBeLessThan(0.8);
    expect(fixEncoding('Vie\u00e4t')).toBe('Vie\u00e4t');
    expect(fixEncoding('Vie\u00e4t', { minConfidence: 0 })).toBe('Việt');
  });
  it('rejects bad arguments', () => {
    expect(() => decodeLegacy('x', 'utf8' as never)).toThrow(RangeError);
    expect(() => decodeLegacy('x', 'utf8' as never)).toThrow(/"vni", "tcvn3", "viqr"/);
    expect(() => encodeLegacy('x', undefined as never)).toThrow(RangeError);
    expect(() => decodeLegacy(null as never, 'vni')).toThrow(TypeError);
    expect(() => detectEncoding(1 as never)).toThrow(/number 1/);
    expect(() => fixEncoding('x', { minConfidence: 2 })).toThrow(RangeError);
    expect(() => fixEncoding('x', { min: 2 } as never)).toThrow(RangeError);
    expect(decodeLegacy('', 'vni')).toBe('');
    expect(encodeLegacy('', 'viqr')).toBe('');
  });
  it('runs in linear time on long inputs', () => {
    const long = encodeLegacy(ARTICLE, 'tcvn3').repeat(2000) + '\u00b5'.repeat(1 << 18);
    const t0 = performance.now();
    detectEncoding(long);
    decodeLegacy(long, 'tcvn3');
    decodeLegacy('a\u00f9'.repeat(1 << 18), 'vni');
    decodeLegacy('a^.'.repeat(1 << 18), 'viqr');
    encodeLegacy('ệ'.repeat(1 << 18), 'viqr');
    expect(performance.now() - t0).toBeLessThan(10_000);
  });
});
