import { describe, expect, it } from 'vitest';
import { extractOrganisations } from '../../src/entities/index.js';

const texts = (s: string) => extractOrganisations(s).map((o) => o.text);

// `và` joins the parts of one company's name (`Công ty TNHH Xây dựng và Thương mại Hòa Bình`), but a
// second legal-form head after it starts another company.
describe('two companies joined by và', () => {
  it.each([
    ['Công ty TNHH MTV Xổ số kiến thiết Cần Thơ và Công ty cổ phần Sữa Việt Nam ký kết.', ['Công ty TNHH MTV Xổ số kiến thiết Cần Thơ', 'Công ty cổ phần Sữa Việt Nam']],
    ['Công ty cổ phần Sữa Hồng Hà và Công ty TNHH Cấp nước Đồng Nai tài trợ.', ['Công ty cổ phần Sữa Hồng Hà', 'Công ty TNHH Cấp nước Đồng Nai']],
    ['Công ty cổ phần Sữa Hồng Hà - Công ty TNHH Cấp nước Đồng Nai tài trợ.', ['Công ty cổ phần Sữa Hồng Hà', 'Công ty TNHH Cấp nước Đồng Nai']],
  ])('%s', (text, want) => {
    expect(texts(text)).toEqual(want);
  });

  it('và inside one company name still joins it', () => {
    expect(texts('Công ty TNHH Xây dựng và Thương mại Hòa Bình tài trợ.')).toEqual(['Công ty TNHH Xây dựng và Thương mại Hòa Bình']);
  });
});

describe('companies without a legal form', () => {
  it('the own name follows the head and stops before a verb', () => {
    expect(texts('Công ty Minh Phát tài trợ 100 triệu đồng.')).toEqual(['Công ty Minh Phát']);
    expect(texts('Công ty Hoàng Anh Gia Lai tài trợ.')).toEqual(['Công ty Hoàng Anh Gia Lai']);
    // A lower-case word right after the head's first capitalised word is still part of the name.
    expect(texts('Công ty Cấp nước Đồng Nai thông báo.')).toEqual(['Công ty Cấp nước Đồng Nai']);
  });
});
