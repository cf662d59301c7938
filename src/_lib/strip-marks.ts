/**
 * The table behind `removeDiacritics`: for every code unit below U+1F00, the ASCII letter it
 * becomes, 0 when it stays, or 1 for a combining mark (U+0300–U+036F) that goes when it follows a
 * Latin letter. Built on first use from the platform's NFD (a Latin letter whose decomposition is
 * one ASCII letter plus combining marks), plus đ/Đ → d/D and Ð (U+00D0, typed for Đ) → D. Internal.
 */
let table: Uint8Array | null = null;

export function stripTable(): Uint8Array {
  if (table) return table;
  const t = new Uint8Array(0x1f00);
  const ranges: [number, number][] = [
    [0xc0, 0x24f],
    [0x1e00, 0x1eff],
  ];
  for (const [a, b] of ranges) {
    for (let c = a; c <= b; c++) {
      const d = String.fromCharCode(c).normalize('NFD');
      if (d.length < 2) continue;
      const base = d.charCodeAt(0);
      if (!((base >= 0x41 && base <= 0x5a) || (base >= 0x61 && base <= 0x7a))) continue;
      let marks = true;
      for (let k = 1; k < d.length; k++) {
        const m = d.charCodeAt(k);
        if (m < 0x300 || m > 0x36f) marks = false;
      }
      if (marks) t[c] = base;
    }
  }
  t[0x111] = 0x64; // đ
  t[0x110] = 0x44; // Đ
  t[0xd0] = 0x44; // Ð (eth, typed for Đ)
  for (let c = 0x300; c <= 0x36f; c++) t[c] = 1;
  table = t;
  return t;
}

/** True if code unit `c` is a base a combining mark may be stripped from (a Latin letter). */
export function isLatinBase(c: number): boolean {
  return (
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) ||
    (c >= 0x1e00 && c <= 0x1eff)
  );
}
