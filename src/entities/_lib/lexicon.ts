/**
 * Internal lexicons for officials and organisations. Hand-written from public conventions of
 * Vietnamese administrative and Party naming (see ../../../README.md, section entities); no list of
 * people: names are recognised by their shape.
 */

/** Common Vietnamese surnames (first syllable of a personal name). */
export const SURNAMES = [
  'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô',
  'Dương', 'Lý', 'Lâm', 'Mai', 'Trương', 'Đinh', 'Đoàn', 'Trịnh', 'Lương', 'Đào', 'Cao', 'Tạ', 'Tô', 'Hà',
  'Châu', 'Lưu', 'La', 'Thái', 'Quách', 'Tăng', 'Vương', 'Kiều', 'Từ', 'Triệu', 'Tôn', 'Mạc', 'Thân', 'Chu',
  'Đàm', 'Lại', 'Nông', 'Lục', 'Hứa', 'Doãn', 'Khúc', 'Lò', 'Phùng', 'Âu', 'Ông', 'Diệp', 'Tống', 'Hầu',
  'Khổng', 'Lã', 'Nghiêm', 'Ninh', 'Bạch', 'Mạch', 'Nhan', 'Tiêu', 'Trình', 'Vi', 'Viên', 'Lữ', 'Lư', 'Kha',
  'Thạch', 'Danh', 'Giáp', 'Hàn', 'Khương', 'Mẫn', 'Phí', 'Thiều', 'Cù', 'Ung', 'Vy', 'Đồng', 'Biện', 'Quản',
  'Phó', 'Văn', 'Kim', 'Giang', 'Sầm', 'Đường', 'Ksor', 'Rơ', 'Y', 'Điểu',
];

/** Frequent middle and given syllables: a capitalised run `Surname Middle …` is a person. */
export const MIDDLES = [
  'Văn', 'Thị', 'Hữu', 'Đức', 'Minh', 'Quốc', 'Ngọc', 'Thanh', 'Hoàng', 'Xuân', 'Thành', 'Công', 'Quang',
  'Đình', 'Tiến', 'Trung', 'Kim', 'Anh', 'Thu', 'Mỹ', 'Bích', 'Hồng', 'Phương', 'Tuấn', 'Hải', 'Mạnh', 'Duy',
  'Trọng', 'Bá', 'Như', 'Khánh', 'Hoài', 'Tấn', 'Chí', 'Viết', 'Nhật', 'Gia', 'Bảo', 'Đăng', 'Phúc', 'Thế',
  'Huy', 'Thái', 'Thúy', 'Diệu', 'Lệ', 'Thuỳ', 'Thùy', 'Hùng', 'Quý', 'Sỹ', 'Sĩ', 'Trí', 'Vĩnh', 'Việt',
  'Tường', 'Cẩm', 'Hà', 'Lan', 'Mai', 'Ánh', 'Hương', 'Thủy', 'Nam', 'Long', 'Đại', 'Nguyên', 'Phước',
];

/** Provinces and centrally-run cities (names without the unit word), plus the country. */
export const PROVINCES = [
  'An Giang', 'Bà Rịa - Vũng Tàu', 'Bà Rịa-Vũng Tàu', 'Bạc Liêu', 'Bắc Giang', 'Bắc Kạn', 'Bắc Ninh', 'Bến Tre',
  'Bình Dương', 'Bình Định', 'Bình Phước', 'Bình Thuận', 'Cà Mau', 'Cao Bằng', 'Đắk Lắk', 'Đắk Nông', 'Điện Biên',
  'Đồng Nai', 'Đồng Tháp', 'Gia Lai', 'Hà Giang', 'Hà Nam', 'Hà Tĩnh', 'Hải Dương', 'Hậu Giang', 'Hòa Bình',
  'Hưng Yên', 'Khánh Hòa', 'Kiên Giang', 'Kon Tum', 'Lai Châu', 'Lâm Đồng', 'Lạng Sơn', 'Lào Cai', 'Long An',
  'Nam Định', 'Nghệ An', 'Ninh Bình', 'Ninh Thuận', 'Phú Thọ', 'Phú Yên', 'Quảng Bình', 'Quảng Nam', 'Quảng Ngãi',
  'Quảng Ninh', 'Quảng Trị', 'Sóc Trăng', 'Sơn La', 'Tây Ninh', 'Thái Bình', 'Thái Nguyên', 'Thanh Hóa',
  'Thừa Thiên Huế', 'Thừa Thiên - Huế', 'Tiền Giang', 'Trà Vinh', 'Tuyên Quang', 'Vĩnh Long', 'Vĩnh Phúc',
  'Yên Bái',
];
/** Centrally-run cities: named `Thành phố X` (Huế since 1 January 2025). */
export const CENTRAL_CITIES = ['Hà Nội', 'Hồ Chí Minh', 'Đà Nẵng', 'Hải Phòng', 'Cần Thơ', 'Huế'];
export const COUNTRY = ['Việt Nam'];
/**
 * Foreign countries written in Vietnamese (names of two or more syllables, plus one-word names that
 * are no Vietnamese given name: not `Anh`, `Đức`, `Nga`, `Mỹ`, `Ý`, `Úc`), for embassies,
 * ambassadors and foreign associations (`Đại sứ quán Hàn Quốc tại Việt Nam`).
 */
export const FOREIGN_COUNTRIES = [
  'Nhật Bản', 'Hàn Quốc', 'Trung Quốc', 'Hoa Kỳ', 'Ấn Độ', 'Thái Lan', 'Hà Lan', 'Ba Lan', 'Na Uy', 'Phần Lan',
  'Đan Mạch', 'Thụy Điển', 'Thụy Sĩ', 'Tây Ban Nha', 'Bồ Đào Nha', 'Hy Lạp', 'Thổ Nhĩ Kỳ', 'Ai Cập', 'Nam Phi',
  'Triều Tiên', 'Mông Cổ', 'Cu Ba', 'New Zealand', 'Liên bang Nga', 'Vương quốc Anh', 'Cộng hòa Séc', 'Ả Rập Xê Út',
  'Lào', 'Campuchia', 'Singapore', 'Indonesia', 'Malaysia', 'Philippines', 'Myanmar', 'Brunei', 'Pháp', 'Canada',
  'Australia', 'Israel', 'Cuba', 'Hungary', 'Italia', 'Argentina', 'Brazil', 'Chile', 'Mexico', 'Kazakhstan',
  'Belarus', 'Ukraine', 'Bulgaria', 'Romania', 'Áo', 'Bỉ', 'Séc', 'Iran', 'Qatar', 'Kuwait', 'Timor-Leste',
  // Australia by its usual Vietnamese name, and a foreign economy with chambers in Việt Nam
  // (`Phòng Thương mại Úc tại Việt Nam`, `Hiệp hội Doanh nghiệp Đài Loan`).
  'Úc', 'Đài Loan',
];

/** Abbreviations inside organisation names and their expansions (traditional tone style). */
export const ABBREVIATIONS: ReadonlyArray<readonly [string, string]> = [
  ['UBND', 'Ủy ban nhân dân'],
  ['HĐND', 'Hội đồng nhân dân'],
  ['UBMTTQVN', 'Ủy ban Mặt trận Tổ quốc Việt Nam'],
  ['UBMTTQ', 'Ủy ban Mặt trận Tổ quốc'],
  ['MTTQVN', 'Mặt trận Tổ quốc Việt Nam'],
  ['MTTQ', 'Mặt trận Tổ quốc'],
  ['TNCS', 'Thanh niên Cộng sản'],
  ['LĐLĐ', 'Liên đoàn Lao động'],
  ['LHPN', 'Liên hiệp Phụ nữ'],
  ['BCH', 'Ban Chấp hành'],
  ['BTV', 'Ban Thường vụ'],
  ['UBKT', 'Ủy ban Kiểm tra'],
  ['THPT', 'Trung học phổ thông'],
  ['THCS', 'Trung học cơ sở'],
  ['CAND', 'Công an nhân dân'],
  ['VKSND', 'Viện Kiểm sát nhân dân'],
  ['TAND', 'Tòa án nhân dân'],
  ['BHXH', 'Bảo hiểm xã hội'],
  ['CCB', 'Cựu chiến binh'],
  ['ĐBQH', 'Đại biểu Quốc hội'],
  ['QĐND', 'Quân đội nhân dân'],
  ['UBTVQH', 'Ủy ban Thường vụ Quốc hội'],
  ['BCĐ', 'Ban Chỉ đạo'],
  ['TW', 'Trung ương'],
  ['HĐTV', 'Hội đồng thành viên'],
  ['HĐQT', 'Hội đồng quản trị'],
  ['HCM', 'Hồ Chí Minh'],
  ['LHTN', 'Liên hiệp Thanh niên'],
];

/**
 * Body heads. `p` = may be the parent in a chain (`Ban Tuyên giáo` + `Thành ủy`), `c` = may take a
 * parent after it, `n` = needs a parent (`Thường trực` + `HĐND tỉnh`), `#` = a number written after
 * it is part of the name (`Quân khu 7`), level: which administrative level the body sits at when no
 * place is written (`prov`, `dist`, `ward`, `nat`, `unit` = read it from the unit word written with
 * it), party: Party committee named after its unit.
 */
export interface BodyDef {
  phrase: string;
  flags: string;
  level: 'prov' | 'dist' | 'ward' | 'nat' | 'unit';
  party?: true;
  /** Full name of a national body written short (`Trung ương Đảng` → `Ban Chấp hành Trung ương Đảng`). */
  full?: string;
}

const b = (phrase: string, flags: string, level: BodyDef['level'], party?: true): BodyDef => ({ phrase, flags, level, party });

export const BODIES: BodyDef[] = [
  b('Ủy ban nhân dân', 'p', 'unit'),
  b('UBND', 'p', 'unit'),
  b('Hội đồng nhân dân', 'p', 'unit'),
  b('HĐND', 'p', 'unit'),
  b('Ủy ban Mặt trận Tổ quốc Việt Nam', 'p', 'unit'),
  b('Ủy ban Mặt trận Tổ quốc', 'p', 'unit'),
  b('Ủy ban MTTQ Việt Nam', 'p', 'unit'),
  b('Ủy ban MTTQ', 'p', 'unit'),
  b('UBMTTQ Việt Nam', 'p', 'unit'),
  b('UBMTTQ', 'p', 'unit'),
  b('UBMTTQVN', 'p', 'unit'),
  b('Mặt trận Tổ quốc Việt Nam', 'p', 'unit'),
  b('Mặt trận Tổ quốc', 'p', 'unit'),
  b('MTTQ Việt Nam', 'p', 'unit'),
  b('MTTQ', 'p', 'unit'),
  b('Thành ủy', 'p', 'prov', true),
  b('Tỉnh ủy', 'p', 'prov', true),
  b('Quận ủy', 'p', 'dist', true),
  b('Huyện ủy', 'p', 'dist', true),
  b('Thị ủy', 'p', 'dist', true),
  b('Đảng ủy', 'p', 'unit', true),
  b('Đảng bộ', 'p', 'unit'),
  // Party groups inside state and Front bodies: `Bí thư Đảng đoàn HĐND tỉnh`, `Ban cán sự đảng Bộ Y tế`.
  b('Đảng đoàn', 'cn', 'unit'),
  b('Ban cán sự đảng', 'cn', 'unit'),
  b('Chi bộ', 'p', 'unit'),
  b('Thành đoàn', 'pr', 'prov'),
  b('Tỉnh đoàn', 'pr', 'prov'),
  b('Quận đoàn', 'pr', 'dist'),
  b('Huyện đoàn', 'pr', 'dist'),
  // Boards of a state group or company (`b`: the company follows, `Hội đồng thành viên Tập đoàn …`).
  b('Hội đồng thành viên', 'cb', 'unit'),
  b('Hội đồng quản trị', 'cb', 'unit'),
  b('HĐTV', 'cb', 'unit'),
  b('HĐQT', 'cb', 'unit'),
  b('Ban Thường vụ', 'c', 'unit'),
  b('BTV', 'c', 'unit'),
  b('Ban Chấp hành Trung ương Đảng', '', 'nat'),
  b('Ban Chấp hành Trung ương', '', 'nat'),
  b('Ban Chấp hành', 'c', 'unit'),
  b('BCH', 'c', 'unit'),
  b('Thường trực', 'cn', 'unit'),
  b('Ủy ban Kiểm tra Trung ương', '', 'nat'),
  b('Ủy ban Kiểm tra', 'c', 'unit'),
  b('UBKT', 'c', 'unit'),
  b('Văn phòng Chính phủ', '', 'nat'),
  b('Văn phòng Quốc hội', '', 'nat'),
  b('Văn phòng Trung ương Đảng', '', 'nat'),
  b('Văn phòng', 'cn', 'unit'),
  b('Bộ Chính trị', '', 'nat'),
  b('Ban Bí thư', '', 'nat'),
  { phrase: 'Trung ương Đảng', flags: '', level: 'nat', full: 'Ban Chấp hành Trung ương Đảng' },
  b('Ban Chấp hành Trung ương Đoàn', '', 'nat'),
  b('Trung ương Đoàn', '', 'nat'),
  b('Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam', '', 'nat'),
  b('Ủy ban Trung ương MTTQ Việt Nam', '', 'nat'),
  b('Đảng Cộng sản Việt Nam', '', 'nat'),
  b('Quốc hội', 'p', 'nat'),
  b('Chính phủ', 'p', 'nat'),
  b('Ủy ban Thường vụ Quốc hội', '', 'nat'),
  b('Đoàn đại biểu Quốc hội', 'p', 'unit'),
  b('Đoàn ĐBQH', 'p', 'unit'),
  b('Đoàn TNCS Hồ Chí Minh', 'p', 'unit'),
  b('Đoàn Thanh niên Cộng sản Hồ Chí Minh', 'p', 'unit'),
  b('Đoàn Thanh niên', 'p', 'unit'),
  b('Đoàn', 'pn', 'unit'),
  b('Hội Liên hiệp Phụ nữ Việt Nam', 'p', 'unit'),
  b('Hội Liên hiệp Phụ nữ', 'p', 'unit'),
  b('Hội LHPN', 'p', 'unit'),
  b('Hội Cựu chiến binh', 'p', 'unit'),
  b('Hội CCB', 'p', 'unit'),
  b('Hội Nông dân', 'p', 'unit'),
  b('Hội Chữ thập đỏ', 'p', 'unit'),
  b('Hội Khuyến học', 'p', 'unit'),
  b('Hội Liên hiệp Thanh niên Việt Nam', 'p', 'unit'),
  b('Hội Liên hiệp Thanh niên', 'p', 'unit'),
  b('Tổng Liên đoàn Lao động Việt Nam', '', 'nat'),
  b('Tổng Liên đoàn Lao động', '', 'nat'),
  b('Liên đoàn Lao động', 'p', 'unit'),
  b('LĐLĐ', 'p', 'unit'),
  b('Công đoàn', 'pcn', 'unit'),
  b('Công an', 'pn', 'unit'),
  b('Viện Kiểm sát nhân dân tối cao', '', 'nat'),
  b('VKSND tối cao', '', 'nat'),
  b('Tòa án nhân dân tối cao', '', 'nat'),
  b('TAND tối cao', '', 'nat'),
  b('Viện Kiểm sát nhân dân', 'p', 'unit'),
  b('VKSND', 'p', 'unit'),
  b('Tòa án nhân dân', 'p', 'unit'),
  b('TAND', 'p', 'unit'),
  b('Thanh tra Chính phủ', '', 'nat'),
  b('Thanh tra', 'cn', 'unit'),
  b('Kho bạc Nhà nước', 'p', 'unit'),
  b('Kiểm toán Nhà nước', '', 'nat'),
  b('Ngân hàng Nhà nước', 'p', 'unit'),
  b('Bảo hiểm xã hội Việt Nam', '', 'nat'),
  b('Bảo hiểm xã hội', 'pn', 'unit'),
  b('BHXH', 'p', 'unit'),
  b('Bộ Tư lệnh', 'c', 'unit'),
  // Military units named by a number (`#`: the number is part of the name); the parent of their
  // command and Party bodies (`Bộ Tư lệnh Quân khu 9`, `Bộ Tham mưu Quân đoàn 12`).
  b('Quân khu', '#p', 'nat'),
  b('Quân đoàn', '#p', 'nat'),
  b('Sư đoàn', '#p', 'nat'),
  b('Bộ đội Biên phòng', 'p', 'unit'),
  b('Bộ Chỉ huy Quân sự', 'c', 'unit'),
  // The provincial command of a force: `Bộ Chỉ huy Bộ đội Biên phòng tỉnh X`.
  b('Bộ Chỉ huy', 'c', 'unit'),
  b('Ban Chỉ huy Quân sự', 'c', 'unit'),
  // Provincial agencies named after their unit since 2025, with no head word (`Thống kê tỉnh Ninh
  // Bình`, `Thuế tỉnh Hà Tĩnh`): a place must follow (`n`).
  b('Thống kê', 'pn', 'unit'),
  b('Thuế', 'pn', 'unit'),
  b('Cục Thống kê', 'c', 'prov'),
  b('Chi cục Thống kê', 'c', 'dist'),
  b('Cục Thuế', 'c', 'prov'),
  b('Chi cục Thuế', 'c', 'dist'),
  b('Tổng cục Thống kê', '', 'nat'),
];

/**
 * Heads followed by a department name: `Sở Y tế`, `Ban Tuyên giáo`, `Phòng Nội vụ`. Schools,
 * hospitals and academies are parents of their departments (`Phòng Đào tạo Trường Đại học …`).
 */
export const NAMED_HEADS: ReadonlyArray<readonly [string, BodyDef['level'], string]> = [
  ['Sở', 'prov', 'cp'],
  ['Bộ', 'nat', 'p'],
  ['Ban', 'unit', 'c'],
  ['Phòng', 'dist', 'c'],
  ['Cục', 'nat', 'c'],
  ['Tổng cục', 'nat', 'p'],
  // A provincial sub-department is named after its province (`Chi cục Thủy lợi tỉnh Nghệ An`).
  ['Chi cục', 'prov', 'c'],
  ['Vụ', 'nat', 'c'],
  ['Viện', 'nat', 'c'],
  ['Trung tâm', 'unit', 'c'],
  ['Bệnh viện', 'unit', 'p'],
  // `Trạm Y tế xã Hòa An`, `Trạm Khuyến nông huyện …`: a station of a commune or district.
  ['Trạm', 'unit', 'c'],
  // Police and border-guard units: `Cơ quan Cảnh sát điều tra Công an tỉnh`, `Đồn Biên phòng Lao Bảo`.
  ['Cơ quan', 'unit', 'c'],
  ['Đồn', 'unit', 'c'],
  ['Học viện', 'nat', 'p'],
  // Universities (a parent of their centres and schools: `Trung tâm … Đại học Quốc gia Hà Nội`),
  // associations, and foreign missions named by their country (`Đại sứ quán Hàn Quốc`; `m`: placed by
  // `tại` + the host, `Đại sứ quán Việt Nam tại Hàn Quốc`).
  ['Đại học', 'nat', 'p'],
  ['Hiệp hội', 'unit', 'c'],
  ['Liên đoàn', 'unit', 'c'],
  // A branch is named by its parent and placed by `tại` (`Chi nhánh Liên đoàn … tại Đà Nẵng`).
  ['Chi nhánh', 'unit', 'm'],
  ['Đại sứ quán', 'nat', 'm'],
  ['Tổng Lãnh sự quán', 'nat', 'm'],
  ['Lãnh sự quán', 'nat', 'm'],
  ['Trường', 'unit', 'p'],
  ['Ủy ban', 'unit', 'c'],
  ['Hội đồng', 'unit', 'c'],
  ['Hội', 'unit', 'c'],
  ['Liên hiệp', 'unit', 'c'],
  ['Ban Chỉ đạo', 'unit', 'c'],
  ['Ban Quản lý', 'unit', 'c'],
  // Companies (`k`) are named bodies of their own: `resolved` is the name as written.
  ['Tổng công ty', 'nat', 'k'],
  ['Công ty', 'nat', 'k'],
  // A sole proprietorship, its legal form written as the head: `Doanh nghiệp tư nhân Minh Phát`.
  ['Doanh nghiệp tư nhân', 'nat', 'k'],
  ['Tập đoàn', 'nat', ''],
  // A bloc of agencies or enterprises with its own Party organisation (`Đảng bộ Khối Doanh nghiệp Trung ương`).
  ['Khối', 'nat', 'c'],
  ['Ngân hàng', 'unit', ''],
  ['Đài', 'unit', ''],
  ['Báo', 'unit', ''],
];

/** Department and board names (after `Sở`, `Bộ`, `Ban`, `Phòng`, `Vụ`, `Cục` …). */
export const DEPARTMENTS = [
  'Nội vụ', 'Ngoại giao', 'Ngoại vụ', 'Quốc phòng', 'Công an', 'Tư pháp', 'Tài chính', 'Công Thương', 'Công thương',
  'Y tế', 'Giáo dục và Đào tạo', 'Giáo dục - Đào tạo', 'Xây dựng', 'Giao thông vận tải', 'Giao thông - Vận tải',
  'Kế hoạch và Đầu tư', 'Kế hoạch - Đầu tư', 'Tài nguyên và Môi trường', 'Tài nguyên - Môi trường',
  'Lao động - Thương binh và Xã hội', 'Lao động, Thương binh và Xã hội', 'Nông nghiệp và Phát triển nông thôn',
  'Nông nghiệp và Môi trường', 'Khoa học và Công nghệ', 'Thông tin và Truyền thông', 'Văn hóa, Thể thao và Du lịch',
  'Văn hóa - Thể thao và Du lịch', 'Văn hóa - Thể thao', 'Văn hóa và Thông tin', 'Văn hóa - Thông tin', 'Du lịch',
  'Quy hoạch - Kiến trúc', 'Dân tộc', 'Tôn giáo', 'Tuyên giáo', 'Tuyên giáo và Dân vận', 'Tổ chức', 'Dân vận',
  'Kiểm tra', 'Nội chính', 'Kinh tế', 'Đối ngoại', 'Pháp chế', 'Văn hóa - Xã hội', 'Kinh tế - Ngân sách',
  'Kinh tế - Xã hội', 'Đô thị', 'Thi đua - Khen thưởng', 'Thi đua, Khen thưởng', 'Tài chính - Kế hoạch',
  'Kinh tế - Hạ tầng', 'Quản lý đô thị', 'Lao động - Thương binh và Xã hội', 'Văn hóa và Thông tin',
  'Bảo hiểm y tế', 'Kế hoạch - Tài chính', 'Tổ chức cán bộ', 'Pháp chế', 'Khám bệnh, chữa bệnh',
  'Y tế dự phòng', 'An toàn thực phẩm', 'Dân số', 'Thống kê', 'Thuế', 'Hải quan', 'Quản lý thị trường',
  'Tổ chức - Nội vụ', 'Giáo dục', 'Văn hóa', 'Thể thao', 'Truyền thông', 'Môi trường', 'Chính trị',
  'Thường vụ', 'Chấp hành', 'Bí thư', 'Chỉ đạo', 'Quản lý', 'Tiếp công dân', 'Bảo vệ chăm sóc sức khỏe cán bộ',
  'Chính sách xã hội', 'Hành chính công', 'Phục vụ hành chính công', 'Kiểm soát bệnh tật', 'Phát triển quỹ đất',
  'Quản lý dự án', 'Đầu tư xây dựng', 'Công nghệ thông tin', 'Chuyển đổi số', 'Xúc tiến thương mại', 'Xúc tiến đầu tư',
  'Khuyến nông', 'Bảo trợ xã hội', 'Giáo dục nghề nghiệp', 'Dịch vụ việc làm', 'Phát triển nông thôn', 'Văn thư lưu trữ',
  'Nhân dân', 'Chính trị', 'Hành chính', 'Lao động', 'Thương binh và Xã hội', 'Đất đai', 'Bảo hiểm xã hội',
  'Ngân sách nhà nước', 'Quản lý nợ và Tài chính đối ngoại', 'Tài chính đối ngoại', 'Hợp tác quốc tế', 'Pháp chế',
  'Tổ chức cán bộ', 'Kế hoạch - Tài chính', 'Quản lý giá', 'Quản lý công sản', 'Tài chính doanh nghiệp', 'Chính sách thuế',
];

/** Abbreviated department names (`Bộ GD&ĐT`) and their expansions. */
export const DEPT_ABBREVIATIONS: ReadonlyArray<readonly [string, string]> = [
  ['GD&ĐT', 'Giáo dục và Đào tạo'],
  ['GDĐT', 'Giáo dục và Đào tạo'],
  ['GD-ĐT', 'Giáo dục và Đào tạo'],
  ['KH&ĐT', 'Kế hoạch và Đầu tư'],
  ['KHĐT', 'Kế hoạch và Đầu tư'],
  ['KH-ĐT', 'Kế hoạch và Đầu tư'],
  ['TN&MT', 'Tài nguyên và Môi trường'],
  ['TNMT', 'Tài nguyên và Môi trường'],
  ['TN-MT', 'Tài nguyên và Môi trường'],
  ['LĐ-TB&XH', 'Lao động - Thương binh và Xã hội'],
  ['LĐTBXH', 'Lao động - Thương binh và Xã hội'],
  ['NN&PTNT', 'Nông nghiệp và Phát triển nông thôn'],
  ['NNPTNT', 'Nông nghiệp và Phát triển nông thôn'],
  ['KH&CN', 'Khoa học và Công nghệ'],
  ['KHCN', 'Khoa học và Công nghệ'],
  ['TT&TT', 'Thông tin và Truyền thông'],
  ['TTTT', 'Thông tin và Truyền thông'],
  ['VH-TT&DL', 'Văn hóa, Thể thao và Du lịch'],
  ['VHTTDL', 'Văn hóa, Thể thao và Du lịch'],
  ['GTVT', 'Giao thông vận tải'],
  ['TC-KH', 'Tài chính - Kế hoạch'],
];

/**
 * Common nouns (two or more syllables, written in lower case) that continue an agency's name after
 * its capitalised words: `Vụ Khoa học công nghệ`, `Ban Chỉ huy Phòng thủ dân sự`, `Tổng công ty Cảng
 * hàng không`. Nouns only, and none that is also a frequent verb (`thông tin`, `xây dựng`, `đầu tư`,
 * `khen thưởng`), so a following verb phrase (`Sở Y tế xây dựng kế hoạch`) is never taken.
 */
export const NAME_NOUNS = [
  'công nghệ', 'quân sự', 'dân sự', 'hình sự', 'thực vật', 'hàng không', 'hàng hải', 'thủy văn', 'khí tượng', 'nông thôn',
  'xã hội', 'nhà nước', 'quốc gia', 'quốc tế', 'đối ngoại', 'trong nước', 'ngoài nước', 'dân tộc', 'tôn giáo',
  'cứu nạn', 'thiên tai', 'môi trường', 'thị trường', 'doanh nghiệp', 'hành chính', 'nhân dân', 'đất đai',
  'khoáng sản', 'lâm nghiệp', 'thủy sản', 'thủy lợi', 'nông nghiệp', 'công nghiệp', 'thương mại', 'du lịch',
  'văn hóa', 'thể thao', 'y tế', 'thú y', 'trẻ em', 'gia đình', 'người cao tuổi', 'phụ nữ', 'thanh niên', 'lao động',
  'việc làm', 'giao thông', 'đường bộ', 'đường sắt', 'đường thủy', 'nội địa', 'biển đảo', 'hải đảo', 'biên giới',
  'điện lực', 'năng lượng', 'tài chính', 'ngân hàng', 'bảo hiểm', 'kế hoạch', 'kiến trúc', 'địa chất', 'công cộng',
  'đô thị', 'hộ tịch', 'quốc tịch', 'bổ trợ tư pháp', 'tư pháp', 'pháp luật', 'thi hành án', 'án dân sự', 'dân số',
  'sức khỏe', 'sinh sản', 'bệnh tật', 'dịch bệnh', 'truyền nhiễm', 'thực phẩm', 'dược phẩm', 'mỹ phẩm', 'cộng đồng',
  'báo chí', 'truyền hình', 'điện tử', 'viễn thông', 'bưu chính', 'chất lượng', 'đo lường', 'sở hữu trí tuệ',
  'hợp tác xã', 'kinh tế', 'tập thể', 'tư nhân', 'cán bộ', 'công chức', 'viên chức', 'văn thư', 'người có công',
  'phòng cháy', 'chữa cháy', 'miền núi', 'vùng cao', 'khoa học', 'sau đại học', 'sinh viên', 'học sinh', 'giáo viên',
];

/**
 * Regions that end an agency's or company's name, written `miền` + a capitalised direction:
 * `Tổng công ty Điện lực miền Nam`, `Viện Sốt rét - Ký sinh trùng - Côn trùng miền Trung`.
 */
export const REGION_SUFFIXES = ['miền Bắc', 'miền Trung', 'miền Nam', 'miền Tây', 'miền Đông'];

/** Legal forms written between `Công ty`/`Tổng công ty` and the company's own name. */
export const LEGAL_FORMS = [
  'cổ phần', 'CP', 'TNHH', 'TNHH MTV', 'TNHH một thành viên', 'TNHH hai thành viên trở lên', 'trách nhiệm hữu hạn',
  'trách nhiệm hữu hạn một thành viên', 'MTV', 'hợp danh', 'liên doanh', 'tư nhân', 'cổ phần tập đoàn',
];

/**
 * Names that make a `Ban`/`Tổ` an ad-hoc team set up for one task, not a standing body: `Ban
 * Chuyên án` (the team on a criminal case; fourth held-out set, decision 6).
 */
export const AD_HOC_NAMES = ['Chuyên án'];

/**
 * Abbreviated legal forms, expanded in a company's canonical name as the form is written in full,
 * in lower case (`Công ty TNHH MTV X` → `Công ty trách nhiệm hữu hạn một thành viên X`).
 */
export const LEGAL_FORM_ABBREVIATIONS: ReadonlyArray<readonly [string, string]> = [
  ['TNHH', 'trách nhiệm hữu hạn'],
  ['MTV', 'một thành viên'],
  ['CP', 'cổ phần'],
];

/**
 * Heads that stand alone as a back-reference to a body named in full earlier (`Sở Y tế …, Giám đốc
 * Sở cho biết`): accepted only when the article named such a body before.
 */
export const BARE_HEADS = ['Sở', 'Cục', 'Chi cục', 'Tổng cục', 'Công ty', 'Tổng công ty', 'Tập đoàn', 'Bệnh viện', 'Ban'];
// Not `Vụ` (`Vụ việc`, `Vụ án`), `Viện` (`viện dẫn`) or `Trung tâm` (`trung tâm thành phố`): too often words.

/** Words that make a bare head an ordinary word instead (`Sở dĩ`, `Sở hữu`, `Cục diện`, `Cục bộ`). */
export const BARE_NOT_BEFORE = [
  'sở dĩ', 'sở hữu', 'sở thích', 'sở trường', 'sở tại', 'cục diện', 'cục bộ', 'cục cằn', 'cục tác',
  // `Ban đầu, …` (at first), `Ban hành …` (to issue) at a sentence start.
  'ban đầu', 'ban hành', 'ban bố', 'ban ngày', 'ban đêm', 'ban sáng', 'ban chiều', 'ban trưa', 'ban tặng', 'ban phát', 'ban nãy',
];

/** Position words. `org` = the organisation must follow (`Trưởng` + `ban Tổ chức …`). */
export interface TitleDef {
  phrase: string;
  /** 'opt' organisation may follow; 'req' must follow (embedded head allowed in lower case); 'none'. */
  org: 'opt' | 'req' | 'none';
  /** Unique office: a title-only mention is specific even without organisation. */
  unique?: true;
  /**
   * The organisation is written inside the title, after this many position words: `Tổng Kiểm toán
   * Nhà nước` is the head of `Kiểm toán Nhà nước` (1), `Phó Tổng Thanh tra Chính phủ` a deputy head
   * of `Thanh tra Chính phủ` (2). The phrase then ends with the organisation's name.
   */
  within?: number;
  /** Organisation implied when none is written (looked up in the article). */
  implies?: 'Bộ';
  /**
   * A diplomat named by the country sent and the host (`Đại sứ Nhật Bản tại Việt Nam`): the title
   * is the whole phrase, the organisation the mission (`Đại sứ quán …`), and the name may be foreign.
   */
  envoy?: true;
  /**
   * A minister named by the department (`Ngoại trưởng` = minister of `Ngoại giao`); the country may
   * follow (`Ngoại trưởng Phần Lan`): the organisation is that ministry, and the name may be foreign.
   */
  dept?: string;
  /** The place of the post may follow the organisation (`Giám đốc Quốc gia WB tại Việt Nam`). */
  post?: true;
  /**
   * Head of a unit of a body, the unit word written in lower case in the title and its name after
   * it (`Trưởng khoa Nội tim mạch`): no organisation mention is written; the organisation is the
   * unit (`Khoa …`) of the nearest such body named before (`… Bệnh viện X`).
   */
  unit?: { word: string; parent: string };
}

const t = (phrase: string, org: TitleDef['org'], unique?: true, implies?: 'Bộ'): TitleDef => ({ phrase, org, unique, implies });
/** A head (`Tổng`) or deputy head (`Phó Tổng`) of a national body whose title contains the body's name. */
const headOf = (position: string, body: string): TitleDef => ({
  phrase: `${position} ${body}`,
  org: 'none',
  unique: position.startsWith('Phó') ? undefined : true,
  within: position.split(' ').length,
});

export const TITLES: TitleDef[] = [
  t('Tổng Bí thư', 'none', true),
  t('Chủ tịch nước', 'none', true),
  t('Phó Chủ tịch nước', 'none', true),
  t('Thủ tướng', 'opt', true),
  // One person each in a given article (`Theo Phó Thủ tướng, …`), like `Thủ tướng`; a plural
  // (`các Phó Thủ tướng`) is still left out.
  t('Phó Thủ tướng', 'opt', true),
  t('Phó Thủ tướng Thường trực', 'opt', true),
  t('Phó Bí thư Thường trực', 'opt'),
  t('Bí thư Thường trực', 'opt'),
  t('Phó Bí thư', 'opt'),
  t('Bí thư', 'opt'),
  t('Phó Chủ tịch Thường trực', 'opt'),
  t('Phó Chủ tịch', 'opt'),
  t('Chủ tịch', 'opt'),
  t('Bộ trưởng', 'opt', true, 'Bộ'),
  t('Thứ trưởng Thường trực', 'opt', true, 'Bộ'),
  t('Thứ trưởng', 'opt', true, 'Bộ'),
  t('Tổng Giám đốc', 'opt'),
  t('Phó Tổng Giám đốc', 'opt'),
  t('Giám đốc', 'opt'),
  t('Phó Giám đốc', 'opt'),
  t('Phó Trưởng ban Thường trực', 'opt'),
  t('Phó Trưởng', 'req'),
  t('Trưởng', 'req'),
  t('Phó Trưởng ban', 'opt'),
  t('Trưởng ban', 'opt'),
  t('Phó Trưởng phòng', 'opt'),
  t('Trưởng phòng', 'opt'),
  t('Phó Chánh', 'req'),
  t('Chánh', 'req'),
  t('Chánh Văn phòng', 'opt'),
  t('Phó Chánh Văn phòng', 'opt'),
  t('Chánh Thanh tra', 'opt'),
  t('Chánh án', 'opt'),
  t('Phó Chánh án', 'opt'),
  t('Viện trưởng', 'opt'),
  t('Phó Viện trưởng', 'opt'),
  t('Cục trưởng', 'opt'),
  t('Phó Cục trưởng', 'opt'),
  t('Tổng cục trưởng', 'opt'),
  t('Vụ trưởng', 'opt'),
  t('Phó Vụ trưởng', 'opt'),
  t('Chủ nhiệm', 'opt'),
  t('Phó Chủ nhiệm', 'opt'),
  // Member of a Party committee, written as one word: `Thành ủy viên`, `Tỉnh ủy viên`.
  t('Thành ủy viên', 'none'),
  t('Tỉnh ủy viên', 'none'),
  t('Huyện ủy viên', 'none'),
  t('Quận ủy viên', 'none'),
  t('Thị ủy viên', 'none'),
  t('Đảng ủy viên', 'none'),
  t('Ủy viên', 'req'),
  t('Ủy viên dự khuyết', 'req'),
  t('Ủy viên chính thức', 'req'),
  t('Ủy viên Thường trực', 'opt'),
  t('Đại biểu', 'req'),
  t('Đại biểu Quốc hội', 'none'),
  t('Trưởng đoàn', 'opt'),
  t('Phó Trưởng đoàn', 'opt'),
  t('Tư lệnh', 'opt'),
  t('Chính ủy', 'opt'),
  t('Chỉ huy trưởng', 'opt'),
  t('Phó Chỉ huy trưởng', 'opt'),
  t('Hiệu trưởng', 'opt'),
  t('Phó Hiệu trưởng', 'opt'),
  t('Phó Tư lệnh', 'opt'),
  t('Phó Chính ủy', 'opt'),
  t('Phó Tổng Biên tập', 'opt'),
  t('Phó Tổng Thư ký', 'opt'),
  t('Phó Tổng cục trưởng', 'opt'),
  // Boards of companies and state groups (`Chủ tịch HĐQT Tập đoàn …`) are bodies (BODIES, flag `b`).
  t('Tổng Biên tập', 'opt'),
  t('Tổng Thư ký', 'opt'),
  // The spokesperson of the ministry the article is about (`Người Phát ngôn cho biết`).
  t('Người phát ngôn', 'opt', true, 'Bộ'),
  { phrase: 'Ngoại trưởng', org: 'none', unique: true, dept: 'Ngoại giao' },
  // Heads of international organisations' offices in a country.
  { phrase: 'Giám đốc Quốc gia', org: 'opt', post: true },
  { phrase: 'Trưởng Đại diện', org: 'opt', post: true },
  t('Kiểm toán trưởng', 'opt'),
  t('Tổng Kiểm toán', 'opt'),
  // Governor of the State Bank (one person), heads of a commune health station.
  t('Thống đốc', 'opt', true),
  t('Phó Thống đốc', 'opt'),
  t('Trạm trưởng', 'opt'),
  // Heads of a hospital's clinical departments (`Trưởng khoa Nội tim mạch`).
  { phrase: 'Trưởng khoa', org: 'none', unit: { word: 'Khoa', parent: 'Bệnh viện' } },
  { phrase: 'Phó Trưởng khoa', org: 'none', unit: { word: 'Khoa', parent: 'Bệnh viện' } },
  t('Phó Trạm trưởng', 'opt'),
  { phrase: 'Đại sứ', org: 'none', envoy: true },
  { phrase: 'Tổng Lãnh sự', org: 'none', envoy: true },
  headOf('Tổng', 'Kiểm toán Nhà nước'),
  headOf('Phó Tổng', 'Kiểm toán Nhà nước'),
  headOf('Tổng', 'Thanh tra Chính phủ'),
  headOf('Phó Tổng', 'Thanh tra Chính phủ'),
];

/** State forms written before a country's name (`Bộ trưởng Ngoại giao Cộng hòa Phần Lan`). */
export const STATE_FORMS = [
  'Cộng hòa', 'Vương quốc', 'Liên bang', 'Cộng hòa Liên bang', 'Cộng hòa Nhân dân', 'Cộng hòa Dân chủ Nhân dân',
  'Cộng hòa Xã hội chủ nghĩa', 'Cộng hòa Hồi giáo', 'Cộng hòa Ả Rập', 'Đại Công quốc', 'Công quốc', 'Nhà nước',
];

/** Honorifics that open an official mention. */
export const HONORIFICS = [
  'đồng chí', 'đ/c', 'Đ/c', 'ông', 'bà',
  // Ranks and degrees written before a name open the mention the same way.
  'Đại tướng', 'Thượng tướng', 'Trung tướng', 'Thiếu tướng', 'Đại tá', 'Thượng tá', 'Trung tá', 'Thiếu tá',
  'GS.TS', 'PGS.TS', 'GS', 'PGS', 'TS', 'ThS', 'TS.', 'ThS.', 'BS', 'Bác sĩ', 'Tiến sĩ', 'Thạc sĩ', 'Luật sư',
  // Medical specialist degrees (`bác sĩ chuyên khoa I/II`), written joined or with a dot, and combined ones.
  'BSCKI', 'BSCKII', 'BS.CKI', 'BS.CKII', 'BS CKI', 'BS CKII', 'BSCK1', 'BSCK2', 'DSCKI', 'DSCKII', 'ThS.BS', 'TS.BS',
  'PGS.TS.BS', 'GS.TSKH', 'TSKH', 'ThS.BSCKII', 'KS', 'KS.', 'BS.', 'DS.',
  // State honorary titles of teachers, doctors and artists.
  'NGND', 'NGƯT', 'TTND', 'TTƯT', 'NSND', 'NSƯT',
  'Nhà giáo', 'Thầy', 'Cô',
];

/** Unit words of the administrative levels. */
export const UNITS: ReadonlyArray<readonly [string, 'prov' | 'dist' | 'ward' | 'sub']> = [
  ['tỉnh', 'prov'],
  ['thành phố', 'prov'],
  ['tp', 'prov'],
  ['quận', 'dist'],
  ['huyện', 'dist'],
  ['thị xã', 'dist'],
  ['phường', 'ward'],
  ['xã', 'ward'],
  ['thị trấn', 'ward'],
  ['khu phố', 'sub'],
  ['khu dân cư', 'sub'],
  ['khu vực', 'sub'],
  ['ấp', 'sub'],
  ['thôn', 'sub'],
  ['tổ dân phố', 'sub'],
  ['khóm', 'sub'],
  ['bản', 'sub'],
];

/** Words that end a generic department name (verbs and function words). */
export const NAME_STOP = [
  'cho', 'đã', 'sẽ', 'đang', 'là', 'có', 'được', 'và', 'với', 'của', 'tại', 'trong', 'về', 'để', 'thì', 'mà',
  'này', 'đó', 'các', 'những', 'đề', 'phối', 'tổ', 'vừa', 'cũng', 'đến', 'từ', 'theo', 'trên', 'dưới', 'khi',
  'phải', 'không', 'chưa', 'ra', 'vào', 'lên', 'xuống', 'rằng', 'nên', 'bị', 'do', 'tiếp', 'kiểm', 'triển',
  'thực', 'ban', 'phát', 'chủ', 'tham', 'quyết', 'yêu', 'nhấn', 'trao', 'tặng', 'biểu', 'khen', 'báo', 'chỉ',
  'giao', 'họp', 'ký', 'nhận', 'làm', 'đi', 'đây', 'nay', 'năm', 'tháng', 'ngày', 'quận', 'huyện', 'tỉnh',
  'phường', 'xã', 'thành', 'khu', 'ấp', 'thôn', 'lần', 'khóa', 'nhiệm', 'kỳ', 'hội', 'đại', 'tổng', 'về',
];
