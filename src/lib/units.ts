/**
 * The unit lexicon: which words after a number name a currency, a measure, a
 * duration, a percentage or a counted noun, and what kind of figure that makes.
 *
 * Currencies are canonicalised (`VNĐ` → `đồng`, `$` → `USD`, `bảng Anh` → `GBP`);
 * measures are written as in the text, lower-case except symbols (`m²` → `m2`);
 * counted nouns are kept as written. `unitKind` gives the kind of any unit
 * string, including rates (`đồng/kg` → money) and counted nouns (`cán bộ` → people).
 */
import type { Kind } from '../schema';

export interface UnitInfo {
  /** The unit as a figure stores it. */
  unit: string;
  kind: Kind;
}

/**
 * Currency forms (lower-case, words separated by one space; symbols as themselves)
 * and their canonical unit.
 */
export const CURRENCY_FORMS: Readonly<Record<string, string>> = {
  đồng: 'đồng',
  đ: 'đồng',
  vnđ: 'đồng',
  vnd: 'đồng',
  usd: 'USD',
  $: 'USD',
  'us $': 'USD',
  đô: 'USD',
  'đô la': 'USD',
  'đô-la': 'USD',
  'đô - la': 'USD',
  đôla: 'USD',
  'đô la mỹ': 'USD',
  'đôla mỹ': 'USD',
  'usd mỹ': 'USD',
  // US cents, which feed-in tariffs are quoted in (`9,8 UScent/kWh`)
  uscent: 'UScent',
  'us cent': 'UScent',
  eur: 'EUR',
  '€': 'EUR',
  euro: 'EUR',
  gbp: 'GBP',
  '£': 'GBP',
  'bảng anh': 'GBP',
  jpy: 'JPY',
  yên: 'JPY',
  'yên nhật': 'JPY',
  cny: 'CNY',
  'nhân dân tệ': 'CNY',
  ndt: 'CNY',
  tệ: 'CNY',
  // the New Taiwan dollar, which migrant-labour news quotes wages in (`28.590 Đài tệ/tháng`)
  'đài tệ': 'TWD',
  twd: 'TWD',
  won: 'KRW',
  krw: 'KRW',
  bath: 'THB',
  baht: 'THB',
  rúp: 'RUB',
  franc: 'FRF',
  francs: 'FRF',
  frăng: 'FRF',
  peso: 'ARS',
  rupee: 'INR',
  rupiah: 'IDR',
  rub: 'RUB',
  ringgit: 'MYR',
  'đô la singapore': 'SGD',
  sgd: 'SGD',
  'đô la úc': 'AUD',
  aud: 'AUD',
};

/** Currencies that may be written before the number: `$25`, `USD 3,5`, `EUR 40`, `€40`, `£5`. */
export const CURRENCY_PREFIXES: Readonly<Record<string, string>> = {
  $: 'USD',
  usd: 'USD',
  'us $': 'USD',
  eur: 'EUR',
  '€': 'EUR',
  '£': 'GBP',
  gbp: 'GBP',
  vnd: 'đồng',
  vnđ: 'đồng',
  jpy: 'JPY',
  cny: 'CNY',
  // the other ISO codes of CURRENCY_FORMS, which prices abroad are quoted with (`giá từ SGD 108 đến SGD 448`)
  sgd: 'SGD',
  aud: 'AUD',
  krw: 'KRW',
  twd: 'TWD',
};

/** Measures, durations and percentages (forms as for currencies). */
export const MEASURE_FORMS: Readonly<Record<string, UnitInfo>> = (() => {
  const m: Record<string, UnitInfo> = {};
  const add = (kind: Kind, unit: string, ...forms: string[]) => {
    for (const f of [unit, ...forms]) m[f.toLowerCase()] = { unit, kind };
  };
  // mass
  add('mass', 'tấn');
  add('mass', 'tạ');
  add('mass', 'yến');
  add('mass', 'kg', 'ki-lô-gam', 'kilogam', 'kilôgam', 'ký', 'kí', 'ki lô gam', 'kilogram');
  add('mass', 'g', 'gam', 'gram', 'gr');
  add('mass', 'mg', 'miligam');
  add('mass', 'µg', 'μg', 'mcg', 'microgam');
  add('mass', 'lạng');
  add('mass', 'ounce');
  // (`túi điều 1 pound`, `mỗi thùng 22,68 kg (50 pound)`: the pound of weight; the currency is `bảng Anh` or `£`)
  add('mass', 'pound', 'lb', 'lbs');
  // area
  add('area', 'ha', 'héc-ta', 'hécta', 'hecta', 'héc ta', 'hec-ta');
  add('area', 'm2', 'm ²', 'm 2', 'mét vuông', 'met vuông');
  add('area', 'km2', 'km ²', 'km 2', 'ki-lô-mét vuông', 'cây số vuông');
  add('area', 'cm2', 'cm ²', 'cm 2');
  add('area', 'sào');
  // length
  add('length', 'km', 'ki-lô-mét', 'kilomet', 'kilômét', 'cây số');
  add('length', 'm', 'mét', 'met');
  add('length', 'cm', 'xen-ti-mét', 'centimet');
  add('length', 'mm', 'mi-li-mét', 'milimet');
  add('length', 'hải lý');
  add('length', 'inch', 'in-sơ');
  add('length', 'feet', 'foot', 'ft');
  add('length', 'dặm');
  add('length', 'năm ánh sáng');
  add('length', 'nm');
  // volume
  add('volume', 'lít', 'lit');
  add('volume', 'ml', 'mi-li-lít', 'mililit');
  add('volume', 'm3', 'm ³', 'm 3', 'mét khối');
  add('volume', 'cc', 'phân khối');
  add('volume', 'cm3', 'cm 3', 'cm ³');
  add('volume', 'thùng dầu');
  // temperature
  add('temperature', 'độ C', 'độ c', '° c', '°c', 'oc', 'độ xê');
  add('temperature', 'độ F', '° f', '°f');
  add('temperature', 'độ', '⁰', '°');
  add('temperature', 'độ C', '⁰ c', '⁰c');
  // energy and power
  add('energy', 'MW', 'mw', 'megawatt', 'mê-ga-oát');
  add('energy', 'kW', 'kw', 'kilowatt');
  add('energy', 'GW', 'gw');
  add('energy', 'W', 'w', 'oát');
  add('energy', 'Wh', 'wh');
  add('energy', 'kWh', 'kwh', 'số điện');
  add('energy', 'MWh', 'mwh');
  add('energy', 'GWh', 'gwh');
  add('energy', 'TWh', 'twh');
  // apparent power, a generator's or a transformer's rating (`máy phát điện 1.000 kVA`)
  add('energy', 'kVA', 'kva');
  add('energy', 'MVA', 'mva');
  add('energy', 'MWp', 'mwp');
  add('energy', 'kWp', 'kwp');
  add('energy', 'mAh', 'mah');
  add('energy', 'kV', 'kv');
  add('energy', 'kcal', 'calo');
  add('energy', 'mã lực');
  // data
  add('data', 'KB', 'kb');
  add('data', 'MB', 'mb');
  add('data', 'GB', 'gb');
  add('data', 'TB', 'tb');
  add('data', 'PB', 'pb');
  add('data', 'Mbps', 'mbps');
  add('data', 'Gbps', 'gbps');
  add('data', 'Tbps', 'tbps');
  // speed
  add('speed', 'km/h', 'km / h', 'km/giờ', 'km / giờ');
  add('speed', 'm/s', 'm / s');
  add('speed', 'hải lý/giờ', 'hải lý / giờ');
  // percent
  add('percent', '%', 'phần trăm');
  // per mille: salinity (`độ mặn 4‰`)
  add('percent', '‰', 'phần nghìn', 'phần ngàn');
  add('percent', 'điểm phần trăm', 'điểm %');
  // durations
  add('duration', 'năm');
  add('duration', 'tháng');
  add('duration', 'tuần');
  add('duration', 'ngày');
  add('duration', 'ngày đêm');
  add('duration', 'đêm');
  add('duration', 'giờ');
  add('duration', 'tiếng');
  add('duration', 'phút');
  add('duration', 'giây');
  add('duration', 'quý');
  add('duration', 'thập kỷ');
  add('duration', 'thập niên');
  add('duration', 'thế kỷ');
  add('duration', 'tuổi');
  add('duration', 'năm tuổi');
  add('duration', 'tháng tuổi');
  add('duration', 'ngày tuổi');
  return m;
})();

/** Units that may be glued to digits: `100km`, `50kg`, `20m2`, `100.000đ`, `35oC`, `24h`. Keys are as written. */
export const GLUED_UNIT_FORMS: ReadonlySet<string> = new Set([
  'km', 'kg', 'g', 'mg', 'm', 'cm', 'mm', 'ha', 'ml', 'l', 'tấn', 'đ', 'Đ', 'vnđ', 'VNĐ', 'VND', 'USD', 'usd',
  'oC', 'độ', 'h', 'MW', 'kW', 'GW', 'kWh', 'MWh', 'GWh', 'KB', 'MB', 'GB', 'TB', 'Mbps', 'Gbps', 'tuổi', 'lít',
  'ngày', 'tháng', 'năm', 'giờ', 'phút', 'giây',
]);

const PEOPLE = [
  'người', 'cá nhân', 'đối tượng', 'bệnh nhân', 'học sinh', 'sinh viên', 'cán bộ', 'chiến sĩ', 'công nhân',
  'lao động', 'trẻ em', 'trẻ', 'hội viên', 'đoàn viên', 'đảng viên', 'nạn nhân', 'người dân', 'công dân',
  'nhân viên', 'giáo viên', 'giảng viên', 'bác sĩ', 'y tá', 'y bác sĩ', 'điều dưỡng', 'thí sinh', 'học viên',
  'du khách', 'khách', 'hành khách', 'khách hàng', 'thuyền viên', 'ngư dân', 'nông dân', 'thành viên',
  'ứng viên', 'ứng cử viên', 'đại biểu', 'cử tri', 'thương binh', 'liệt sĩ', 'cựu chiến binh', 'mẹ việt nam anh hùng', 'bà mẹ việt nam anh hùng', 'chị em', 'bạn', 'bị can',
  'bị cáo', 'bị hại', 'luật sư', 'thẩm phán', 'hội thẩm', 'kiểm sát viên', 'điều tra viên', 'chấp hành viên',
  'thanh tra viên', 'kiểm toán viên', 'đăng kiểm viên', 'giám thị', 'bảo mẫu', 'anh em', 'phạm nhân', 'tù nhân', 'nghi phạm', 'nghi can', 'thanh niên', 'phụ nữ', 'nam giới', 'nữ giới',
  'em', 'cháu', 'cụ', 'công an', 'cảnh sát', 'quân nhân', 'binh sĩ', 'binh lính', 'lính', 'tình nguyện viên',
  'người lao động', 'người bệnh', 'người nước ngoài', 'thanh thiếu niên', 'sản phụ', 'thai phụ',
  'trẻ sơ sinh', 'nhà khoa học', 'nhà báo', 'phóng viên', 'tác giả', 'vận động viên', 'cầu thủ', 'nghệ sĩ',
  'ca sĩ', 'diễn viên', 'nhạc công', 'du học sinh', 'đầu bếp', 'phụ bếp', 'đồng chí', 'đồng bào', 'đồng nghiệp', 'nhân khẩu', 'kiều bào', 'chuyên gia',
  'tiến sĩ', 'thạc sĩ', 'giáo sư', 'kỹ sư', 'chủ hộ', 'doanh nhân', 'tiểu thương', 'nhà đầu tư', 'cổ đông',
  'tài xế', 'lái xe', 'người chơi', 'người dùng', 'khán giả', 'người hâm mộ', 'cổ động viên', 'thủy thủ',
  'phi công', 'tiếp viên', 'bệnh nhi', 'học trò', 'tân binh', 'công chức', 'viên chức', 'nam', 'nữ',
  'người cao tuổi', 'người già', 'cụ ông', 'cụ bà', 'người mẫu', 'hộ sinh', 'dân quân', 'cư dân', 'dân',
  'lao động nữ', 'nhân công', 'thợ', 'người con', 'con em', 'người khuyết tật', 'tín đồ', 'phật tử', 'giáo dân', 'tu sĩ',
  'linh mục', 'người thân', 'nhân sự', 'người lớn', 'trẻ nhỏ', 'bé', 'bé trai', 'bé gái', 'trẻ trai', 'trẻ gái',
  'nghiên cứu sinh', 'người tiêu dùng', 'người mua', 'người bán', 'nhà tài trợ', 'tội phạm', 'nghệ nhân', 'chủ tàu',
  'chủ tàu cá', 'con nuôi', 'cung thủ', 'xạ thủ', 'kỳ thủ', 'võ sĩ', 'vận động viên', 'vđv',
  'phó chủ tịch', 'ủy viên', 'uỷ viên', 'phó giám đốc', 'bộ trưởng', 'thứ trưởng', 'phó bí thư', 'bí thư',
  'thuyền trưởng', 'giám đốc', 'lãnh đạo', 'chủ tịch', 'đội viên', 'sĩ quan', 'học viên', 'hộ lý',
  'con bạc', 'con nợ', 'con cháu', 'tỷ phú', 'tỉ phú', 'triệu phú', 'đồng phạm', 'bị hại', 'cử nhân', 'người bị hại', 'em học sinh', 'người điều khiển', 'tài xế',
  'độc giả', 'bạn đọc', 'thính giả', 'khán giả truyền hình', 'chủ xe', 'chủ phương tiện', 'phó thủ tướng',
  'ngoại binh', 'tiền đạo', 'tiền vệ', 'hậu vệ', 'thủ môn', 'trọng tài', 'phi hành gia', 'phụ huynh',
];

const COUNT = [
  'hộ', 'hộ gia đình', 'gia đình', 'hộ dân', 'hộ nghèo', 'hộ cận nghèo', 'ca', 'ca bệnh', 'vụ',
  'vụ việc', 'vụ án', 'tập thể', 'kế hoạch', 'văn bản', 'mô hình', 'dự án', 'công trình', 'trường hợp',
  'doanh nghiệp', 'công ty', 'cơ sở', 'đơn vị', 'xã', 'phường', 'thị trấn', 'huyện', 'quận', 'tỉnh', 'thành phố',
  'tỉnh thành', 'tỉnh, thành', 'thôn', 'bản', 'ấp', 'tổ', 'khu phố', 'nước', 'quốc gia', 'lần', 'đợt', 'buổi',
  'cuộc', 'chuyến', 'lượt', 'lượt khách', 'chiếc', 'cái', 'con', 'căn', 'căn nhà', 'căn hộ', 'ngôi nhà', 'ngôi',
  'tòa', 'tòa nhà', 'nhà', 'xe', 'ô tô', 'xe máy', 'phương tiện', 'tàu', 'máy bay', 'trường', 'trường học', 'đại học', 'trường đại học',
  'lớp', 'lớp học', 'bệnh viện', 'phòng', 'giường', 'giường bệnh', 'mẫu', 'liều', 'liều vắc xin', 'mũi',
  'mũi tiêm', 'sản phẩm', 'mặt hàng', 'tin', 'bài', 'bài viết', 'tờ rơi', 'suất quà', 'phần quà', 'suất',
  'phần', 'bộ', 'cây', 'điểm', 'tuyến', 'hợp đồng', 'giấy phép', 'hồ sơ', 'đơn', 'thủ tục', 'khoản', 'loại',
  'nhóm', 'đội', 'câu lạc bộ', 'tổ chức', 'cơ quan', 'trạm', 'chốt', 'thửa', 'lô', 'địa phương', 'khu vực',
  'tuyến đường', 'cây cầu', 'cầu', 'mắt camera', 'camera', 'chương trình', 'hoạt động', 'hội nghị', 'sự kiện',
  'lô hàng', 'container', 'kiện', 'bao', 'thùng', 'hộp', 'chai', 'gói', 'viên', 'liều thuốc', 'tấm', 'bức',
  'quyển', 'cuốn', 'trang', 'bản', 'tác phẩm', 'giải', 'giải thưởng', 'huy chương', 'huân chương', 'bằng khen',
  'giấy khen', 'cờ thi đua', 'danh hiệu', 'đề tài', 'sáng kiến', 'bài báo', 'ý kiến', 'kiến nghị', 'câu hỏi',
  'cổ phiếu', 'cổ phần', 'trái phiếu', 'tài khoản', 'thuê bao', 'ứng dụng', 'website', 'trang web', 'máy',
  'thiết bị', 'máy tính', 'điện thoại', 'chi nhánh', 'chi cục', 'đại lý', 'trung tâm', 'phuy', 'vệ tinh', 'lò', 'lò đốt', 'trung tâm thương mại', 'vướng mắc', 'clb', 'hcv', 'hcb', 'hcđ', 'cửa hàng', 'siêu thị', 'chợ', 'nhà máy', 'khu công nghiệp',
  'cụm công nghiệp', 'dây chuyền', 'đàn', 'con gà', 'con lợn', 'con bò', 'đầu lợn', 'tổ hợp tác', 'hợp tác xã', 'htx',
  'sổ đỏ', 'sổ hồng', 'anh em', 'nông trường', 'lâm trường', 'bể bơi', 'hồ bơi',
  // things counted whole, with no complement in the unit (`127 nhà vệ sinh trường học` counts toilets)
  'nhà vệ sinh', 'mô tô', 'mái che', 'tủ thuốc', 'tình huống',
  'ngân hàng', 'hãng', 'thương hiệu', 'nhãn hàng', 'tập đoàn', 'quỹ', 'quỹ đầu tư', 'bệnh', 'bệnh viện', 'trạm y tế', 'phòng khám',
  'ổ dịch', 'chùm ca bệnh', 'điểm trường', 'lớp tập huấn', 'hội thảo', 'phiên', 'tiết', 'môn', 'ngành',
  'chuyên ngành', 'khóa', 'khóa học', 'lĩnh vực', 'nhiệm vụ', 'chỉ tiêu', 'giải pháp', 'tiêu chí', 'quy định',
  'nội dung', 'vấn đề', 'kiến nghị', 'căn cứ', 'dòng', 'hạng mục', 'gói thầu', 'lô đất', 'khu đất', 'mảnh đất',
  'ô', 'làn', 'làn xe', 'ki-ốt', 'gian hàng', 'quầy', 'biển', 'biển báo', 'đèn', 'cột', 'trụ', 'kênh', 'hồ',
  'cần cẩu', 'xe cẩu', 'máy xúc', 'máy ủi', 'bằng sáng chế', 'kỳ lân', 'cặp', 'cặp vợ chồng', 'nghị viện', 'nghị quyết',
  'đập', 'giếng', 'ao', 'lồng', 'bè', 'thuyền', 'tàu cá', 'ghe', 'xuồng', 'đò', 'chuyến bay', 'chuyến xe',
  'bàn thắng', 'trận', 'trận đấu', 'bàn', 'điểm số', 'huy hiệu', 'kỷ lục', 'vòng', 'bước', 'tầng', 'cấp',
  'lực lượng', 'ban', 'tổ công tác', 'đoàn', 'đoàn kiểm tra', 'tiểu ban', 'phòng ban', 'sở', 'ngành',
  'bộ', 'bộ ngành', 'hội', 'chi hội', 'chi bộ', 'đảng bộ', 'tổ dân phố', 'khu dân cư', 'cụm dân cư',
  'sà lan', 'xà lan', 'áo phao', 'phao cứu sinh', 'cống', 'hài cốt', 'hài cốt liệt sĩ', 'mộ liệt sĩ', 'hòm phiếu', 'kcn', 'ccn', 'đối tác', 'chuỗi', 'chi đoàn',
  'xã, phường', 'phường, xã', 'thôn, bản', 'đô thị', 'làng', 'làng nghề', 'hợp tác', 'tỷ lệ', 'loài', 'cá thể',
  'giống', 'cây xanh', 'hecta rừng', 'rừng', 'khu rừng', 'hòn đảo', 'đảo', 'bãi biển', 'điểm đến', 'di tích',
  'phim', 'bộ phim', 'bài hát', 'ca khúc', 'cuộc gọi', 'tin nhắn', 'email', 'lượt xem', 'lượt thích',
  'lượt truy cập', 'lượt tải', 'đơn hàng', 'giao dịch', 'vụ tai nạn', 'vụ cháy', 'vụ việc', 'tai nạn',
  'mẫu xét nghiệm', 'xét nghiệm', 'mẫu bệnh phẩm', 'bộ kit', 'kit', 'túi', 'chiếc xe', 'ô tô', 'xe tải',
  'xe khách', 'xe buýt', 'bánh', 'phong bì', 'tập', 'căn phòng', 'cơ sở kinh doanh', 'hộ kinh doanh',
  'công đoàn', 'công đoàn cơ sở', 'chỉ vàng', 'lượng vàng', 'cây vàng', 'yêu cầu', 'việc làm', 'chỗ làm', 'chỗ ngồi', 'ghế ngồi', 'khách sạn', 'nhà hàng', 'nhà nghỉ', 'khu nghỉ dưỡng', 'doanh thu', 'lợi nhuận', 'dân số', 'khiếu nại', 'đơn thư', 'tố cáo', 'tin báo',
  'huy chương vàng', 'huy chương bạc', 'huy chương đồng', 'giải nhất', 'giải nhì', 'giải ba', 'giải khuyến khích', 'bài thi', 'bài dự thi', 'vòng thi', 'tổ tự quản',
  'trạm thu phí', 'thẻ căn cước', 'máy tính', 'khẩu trang', 'máy chiếu',
  'thẻ', 'thẻ bảo hiểm y tế', 'mục tiêu', 'quả', 'quả phạt đền', 'giấy chứng nhận', 'xe chữa cháy', 'xe cứu hỏa', 'xe cứu thương', 'xe cứu hộ',
  // compounds whose first syllable is a noun of its own (`dân`, `tàu`, `đêm`, `tỉnh, thành`)
  'dân tộc', 'tỉnh, thành phố', 'tàu bay', 'đường bay', 'đêm diễn', 'đêm nhạc', 'đêm văn nghệ', 'bảo vật',
  'bảo vật quốc gia', 'hiện vật', 'hiện tượng', 'hồ chứa', 'giấy phép lái xe', 'vắc xin', 'vắc-xin', 'vaccine',
  // blood donated by the unit; party organisations; jobs offered
  'HCV', 'HCB', 'HCĐ',
  'sàn', 'sàn thương mại điện tử', 'nền tảng', 'ví điện tử',
  'kho', 'kho hàng', 'nhà kho', 'ngón tay', 'ngón chân', 'ngón', 'cảng', 'cảng biển', 'cảng cạn', 'cảng hàng không', 'sân bay', 'bến cảng', 'cầu cảng',
  'đơn vị máu', 'tổ chức đảng', 'tổ chức cơ sở đảng', 'vị trí việc làm',
  // stock codes counted (`Hai mã ngân hàng`, `3 mã cổ phiếu`)
  'mã', 'mã cổ phiếu', 'mã chứng khoán', 'thị trường', 'tủ',
  // the length of a code or a password (`gồm 8 ký tự`), never kilograms: see not-figures
  'ký tự', 'kí tự',
  // diplomas (`cấp 2 bằng (1 bằng tốt nghiệp … và 1 bằng tốt nghiệp …)`): `bằng` alone is also "equal to"
  'bằng tốt nghiệp', 'văn bằng', 'bằng cấp', 'chứng chỉ',
  // arms and aircraft counted (`hai tên lửa đạn đạo`, `Bốn trực thăng`)
  'tên lửa', 'trực thăng',
  // railway stations (`Sáu trong 10 ga lớn`) and investors (`Bốn chủ đầu tư`)
  'ga', 'nhà ga', 'chủ đầu tư', 'startup', 'start-up',
];

/** Counted nouns that name people (kind `people`). */
export const PEOPLE_NOUNS: ReadonlySet<string> = new Set(PEOPLE);
/** Other well-known counted nouns and classifiers (kind `count`). */
export const COUNT_NOUNS: ReadonlySet<string> = new Set(COUNT.filter((w) => !PEOPLE_NOUNS.has(w)));

/** Complementary recipient pairs used to infer an elided noun (`5 tập thể và 6 [cá nhân]`). */
export const COMPLEMENTS: Readonly<Record<string, string>> = {
  'tập thể': 'cá nhân',
  'cá nhân': 'tập thể',
  nam: 'nữ',
  nữ: 'nam',
  'nam giới': 'nữ giới',
  'nữ giới': 'nam giới',
};

const CANONICAL_CURRENCIES = new Set(Object.values(CURRENCY_FORMS));
const MEASURE_BY_UNIT: Map<string, Kind> = new Map(Object.values(MEASURE_FORMS).map((u) => [u.unit, u.kind]));

/**
 * The kind of a figure with this unit: `đồng` → money, `đồng/kg` → money,
 * `%` → percent, `tấn` → mass, `năm` → duration, `cán bộ, chiến sĩ` → people,
 * `suất quà` → count, `` → count.
 */
export function unitKind(unit: string): Kind {
  let kind = KIND_CACHE.get(unit);
  if (kind === undefined) {
    kind = computeUnitKind(unit);
    if (KIND_CACHE.size < 10_000) KIND_CACHE.set(unit, kind);
  }
  return kind;
}
const KIND_CACHE = new Map<string, Kind>();

function computeUnitKind(unit: string): Kind {
  if (unit === '') return 'count';
  const whole = MEASURE_BY_UNIT.get(unit);
  if (whole) return whole;
  const head = unit.split('/')[0]!.trim();
  if (CANONICAL_CURRENCIES.has(head) || Object.hasOwn(CURRENCY_FORMS, head.toLowerCase())) return 'money';
  const measure = MEASURE_BY_UNIT.get(head) ?? (Object.hasOwn(MEASURE_FORMS, head.toLowerCase()) ? MEASURE_FORMS[head.toLowerCase()]!.kind : undefined);
  if (measure) return measure;
  const first = head.split(',')[0]!.trim().toLowerCase();
  if (PEOPLE_NOUNS.has(first)) return 'people';
  const two = first.split(' ').slice(0, 2).join(' ');
  if (PEOPLE_NOUNS.has(two)) return 'people';
  const one = first.split(' ')[0]!;
  if (PEOPLE_NOUNS.has(one) && !COUNT_NOUNS.has(two)) return 'people';
  return 'count';
}
