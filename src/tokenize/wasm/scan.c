// The hot loop of tokenOffsets (the JS scan: src/tokenize/_scan-js.ts) in C, compiled to WebAssembly by
// scripts/build-wasm.ts (clang --target=wasm32). It handles the common tokens: words (with the
// acronym check for capitals: `UBND` vs `HÀ`), punctuation, runs of dots, numbers, decimals,
// percentages, dates, symbols, with the combining marks that follow them. At a token that needs a
// rarer rule (a letter followed by a joiner that can join: `TP.HCM`, `a@b.vn`, `COVID-19`,
// `http://`; a number that may start an email or a document code: `05-CT/TW`; a sign before a
// digit; an astral character) it stops and hands the position to JavaScript, which tokenizes that
// one token with the same code as the pure-JS scan and calls back. Every decision here is the JS scan's own (same class table, same tests),
// so both paths give the same triples; tests/tokenize/wasm.test.ts checks that.
//
// Memory (all offsets in bytes, set by the JS side): `tab` 65,536 class bytes (_char-class.ts)
// followed by the 0x1F00 base-letter bytes of latinBases(), `text` the input's UTF-16 code units,
// `out` room for `cap` u32 slots, `state` 3 u32.

typedef unsigned short u16;
typedef unsigned int u32;
typedef unsigned char u8;

// Class bits: the same values as src/tokenize/_char-class.ts.
#define C_LETTER 1
#define C_UPPER 2
#define C_DIGIT 4
#define C_MARK 8
#define C_SPACE 16
#define C_PUNCT 32
#define C_JOIN 128
#define WORD_CONT (C_LETTER | C_DIGIT | C_MARK)
#define ALNUM (C_LETTER | C_DIGIT)

// Type codes: the same values as TOKEN_TYPES in src/tokenize/token-types.ts.
#define T_WORD 0
#define T_NUMBER 1
#define T_PERCENT 2
#define T_DATE 3
#define T_ABBR 4
#define T_PUNCT 7
#define T_SYMBOL 8

// Why the scan stopped (state[0]); state[1] = position, state[2] = slots written so far.
#define EXIT_DONE 0
#define EXIT_FULL 1
#define EXIT_JS 2

// isSyllableShape (src/tokenize/_syllable-shape.ts): onset, 1–3 vowels, coda, over base letters.
static const char *const ONSETS[] = {"ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr", "b", "c", "d",
                                     "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", ""};
#define MAX_LETTERS 7

static int is_vowel(u32 b) { return b == 'a' || b == 'e' || b == 'i' || b == 'o' || b == 'u' || b == 'y'; }

static int is_coda(const u8 *buf, u32 v, u32 m) {
  u32 len = m - v;
  if (len == 0) return 1;
  u32 a = buf[v];
  if (len == 1) return a == 'c' || a == 'm' || a == 'n' || a == 'p' || a == 't';
  if (len != 2) return 0;
  u32 b = buf[v + 1];
  return b == 'h' ? (a == 'c' || a == 'n') : (a == 'n' && b == 'g');
}

static int is_syllable_shape(const u8 *tab, const u8 *bases, const u16 *text, u32 start, u32 end) {
  u8 buf[MAX_LETTERS + 1];
  u32 m = 0;
  for (u32 p = start; p < end; p++) {
    u32 c = text[p];
    if (tab[c] & C_MARK) continue;
    if (m == MAX_LETTERS || c >= 0x1f00) return 0;
    u32 b = bases[c];
    if (b == 0) return 0;
    buf[m++] = (u8)b;
  }
  if (m == 0) return 0;
  for (u32 o = 0; o < sizeof ONSETS / sizeof ONSETS[0]; o++) {
    const char *onset = ONSETS[o];
    u32 len = 0;
    while (onset[len]) len++;
    if (len > m) continue;
    u32 k = 0;
    while (k < len && buf[k] == (u8)onset[k]) k++;
    if (k < len) continue;
    u32 v = len;
    while (v < m && is_vowel(buf[v])) v++;
    u32 vowels = v - len;
    if (vowels >= 1 && vowels <= 3 && is_coda(buf, v, m)) return 1;
  }
  return 0;
}

// classifyWord (_scan-js.ts) for a run with `upper` >= 2 capitals: `abbr` for a run with at
// least half capitals, no digit, that is not a syllable (`UBND`, `ThS`); else `word`.
static u32 classify_word(const u8 *tab, const u16 *text, u32 i, u32 j, u32 upper) {
  u32 letters = 0;
  for (u32 p = i; p < j; p++) {
    u32 f = tab[text[p]];
    if (f & C_DIGIT) return T_WORD;
    if (f & C_LETTER) letters++;
  }
  if (upper * 2 < letters) return T_WORD;
  return is_syllable_shape(tab, tab + 65536, text, i, j) ? T_WORD : T_ABBR;
}

// isLocalChar (_scan-js.ts): a character of an email's local part.
static int is_local(u32 c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
}

// numberEnd (_scan-js.ts): from the end of a number's first digit run, groups of `.` or `,`
// followed by digits.
static u32 number_end(const u8 *tab, const u16 *text, u32 n, u32 p) {
  while (p + 1 < n) {
    u32 c = text[p];
    if ((c == 0x2e || c == 0x2c) && (tab[text[p + 1]] & C_DIGIT)) {
      p += 2;
      while (p < n && (tab[text[p]] & C_DIGIT)) p++;
    } else {
      break;
    }
  }
  return p;
}

// digitSlow (_scan-js.ts) for a number whose first digit run is text[i, j) and is followed by
// a joiner: dates and numbers here; an email or a document code goes to JavaScript (SLOW_JS).
#define SLOW_JS 0xffffffffu
typedef int i32;

// Memos of the maximal runs the look-aheads scan, as in the JS Scan class, so that no run is
// scanned again from a later start inside it (linear time on `1-1-1-…`, `1.1.1.…`).
static i32 local_from, local_to, code_from, code_to, code_sep, code_digit, code_upper;

static void reset_memos(void) {
  local_from = local_to = code_from = code_to = 0;
  code_sep = code_digit = code_upper = -1;
}

static i32 local_end(const u16 *text, u32 n, i32 i) {
  if (i >= local_from && i < local_to) return local_to;
  i32 p = i;
  while ((u32)p < n && is_local(text[p])) p++;
  local_from = i;
  local_to = p;
  return p;
}

static int is_code(const u8 *tab, const u16 *text, u32 n, i32 i) {
  if (!(i >= code_from && i < code_to)) {
    i32 p = i, sep = -1, digit = -1, upper = -1;
    while ((u32)p < n) {
      u32 f = tab[text[p]];
      if (f & WORD_CONT) {
        if (f & C_DIGIT) digit = p;
        else if (f & C_UPPER) upper = p;
        p++;
        continue;
      }
      u32 c = text[p];
      if ((c == 0x2d || c == 0x2f) && (u32)p + 1 < n && (tab[text[p + 1]] & ALNUM)) {
        sep = p;
        p++;
        continue;
      }
      break;
    }
    code_from = i;
    code_to = p;
    code_sep = sep;
    code_digit = digit;
    code_upper = upper;
  }
  return code_sep > i && code_digit >= i && code_upper >= i;
}

#define AT(p) ((u32)(p) < n ? (u32)text[p] : 0xffffffffu)
#define CLS(p) ((u32)(p) < n ? (u32)tab[text[p]] : 0u)

static u32 read_int(const u16 *text, u32 a, u32 e) {
  u32 v = 0;
  for (u32 p = a; p < e; p++) v = v * 10 + (text[p] - 0x30);
  return v;
}

static u32 digit_run(const u8 *tab, const u16 *text, u32 n, u32 p, u32 max) {
  u32 limit = p + max + 1 < n ? p + max + 1 : n;
  while (p < limit && (tab[text[p]] & C_DIGIT)) p++;
  return p;
}

static i32 days_in_month(i32 m, i32 y) {
  if (m == 2) return y < 0 || (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) ? 29 : 28;
  return m == 4 || m == 6 || m == 9 || m == 11 ? 30 : 31;
}

// dateEnd (_scan-js.ts): d/m, d/m/yy, d/m/yyyy, m/yyyy, d-m-yyyy, m-yyyy, d.m.yyyy.
static i32 date_end(const u8 *tab, const u16 *text, u32 n, u32 i, u32 j) {
  u32 sep = AT(j);
  u32 d1 = j - i;
  if (d1 > 2) return -1;
  if (i >= 2 && text[i - 1] == sep && (tab[text[i - 2]] & C_DIGIT)) return -1;
  i32 a = (i32)read_int(text, i, j);
  u32 k = digit_run(tab, text, n, j + 1, 4);
  u32 d2 = k - j - 1;
  if (d2 < 1) return -1;
  i32 b = (i32)read_int(text, j + 1, k);
  i32 end = -1;
  if (d2 <= 2 && AT(k) == sep && (CLS(k + 1) & C_DIGIT)) {
    u32 l = digit_run(tab, text, n, k + 1, 4);
    u32 d3 = l - k - 1;
    if (d3 == 4 || (d3 == 2 && sep == 0x2f)) {
      i32 y = (i32)read_int(text, k + 1, l);
      i32 year = d3 == 4 ? y : -1;
      if ((d3 == 2 || (y >= 1000 && y <= 2999)) && b >= 1 && b <= 12 && a >= 1 && a <= days_in_month(b, year)) end = (i32)l;
    }
    if (end == -1) return -1;
  } else if (d2 == 4) {
    if (sep == 0x2e) return -1;
    if (a >= 1 && a <= 12 && b >= 1000 && b <= 2999) end = (i32)k;
  } else if (d2 <= 2 && sep == 0x2f) {
    if (b >= 1 && b <= 12 && a >= 1 && a <= days_in_month(b, -1)) end = (i32)k;
  }
  if (end == -1) return -1;
  if (CLS(end) & (ALNUM | C_MARK)) return -1;
  u32 c = AT(end);
  if ((c == 0x2f || c == sep) && (CLS(end + 1) & ALNUM)) return -1;
  if ((c == 0x2e || c == 0x2c) && (CLS(end + 1) & C_DIGIT)) return -1;
  return end;
}

// End of `%` after one space, no-break space or narrow no-break space right after a number
// (`12,5 %`), else 0. Mirrors spacedPercentEnd in _scan-js.ts.
static u32 spaced_percent_end(const u16 *text, u32 n, u32 q) {
  if (q + 1 >= n || text[q + 1] != 0x25) return 0;
  u32 c = text[q];
  return c == 0x20 || c == 0xa0 || c == 0x202f ? q + 2 : 0;
}

static u32 digit_slow(const u8 *tab, const u16 *text, u32 n, u32 i, u32 j, u32 *type) {
  u32 t = AT(j);
  if (t == 0x40 || ((t == 0x2e || t == 0x5f || t == 0x2b || t == 0x2d || t == 0x25) && j + 1 < n && is_local(text[j + 1]))) {
    i32 le = local_end(text, n, (i32)i);
    if (le != (i32)i && AT(le) == 0x40) return SLOW_JS; // maybe an email
  }
  if ((t == 0x2d || t == 0x2f) && is_code(tab, text, n, (i32)i)) return SLOW_JS; // `05-CT/TW`
  if ((t == 0x2f || t == 0x2d || t == 0x2e) && (CLS(j + 1) & C_DIGIT)) {
    i32 q = date_end(tab, text, n, i, j);
    if (q > 0) {
      *type = T_DATE;
      return (u32)q;
    }
  }
  u32 q = number_end(tab, text, n, j);
  if (AT(q) == 0x25) {
    *type = T_PERCENT;
    return q + 1;
  }
  u32 p = spaced_percent_end(text, n, q);
  *type = p ? T_PERCENT : T_NUMBER;
  return p ? p : q;
}

__attribute__((export_name("scan")))
void scan(const u8 *tab, const u16 *text, u32 n, u32 *out, u32 cap, u32 *state, u32 i, u32 k) {
  u32 exit = EXIT_DONE;
  if (i == 0 && k == 0) reset_memos(); // a new text (later calls resume with i > 0 or k > 0)
  while (i < n) {
    const u32 c = text[i];
    const u32 f = tab[c];
    if (f & C_SPACE) {
      i++;
      continue;
    }
    if (k + 3 > cap) {
      exit = EXIT_FULL;
      break;
    }
    u32 e;
    u32 type;
    if (f & C_LETTER) {
      u32 upper = f & C_UPPER;
      u32 j = i + 1;
      u32 g = 0;
      while (j < n) {
        g = tab[text[j]];
        if ((g & WORD_CONT) == 0) break;
        upper += g & C_UPPER;
        j++;
      }
      // A joiner that can join: JavaScript's rules (`TP.HCM`, `a@b.vn`, `05-CT`, `http://`).
      if (j + 1 < n && (g & C_JOIN) && (tab[text[j + 1]] & (ALNUM | C_JOIN))) {
        exit = EXIT_JS;
        break;
      }
      out[k] = i;
      out[k + 1] = j;
      out[k + 2] = upper < 4 ? T_WORD : classify_word(tab, text, i, j, upper >> 1);
      k += 3;
      i = (g & C_SPACE) ? j + 1 : j;
      continue;
    } else if (f & C_PUNCT) {
      if (c == 0x2e) {
        e = i + 1;
        while (e < n && text[e] == 0x2e) e++;
      } else if (c == 0x2d && i + 1 < n && (tab[text[i + 1]] & C_DIGIT)) {
        exit = EXIT_JS; // maybe a sign: `-3`
        break;
      } else {
        e = i + 1;
      }
      type = T_PUNCT;
    } else if (f & C_DIGIT) {
      u32 j = i + 1;
      u32 g = 0;
      while (j < n) {
        g = tab[text[j]];
        if ((g & C_DIGIT) == 0) break;
        j++;
      }
      if (j < n && text[j] == 0x25 && !(j + 1 < n && is_local(text[j + 1]))) {
        e = j + 1; // `100%`
        type = T_PERCENT;
      } else if (j + 1 < n && text[j] == 0x2c && (tab[text[j + 1]] & C_DIGIT)) {
        // A decimal comma (`95,5`, `1,8%`): numberTail. No email, code or date starts with `d,d`.
        e = number_end(tab, text, n, j);
        if (e < n && text[e] == 0x25) {
          e++;
          type = T_PERCENT;
        } else {
          u32 p = spaced_percent_end(text, n, e);
          type = p ? T_PERCENT : T_NUMBER;
          if (p) e = p;
        }
      } else if (j < n && ((g & C_JOIN) || text[j] == 0x2c) && (text[j] == 0x25 || (j + 1 < n && (tab[text[j + 1]] & (ALNUM | C_JOIN))))) {
        e = digit_slow(tab, text, n, i, j, &type);
        if (e == SLOW_JS) {
          exit = EXIT_JS;
          break;
        }
      } else {
        u32 p = spaced_percent_end(text, n, j);
        e = p ? p : j;
        type = p ? T_PERCENT : T_NUMBER;
      }
    } else if ((c == 0x2b || c == 0x2212 || (c >= 0xd800 && c < 0xdc00)) && i + 1 < n) {
      exit = EXIT_JS; // maybe a sign (`+5`), or an astral character
      break;
    } else {
      e = i + 1;
      type = T_SYMBOL;
    }
    // Combining marks stick to the token they follow.
    while (e < n && (tab[text[e]] & C_MARK)) e++;
    out[k] = i;
    out[k + 1] = e;
    out[k + 2] = type;
    k += 3;
    i = e;
  }
  state[0] = exit;
  state[1] = i;
  state[2] = k;
}
