/**
 * Word lists that decide whether a number is a statistic, and what surrounds it:
 * qualifiers (`hơn`, `gần`, `khoảng`…), words that make the following number an
 * identifier, a date or a time (`Điều 51`, `phường 7`, `năm 2021`, `lúc 9 giờ`),
 * and the function words and verbs that end a counted noun phrase.
 * Every entry is lower-case; multi-word entries are joined by one space.
 */
import type { Qualifier } from '../../schema';

/** Qualifier phrases written before a number. */
export const QUALIFIERS: ReadonlyMap<string, Qualifier> = new Map<string, Qualifier>([
  ['hơn', 'over'],
  ['trên', 'over'],
  ['vượt', 'over'],
  ['vượt quá', 'over'],
  ['vượt mốc', 'over'],
  ['vượt ngưỡng', 'over'],
  ['nhiều hơn', 'over'],
  ['ít nhất', 'at-least'],
  ['ít nhất là', 'at-least'],
  ['tối thiểu', 'at-least'],
  ['không dưới', 'at-least'],
  ['không ít hơn', 'at-least'],
  ['dưới', 'under'],
  ['chưa đến', 'under'],
  ['chưa tới', 'under'],
  ['chưa đầy', 'under'],
  ['không tới', 'under'],
  ['không đến', 'under'],
  ['ít hơn', 'under'],
  ['không quá', 'at-most'],
  ['không vượt quá', 'at-most'],
  ['tối đa', 'at-most'],
  ['nhiều nhất', 'at-most'],
  ['gần', 'nearly'],
  ['xuýt xoát', 'nearly'],
  ['ngót', 'nearly'],
  ['ngót nghét', 'nearly'],
  ['khoảng', 'about'],
  ['khoảng chừng', 'about'],
  ['xấp xỉ', 'about'],
  ['chừng', 'about'],
  ['tầm', 'about'],
  ['ước tính', 'about'],
  ['ước đạt', 'about'],
  ['ước', 'about'],
  ['ước khoảng', 'about'],
  ['trên dưới', 'about'],
  ['hàng', 'about'],
]);
export const MAX_QUALIFIER_WORDS = 3;

/** Adjectives after which `hơn` is a comparison (`cao hơn 5%`), not a qualifier. */
export const COMPARATIVE_ADJECTIVES: ReadonlySet<string> = new Set([
  'cao', 'thấp', 'lớn', 'nhỏ', 'tốt', 'nhanh', 'chậm', 'rẻ', 'đắt', 'mạnh', 'yếu', 'dài', 'ngắn', 'sớm', 'muộn',
  'trễ', 'xa', 'gần', 'nặng', 'nhẹ', 'rộng', 'hẹp', 'sâu', 'nông', 'già', 'trẻ', 'đông', 'nóng', 'lạnh',
]);

/**
 * Words that make the number right after them an identifier, a rank or a
 * reference, never a statistic: `Điều 51`, `khoản 2`, `phường 7`, `Tổ 5`,
 * `bão số 9`, `lần thứ 2`, `top 10`, `lớp 12`.
 */
export const IDENTIFIER_BEFORE: ReadonlySet<string> = new Set([
  'thứ', 'điều', 'chương', 'mục', 'phường', 'quận', 'tổ', 'ấp', 'thôn', 'xóm', 'khóm', 'lô',
  'tầng', 'phòng', 'lớp', 'kỳ', 'kì', 'hạng', 'top', 'hẻm', 'ngõ', 'ngách', 'kiệt', 'km', 'ql',
  'đt', 'dt', 'tl', 'mã', 'model', 'series', 'version', 'tập', 'trang', 'câu', 'cổng', 'ga', 'bến', 'visa',
  'block', 'làn', 'mũi', 'lúc', 'bậc', 'tuýp', 'type', 'típ', 'bn', 'f', 'u', 'gen', 'chip', 'size', 'phiên', 'lần', 'đợt',
  'pha', 'bảng', 'hiệu', 'sân', 'chặng', 'covid', 'sars', 'cov', 'ncov', 'h5n1', 'iso', 'ver', 'no', 'tuyến',
  // a village of the northern uplands (`trú tại bản 4`); see NOT_IDENTIFIER_2 for `cơ bản`, `xuất bản`
  'bản',
  // a concrete's grade (`bê tông mác 300`)
  'mác',
]);

/**
 * Words that make the number after them an identifier unless a real unit
 * follows (`nhóm 5` is a name, `nhóm 5 người` is a statistic).
 */
export const IDENTIFIER_SOFT: ReadonlySet<string> = new Set([
  'số', 'nhóm', 'đường', 'khu', 'nhà', 'căn', 'ô', 'kho', 'đội', 'liều', 'phút', 'cửa', 'trạm', 'tòa', 'toà',
  'sảnh', 'đồn', 'cỡ', 'dòng', 'đời', 'kênh', 'hệ', 'cụm', 'vùng', 'xe', 'tàu', 'loại', 'cấp', 'gói', 'hạng',
  'điểm', 'khóa', 'khoá', 'vòng', 'bão', 'bài', 'tháp', 'đoạn',
  // a plot of a cadastral map (`thửa 45 và thửa 46`)
  'thửa',
  // a hill named by its height (`đồi 241`, `cao điểm 1509`)
  'đồi',
  // a school year's grade (`1.560 học sinh khối 6`); a military unit (`Binh đoàn 18`, `Sư đoàn 5`); a standard (`Wi-Fi 7`)
  'khối', 'đoàn', 'fi', 'wifi',
  // steel grades (`thép 201`, `Thép không gỉ 304`, `inox 316`)
  'thép', 'gỉ', 'inox',
  // numbered parts of a match (`hiệp 2`, `ván 3`, `set 2`, `lượt 2`) and border markers (`mốc 604`)
  'hiệp', 'ván', 'set', 'lượt', 'mốc',
  // a crop season by its number (`gieo trồng vụ 3`), a show by its night (`concert 2`), a lottery number (`đánh con 68`)
  'vụ', 'concert', 'con',
  // numbered lines of a power network (`đường dây 500 kV mạch 3`)
  'mạch',
  // the scale of a score (`29,42 điểm theo thang 30`) and the degree of a burn (`bỏng độ 3`)
  'thang', 'độ',
  // a level (`định danh mức 2`): an amount after it has its unit (`mức 5 triệu đồng`); a sequel (`phần 2`)
  'mức', 'phần', 'mùa', 'khoang',
  // a clause of an article (`khoản 2 Điều 5`); a sum has its unit (`một khoản 500 triệu đồng`)
  'khoản',
  // a grade of coal by its lump size (`than antraxit cục 3`, `than cám 5`); a forest plot (`tiểu khu 1172, khoảnh 5`)
  'cục', 'cám', 'khoảnh',
]);

/**
 * Two-word phrases that make the following number an identifier or a date
 * (`Nghị định 100`, `Quốc lộ 1`, `biển số`, `giai đoạn 2016`).
 */
export const IDENTIFIER_BEFORE_2: ReadonlySet<string> = new Set([
  'nghị định', 'thông tư', 'quyết định', 'chỉ thị', 'nghị quyết', 'công văn', 'tờ trình', 'kết luận', 'luật số',
  'quốc lộ', 'tỉnh lộ', 'hương lộ', 'cao tốc', 'đường số', 'biển số', 'biển kiểm', 'mã số', 'số hiệu', 'mã vạch',
  // a choice on an application (`trượt nguyện vọng 1 ngành Y khoa`), never a count; a mine's pit (`khai trường 23`)
  'nguyện vọng', 'khai trường',
  'số nhà', 'lần thứ', 'kỳ họp', 'nhiệm kỳ', 'niên khóa', 'niên khoá', 'niên độ', 'năm học',
  'thập niên', 'thập kỷ', 'thế kỷ', 'đại hội', 'sư đoàn', 'trung đoàn', 'lữ đoàn', 'tiểu đoàn', 'đại đội',
  'trung đội', 'quân khu', 'quân đoàn', 'hải đội', 'binh đoàn', 'hải đoàn', 'bệnh nhân', 'ca bệnh', 'áp thấp', 'thế hệ',
  'điện thoại', 'đường dây', 'tổng đài', 'kỷ niệm', 'cấp độ', 'tổ dân', 'khu phố', 'khối phố', 'dân phố', 'mẫu số',
  'phụ lục', 'tờ bản', 'bản đồ', 'xe buýt', 'tuyến xe', 'chuyến bay', 'tàu cá', 'vùng hải', 'bộ luật',
  'khách sạn', 'mùa giải',
  // a numbered branch (`Nhà thuốc Phúc An chi nhánh 12`); branches counted come first (`12 chi nhánh`)
  'chi nhánh',
  // weight classes name a class of fighters, not a mass (`hạng cân 50 kg`)
  'hạng cân',
  // numbered storms, lines, alarm levels, roads, institutions and events
  'bão số', 'buýt số', 'tuyến số', 'báo động', 'mức độ', 'quân y', 'vành đai', 'đường tỉnh', 'đường huyện',
  // a frequency band by its range (`băng tần 3.700-3.800 MHz`)
  'băng tần',
  'tưởng niệm', 'nội dung', 'quân đội',
  // a race named by its distance (`chạy cự ly 42 km`)
  'cự ly',
]);

/**
 * Three-word names of units whose number names them unless a real unit follows
 * (`Tổ công tác 141 kiểm tra …`, but `tổ công tác 5 người`): their last two
 * words alone are too common to count (`đi công tác 3 ngày`).
 */
export const IDENTIFIER_SOFT_3: ReadonlySet<string> = new Set([
  'tổ công tác', 'đội công tác', 'đoàn công tác', 'ban chỉ đạo', 'tổ phản ứng', 'đội phản ứng', 'tổ cứu hộ', 'đội cứu hộ',
]);

/** Two-word phrases whose last word looks like an identifier noun but is not one (`dứt điểm mười lăm`). */
export const NOT_IDENTIFIER_2: ReadonlySet<string> = new Set([
  'dứt điểm', 'trọng điểm', 'đặc điểm', 'quan điểm', 'ưu điểm', 'nhược điểm', 'thời điểm', 'trong vòng', 'kiểm soát',
  'chiếc xe', 'đoàn xe', 'đồng hồ', 'thực tập', 'học tập', 'luyện tập', 'lần lượt',
  // the team at the top of a table (`kém đội đầu bảng 2 điểm`), not table 2; a list of items (`danh mục 1.052 dự án`)
  'đầu bảng', 'danh mục',
  // `vụ` in other words (`phục vụ ba mươi mốt nghìn lượt khách`, `dịch vụ 4 nhà mạng`), not a crop season
  'phục vụ', 'dịch vụ', 'nhiệm vụ', 'thời vụ', 'chức vụ', 'nghiệp vụ', 'sự vụ', 'tác vụ', 'công vụ', 'thương vụ',
  // `tập` in verbs (`triệu tập 28 cầu thủ`, `tập trung 500 người`), not a volume number
  'triệu tập', 'tập trung', 'tập huấn', 'tập kết', 'tập hợp', 'quy tập',
  // `nâng cấp 7 cống`, `cung cấp 20 áo phao`: verbs, not grade 7
  'nâng cấp', 'cung cấp', 'cấp phát',
  // `cao hơn cùng kỳ 2,1 g/l`: the same period last year, compared with, not period 2
  'cùng kỳ', 'cùng kì',
  // `chuẩn nghèo khu vực nông thôn 1,5 triệu đồng`, `sĩ số 45 học sinh`: not hamlet 1, not number 45
  'nông thôn', 'sĩ số',
  // `giá trọn gói 300K`: an all-in price, not package 300; `đóng cửa 11 mỏ than`: closing, not door 11
  'trọn gói', 'đóng cửa', 'mở cửa',
  // `mua sắm trực tuyến 30 lần`, `chiều dài toàn tuyến 8,93 km`: online, the whole route; not route 30
  'trực tuyến', 'toàn tuyến',
  // `hơn đội nhì bảng 5 điểm`, `kém đội cuối bảng 3 điểm`: teams by their place, like `đầu bảng`; annual leave (`nghỉ phép
  // năm 10 ngày`), not the year 10
  'nhì bảng', 'cuối bảng', 'phép năm',
  // `kiểm tra định kỳ 415 lượt cơ sở`: periodic, not period 415
  'định kỳ', 'định kì',
  // `tổng chiều dài tuyến 78,5 km`: the route's whole length, not route 78,5
  'dài tuyến',
  // `sạc được cùng lúc 24 xe`: at once, not at the time 24; `hỗ trợ một lần 10 tháng lương`: a lump sum, not time 10
  'cùng lúc', 'một lần',
  // `Trong số 15 luật được thông qua`: among, not number 15
  'trong số',
  // `bản` as a syllable of another word (`cơ bản 95% hộ`, `xuất bản 500 đầu sách`), not a village
  'cơ bản', 'căn bản', 'văn bản', 'biên bản', 'xuất bản', 'tái bản', 'nguyên bản', 'nhật bản',
  // `cấp` inside a verb or adjective (`khám xét khẩn cấp 18 địa điểm`, `cung cấp 500 suất ăn`), not a level
  'khẩn cấp', 'cung cấp', 'trợ cấp',
  // `chuyển tuyến 9 ca`: transferred to a higher hospital, not route 9
  'chuyển tuyến',
  // `chuyển khoản 9 lần`, `thanh khoản 500 tỷ đồng`: money moved, not clause 9
  'chuyển khoản', 'thanh khoản',
  // `thu quỹ lớp 500.000 đồng/học sinh`: the class's fund, not class 500,000
  'quỹ lớp',
  // `có lúc 300 bệnh nhân/ngày`: at times, not at three hundred o'clock
  'có lúc',
  // `phòng` inside another word (`tòa tháp văn phòng 45 tầng`, `đặt phòng 3 đêm`, `dự phòng 10%`), not room 45
  'văn phòng', 'đặt phòng', 'thuê phòng', 'giá phòng', 'dự phòng', 'quốc phòng', 'suất phòng',
]);

/** Words before `N tháng`/`N năm` that make the span a period name (`6 tháng đầu năm 2023`). */
export const PERIOD_AFTER: ReadonlySet<string> = new Set(['đầu', 'cuối', 'giữa']);

/** Words right before a number that make `Nh` a duration, not a clock time (`trong 24h`). */
export const DURATION_H_BEFORE: ReadonlySet<string> = new Set(['trong', 'sau', 'mất', 'suốt', 'dài', 'kéo', 'vòng', 'thêm', 'cả', 'mỗi', 'được', 'hết', 'chỉ', 'còn']);

/** Two-word phrases that make the number after them an identifier unless a real unit follows. */
export const IDENTIFIER_SOFT_2: ReadonlySet<string> = new Set([
  'phiên bản', 'giai đoạn', 'đề án', 'chương trình', 'kế hoạch', 'hội nghị', 'tiêu chuẩn', 'quy chuẩn', 'hợp đồng', 'tài khoản',
  'giấy phép', 'công trình', 'gói thầu', 'lô đất', 'thửa đất', 'ô tô', 'hạng mục', 'phương án', 'nhà máy',
  'bệnh viện', 'trường tiểu', 'nhà số', 'chung cư', 'tòa nhà', 'căn hộ', 'phòng số', 'vị trí',
  'thứ hạng', 'xếp hạng', 'phương châm', 'kỳ hạn', 'kiểm soát', 'cơ sở', 'dự án',
  // a numbered region (`cảng biển khu vực 1`); `khu vực 3 xã` counts; a radar station (`Trạm ra đa 595`)
  'khu vực', 'ra đa',
  // a bus route, a generating unit and a basement level by their numbers (`tuyến buýt 152 ra Vũng Tàu`, `tổ máy 1 vào
  // tháng 6`, `ở tầng hầm 2`)
  'tuyến buýt', 'xe buýt', 'tổ máy', 'tầng hầm',
]);


/** Words after which a number is a calendar date or a year (`ngày 21`, `tháng 3`, `năm 2021`). */
export const DATE_BEFORE: ReadonlyMap<string, number> = new Map([
  // word → largest number that can follow as a date part
  ['ngày', 31],
  ['mùng', 31],
  ['mồng', 31],
  ['hôm', 31],
  ['sáng', 31],
  ['trưa', 31],
  ['chiều', 31],
  ['tối', 31],
  ['đêm', 31],
  ['khuya', 31],
  ['rạng', 31],
  ['tháng', 12],
  ['quý', 4],
  ['tuần', 53],
  ['giờ', 59],
  ['năm', 9999],
  ['niên', 9999],
]);
/** Words before a number that do NOT make a following date word a date (`mỗi ngày 500 ca`). */
export const PERIODIC_BEFORE_DATE_WORD: ReadonlySet<string> = new Set(['mỗi', 'hằng', 'hàng', 'một', 'từng']);

/** Words just before an `a/b` that make it a date (`sáng 21/1`, `từ 20/11`). */
export const DATE_SLASH_BEFORE: ReadonlySet<string> = new Set([
  'ngày', 'sáng', 'trưa', 'chiều', 'tối', 'đêm', 'khuya', 'hôm', 'rạng', 'mùng', 'mồng', 'từ', 'đến', 'tới', 'trước',
  'sau', 'đầu', 'cuối', 'giữa', 'vào', 'hạn', 'dịp', 'lễ', 'tết', 'hết', 'qua', 'nay', 'thứ', 'chủ', 'nhật', 'tháng',
  'năm', 'tuần', 'và', 'hoặc', 'lúc', 'kể',
]);
/** Of those, the words that make `a/b` a date even when a noun follows (`sáng 21/1 các đơn vị…`). */
export const DATE_SLASH_STRONG: ReadonlySet<string> = new Set([
  'ngày', 'sáng', 'trưa', 'chiều', 'tối', 'đêm', 'khuya', 'hôm', 'rạng', 'mùng', 'mồng', 'hạn', 'dịp', 'lễ', 'tết', 'thứ',
  'chủ', 'nhật', 'tháng', 'năm', 'tuần', 'lúc',
  // `Quốc khánh 2/9`
  'khánh',
]);

/** Words just before an `a/b` that make it a proportion (`chiếm 1/3`, `tỷ lệ 2/5`). */
export const FRACTION_BEFORE: ReadonlySet<string> = new Set([
  'chiếm', 'lệ', 'khoảng', 'gần', 'hơn', 'trên', 'dưới', 'đạt', 'còn', 'là', 'bằng', 'mất', 'có', 'được', 'tới',
  'đến', 'chừng', 'ước', 'xấp', 'xỉ', 'tầm', 'nhất', 'đa', 'thiểu', 'tổng', 'cả', 'thì',
]);

/** Words after `N giờ` that make it a clock time (`8 giờ sáng`). */
export const TIME_OF_DAY: ReadonlySet<string> = new Set(['sáng', 'trưa', 'chiều', 'tối', 'đêm', 'khuya', 'ngày', 'hôm', 'rạng']);

/** Words before a score `3-1` (not a range). */
export const SCORE_BEFORE: ReadonlySet<string> = new Set(['số', 'thắng', 'thua', 'hòa', 'hoà', 'bại', 'tỉ', 'tỷ', 'cách', 'đánh', 'cuộc']);

/**
 * Words that end a counted noun phrase: function words, verbs, adverbs,
 * quantifiers and demonstratives. A counted noun never contains them.
 */
export const NP_STOP: ReadonlySet<string> = new Set([
  'và', 'của', 'cho', 'giúp', 'tại', 'ở', 'trong', 'ngoài', 'với', 'từ', 'đến', 'tới', 'trên', 'dưới', 'về', 'theo', 'do',
  'bởi', 'là', 'được', 'bị', 'đã', 'đang', 'sẽ', 'có', 'không', 'chưa', 'cũng', 'vẫn', 'còn', 'mới', 'này', 'đó', 'toàn',
  // a superlative ends the noun (`4 sàn lớn nhất` counts `sàn lớn`, and `nhất` closes a rank)
  'nhất',
  // a company's result, the verb after its name (`Tổng công ty Phát điện 1 lãi 2.156 tỷ đồng`): profit is no counted noun
  'lãi',
  'kia', 'ấy', 'nào', 'nữa', 'thì', 'mà', 'nhưng', 'hoặc', 'hay', 'các', 'những', 'mỗi', 'mọi', 'cả', 'tất',
  'nhiều', 'ít', 'hơn', 'khoảng', 'gần', 'so', 'như', 'để', 'vì', 'nên', 'nếu', 'khi', 'sau', 'trước', 'lên',
  'xuống', 'ra', 'vào', 'đi', 'lại', 'qua', 'tăng', 'giảm', 'đạt', 'chiếm', 'gồm', 'nhận', 'trao', 'tặng', 'phát',
  'thu', 'bán', 'mua', 'chi', 'vay', 'nộp', 'góp', 'mất', 'chết', 'bắt', 'giữ', 'xử', 'phạt', 'tiêm',
  'khám', 'chữa', 'nằm', 'đặt', 'làm', 'đưa', 'đem', 'mang', 'dùng', 'cần', 'phải', 'muốn', 'nhằm', 'bao', 'tức',
  'gấp', 'bằng', 'đều', 'riêng', 'chỉ', 'thêm', 'nay', 'rồi', 'xong', 'hết', 'trở', 'tương', 'gây', 'tham',
  'liên', 'hỗ', 'tử', 'thiệt', 'mắc', 'nhiễm', 'tiếp', 'thực', 'tổ', 'triển', 'xây', 'hoàn', 'thành', 'bảo',
  'ủng', 'quyên', 'vận', 'kêu', 'tìm', 'thoát', 'trúng', 'thi', 'dự', 'sinh', 'sống', 'đi', 'về', 'bỏ', 'nghỉ',
  'đóng', 'mở', 'xin', 'trả', 'rút', 'gửi', 'ghi', 'báo', 'cho', 'biết', 'nói', 'cho rằng', 'nhưng', 'song', 'tuy',
  'dù', 'hầu', 'gồm', 'kể', 'thuộc', 'nằm', 'ngay', 'luôn', 'rất', 'quá', 'lắm', 'đăng', 'sang', 'lưu', 'chở', 'gặp', 'trồng', 'xét', 'phạm',
  'chạy', 'vượt', 'bay', 'đến', 'nhiễm', 'sử', 'dùng', 'lọt', 'đỗ', 'trượt', 'rớt', 'thắng', 'thua', 'đón',
  'lây', 'tái', 'cứu', 'hưởng', 'bầu', 'chọn', 'ký', 'kí', 'khởi', 'nợ', 'treo', 'bốc', 'đưa', 'chịu', 'mời', 'đây', 'kìa', 'đâu', 'gì', 'ai',
  'sao', 'thế', 'vậy', 'bấy', 'nhiêu', 'mấy', 'vài', 'dăm', 'chục', 'trăm', 'nghìn', 'ngàn', 'triệu', 'tỷ', 'tỉ',
  'đồng thời', 'cùng', 'kèm', 'nhờ', 'tùy', 'tuỳ', 'giữa', 'quanh', 'khắp', 'suốt', 'thay', 'vì', 'hằng',
  'tháng', 'năm', 'ngày', 'tuần', 'quý', 'lúc', 'tính', 'ước', 'dự', 'giữa', 'đứng', 'thứ', 'xếp', 'dẫn', 'vượt', 'lập', 'chuyển', 'cấp',
  'bị', 'buộc', 'cần', 'đề', 'nghị', 'giao', 'nghi', 'duyệt', 'tiến', 'áp', 'tiếp',
  'nhận', 'trong', 'vừa', 'mới', 'từng', 'đang', 'sắp', 'lần', 'lượt', 'tuổi', 'tỷ lệ',
  // verbs that follow a counted noun (`container khai báo`, `hộ lắp điện`, `lồng bè nuôi tôm`) and `cũ`
  'gọi', 'khai', 'lắp', 'nuôi', 'miễn', 'cũ',
]);

/** Two-syllable verbs and phrases that end a counted noun phrase (`tin liên quan`, `người tham gia`). */
export const NP_STOP_2: ReadonlySet<string> = new Set([
  'liên quan', 'tham gia', 'hỗ trợ', 'tiết kiệm', 'tử vong', 'hy sinh', 'hi sinh', 'kéo dài', 'tồn tại', 'bị thương', 'thiệt mạng', 'mắc bệnh', 'có giá', 'trị giá',
  'tương đương', 'khác nhau', 'khác', 'còn lại', 'trở lên', 'trở xuống', 'vi phạm', 'đạt chuẩn', 'đủ điều',
  'sinh sống', 'cư trú', 'làm việc', 'đang', 'điều trị', 'xuất viện', 'nhập viện', 'cách ly', 'mất tích',
  'dương tính', 'âm tính', 'trung bình', 'bình quân', 'tổng cộng', 'chính thức', 'hiện nay', 'hiện tại',
  'bao gồm', 'xuất khẩu', 'nhập khẩu', 'xuất hiện', 'nhập cảnh', 'xuất cảnh', 'sản xuất', 'xuất bản', 'xuất phát', 'nhập học',
  'giải ngân', 'thông quan', 'miễn phí', 'cách nhau', 'khai báo', 'lắp đặt', 'hiện hành', 'lộ thiên',
  'tài trợ', 'phê duyệt', 'phục vụ', 'phục hồi', 'tự do', 'tự động', 'tự nguyện', 'bên cạnh', 'bên trong', 'bên ngoài', 'tiến hành', 'thi hành', 'điều hành', 'phát hành', 'đầu tiên', 'cuối cùng', 'nghi nhiễm', 'nghi mắc', 'yêu cầu', 'đề nghị',
]);

/**
 * Two-syllable words a counted noun's complement may end with: read whole even when the second syllable is a stop word
 * on its own (`hộ chăn nuôi`, not `hộ chăn`) or would pass the complement's length (see `readUnit`).
 */
export const NP_COMPOUNDS: ReadonlySet<string> = new Set([
  'chăn nuôi', 'vật nuôi', 'cây trồng', 'đất trồng', 'vắc xin',
  // words of two syllables often closing a counted noun's complement (`nhà vệ sinh`, `lượt học sinh`, `lớp sơ cứu`,
  // `bể bơi di động`, `xe chuyên dụng`): the unit never ends between their syllables
  'vệ sinh', 'học sinh', 'sinh viên', 'sơ cứu', 'cứu hộ', 'cứu nạn', 'cứu thương', 'bình chọn', 'di động', 'chuyên dụng',
  'vỉa hè', 'trường học', 'nguy hiểm', 'máy bay',
]);

/** A magnitude word followed by these makes a noun, not a number (`tỷ phú`, `tỷ lệ`, `triệu phú`). */
export const MAGNITUDE_COMPOUNDS: ReadonlySet<string> = new Set([
  'tỷ phú', 'tỉ phú', 'triệu phú', 'tỷ lệ', 'tỉ lệ', 'tỷ trọng', 'tỉ trọng', 'tỷ giá', 'tỉ giá', 'tỷ số', 'tỉ số', 'nghìn năm',
  'ngàn năm', 'trăm năm',
]);

/** Words before a spelled `năm` that make it "year", not "five" (`mỗi năm`, `có năm…`). */
export const YEAR_NAM_BEFORE: ReadonlySet<string> = new Set([
  'mỗi', 'hằng', 'hàng', 'các', 'những', 'trong', 'cả', 'từng', 'có', 'năm', 'nhiều', 'vài', 'mấy', 'đầu', 'cuối', 'giữa',
  'sang', 'qua', 'vào', 'của', 'này', 'nay', 'đến', 'tới', 'từ', 'sau', 'trước', 'một', 'hai', 'ba', 'bốn', 'sáu', 'bảy',
  'tám', 'chín', 'mười', 'mươi', 'trăm', 'nghìn', 'ngàn', 'là', 'và', 'cùng', 'được',
]);

/**
 * Nouns of a quantity, never counted themselves (`doanh thu`, `tỷ lệ`): a bare year before one is a year
 * (`sang 2024 doanh thu tăng 10%`), never 2,024 revenues.
 */
export const QUANTITY_NOUNS: ReadonlySet<string> = new Set([
  'tỷ lệ', 'tỉ lệ', 'doanh thu', 'lợi nhuận', 'dân số', 'doanh số', 'sản lượng', 'kim ngạch', 'tổng', 'lượng',
]);

/**
 * Words that never begin a counted noun unless the lexicon knows the noun: adjectives of a measure (`đoạn 1 dài 1.600
 * m`), times of day (`trưa`, `tối`, `đêm`; `sáng` and `chiều` also begin `sáng chế`, `chiều dài`, see
 * `TIMES_BEFORE_A_DATE`), and words that open the clause after a name's number (below).
 */
export const NOT_UNIT_STARTS: ReadonlySet<string> = new Set([
  'dài', 'rộng', 'cao', 'sâu', 'nặng', 'dày', 'ngắn', 'thấp', 'trưa', 'tối', 'đêm', 'khuya',
  // (`Cà phê 721 hiện quản lý …`, `đường dây nóng 1022 rằng …`, `Bệnh viện Nhi đồng 1 chăm sóc …`: the clause after a
  // name's number; `hiện vật`, `hiện tượng` are in the lexicon)
  'hiện', 'rằng', 'chăm',
]);
/** Times of day that begin no counted noun when a date or a day follows them (`giá 250K sáng 12/10`, `… chiều nay`). */
export const TIMES_BEFORE_A_DATE: ReadonlySet<string> = new Set(['sáng', 'chiều']);
