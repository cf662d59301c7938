/** Types shared by the entity extractors (`vietext/entities`). */

/** Options accepted by every extractor. */
export interface EntityOptions {
  /**
   * Date that supplies the year of dates written without one (`Ngày 18/6`). A `Date` or an ISO
   * string `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, in the years 1001–2999 (else a RangeError). Default: the year of the article's own dateline
   * (`Thứ Bảy, ngày 8 tháng 8 năm 2020`); without either, truncated values (`--06-18`).
   */
  referenceDate?: Date | string;
}

/** Fields every entity carries: `input.slice(start, end) === text` (UTF-16 offsets into the caller's string). */
export interface EntitySpan {
  text: string;
  start: number;
  end: number;
}

/** A date or period. */
export interface DateEntity extends EntitySpan {
  kind: 'date';
  /**
   * ISO 8601 style value: `2020-08-08`, `2021-06`, `2025`, `2021-Q3`, `2021-H1`, `2015/2020`,
   * `2021-01-01/2021-03-31`; without a known year the truncated forms `--06-18`, `--06`, `--Q1`, `--H2`.
   */
  value: string;
  /** `true` when the year was not written but taken from the reference date or the dateline. */
  yearInferred?: true;
  /** ISO weekday when written: Monday (`Thứ Hai`) = 1 … Sunday (`Chủ nhật`) = 7. */
  weekday?: number;
  /** Part of the day written directly before the date. */
  partOfDay?: 'sáng' | 'trưa' | 'chiều' | 'tối' | 'đêm';
}

/** Qualifier of a percentage: `=` exact or `đạt`, `>` `trên`/`hơn`/`vượt`, `>=` `từ … trở lên`, `<` `dưới`, `<=` `tối đa`, `~` `gần`/`khoảng`. */
export type PercentQualifier = '=' | '>' | '>=' | '<' | '<=' | '~';

/** A percentage. */
export interface PercentageEntity extends EntitySpan {
  kind: 'percentage';
  /** The number (lower bound of a range): `95,5%` → 95.5. */
  value: number;
  qualifier: PercentQualifier;
  /** `tăng` → increase, `giảm` → decrease (a change, not a level). */
  change?: 'increase' | 'decrease';
  /** Upper bound of a range (`6,5 - 7%` → 7). */
  max?: number;
}

/** An official: a specific person (or title-only mention of one) with the title(s) they hold. */
export interface OfficialEntity extends EntitySpan {
  kind: 'official';
  /** Personal name as written (NFC), or `null` when only a title is given. */
  name: string | null;
  /** Main title (the last of an appositive chain; for title-before-name the title before the name), NFC. */
  title: string;
  /** Full name of the body the main title belongs to, or `null` (`Thủ tướng`). */
  organisation: string | null;
  /** Every title phrase of the chain, as written (NFC). */
  titles: string[];
}

/** A named body. */
export interface OrganisationEntity extends EntitySpan {
  kind: 'organisation';
  /** The mention with abbreviations expanded (`UBND quận` → `Ủy ban nhân dân quận`), NFC. */
  canonical: string;
  /** Full name of the body from the article's context (`Ủy ban nhân dân Quận 10`), else `null`. */
  resolved: string | null;
}

/** Everything `extractEntities` finds, each list in order of appearance. */
export interface Entities {
  dates: DateEntity[];
  percentages: PercentageEntity[];
  officials: OfficialEntity[];
  organisations: OrganisationEntity[];
}
