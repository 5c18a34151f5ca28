import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/lib/figures';
import type { FigureDraft } from '../../src/lib/types';

type Expect = Partial<FigureDraft>;

/** The figures of `text`, each reduced to the fields the expectation names. */
function pick(text: string, expected: Expect[]): Expect[] {
  const got = extractFigures(text);
  return got.map((f, i) => {
    const want = expected[i] ?? {};
    const keys = Object.keys(want).length ? (Object.keys(want) as (keyof FigureDraft)[]) : (['text'] as const);
    return Object.fromEntries(keys.map((k) => [k, f[k]]));
  });
}

function check(text: string, expected: Expect[]): void {
  expect(pick(text, expected)).toEqual(expected);
}

describe('number forms', () => {
  it.each<[string, Expect]>([
    ['Dân số toàn tỉnh là 2.468.013 người.', { text: '2.468.013 người', value: 2468013, unit: 'người', kind: 'people' }],
    ['Sản lượng lúa đạt 3.127,4 tấn.', { text: '3.127,4 tấn', value: 3127.4, unit: 'tấn', kind: 'mass' }],
    ['Lạm phát tháng này là 0,35%.', { text: '0,35%', value: 0.35, unit: '%', kind: 'percent' }],
    ['Lãi suất cho vay 8,25%/năm.', { text: '8,25%/năm', value: 8.25, unit: '%/năm', kind: 'percent' }],
    ['Giá vé là 250000 đồng.', { text: '250000 đồng', value: 250000, unit: 'đồng', kind: 'money' }],
    ['Doanh thu đạt 2,5M USD.', { text: '2,5M USD', value: 2.5e6, unit: 'USD', kind: 'money' }],
    ['Gạo xuất khẩu 90 nghìn tấn.', { text: '90 nghìn tấn', value: 90000, unit: 'tấn' }],
    ['Sản lượng thép 2,7 triệu tấn.', { text: '2,7 triệu tấn', value: 2.7e6, unit: 'tấn' }],
    ['Tổng vốn 4.200 tỉ đồng.', { text: '4.200 tỉ đồng', value: 4.2e12, unit: 'đồng' }],
    ['Ngân sách chi hơn 1,5 nghìn tỷ đồng.', { text: 'hơn 1,5 nghìn tỷ đồng', value: 1.5e12, qualifier: 'over' }],
    ['Căn hộ bán với giá 2 tỷ 500 triệu đồng.', { text: '2 tỷ 500 triệu đồng', value: 2.5e9, unit: 'đồng' }],
    ['Mỗi suất có giá 3 triệu rưỡi.', { text: '3 triệu rưỡi', value: 3.5e6 }],
  ])('%s', (text, want) => {
    check(text, [want]);
  });

  it('reads shorthand K and M as money in đồng', () => {
    check('Áo thun chỉ 250K một chiếc.', [{ text: '250K', value: 250000, unit: 'đồng', kind: 'money' }]);
    check('Quỹ còn 5M để chi.', [{ text: '5M', value: 5e6, unit: 'đồng' }]);
    check('Vé vào cửa từ 80K đến 120K.', [{ text: 'từ 80K đến 120K', min: 80000, max: 120000, unit: 'đồng' }]);
  });
});

describe('spelled-out numbers that count something', () => {
  it.each<[string, Expect]>([
    ['Bốn đối tượng đã bị bắt giữ.', { text: 'Bốn đối tượng', value: 4, unit: 'đối tượng', kind: 'people' }],
    ['Công an phát hiện hai vụ vi phạm.', { text: 'hai vụ', value: 2, unit: 'vụ', kind: 'count' }],
    ['Có ba mươi mốt người tham gia.', { text: 'ba mươi mốt người', value: 31, unit: 'người' }],
    ['Xã có sáu trăm linh năm hộ nghèo.', { text: 'sáu trăm linh năm hộ nghèo', value: 605 }],
    ['Tỉnh ghi nhận mười chín ca mắc.', { text: 'mười chín ca', value: 19, unit: 'ca' }],
    ['Dự án kéo dài bốn mươi lăm ngày.', { text: 'bốn mươi lăm ngày', value: 45, unit: 'ngày', kind: 'duration' }],
    ['Anh bị phạt hai năm tù.', { text: 'hai năm', value: 2, unit: 'năm', kind: 'duration' }],
    ['Quỹ nhận được hai triệu đồng.', { text: 'hai triệu đồng', value: 2e6, unit: 'đồng' }],
    ['Đoàn gồm năm người dân tộc Mông.', { text: 'năm người dân', value: 5, unit: 'người dân' }],
    ['Xã tiếp nhận hai mươi mốt khiếu nại.', { text: 'hai mươi mốt khiếu nại', value: 21 }],
  ])('%s', (text, want) => {
    check(text, [want]);
  });

  it.each([
    'Một số người dân cho biết họ chưa nhận được tiền.',
    'Anh làm việc một cách nghiêm túc.',
    'Đây là một trong những dự án lớn nhất.',
    'Bài thi được chấm mười phân vẹn mười.',
    'Quận Hai Bà Trưng đã triển khai kế hoạch.',
    'Thứ hai tuần sau, hai bên sẽ ký kết.',
    'Năm nay, ba mẹ em đi làm xa.',
    'Một người dân cho biết giá đã tăng.',
    'Anh ấy là con thứ ba trong gia đình.',
    'Tài sản của một tỷ phú công nghệ tăng mạnh.',
    'Mỗi năm ngân hàng đều tăng vốn.',
  ])('no figure in %j', (text) => {
    expect(extractFigures(text)).toEqual([]);
  });
});

describe('units and kinds', () => {
  it.each<[string, Expect]>([
    ['Vé giá $25.', { text: '$25', value: 25, unit: 'USD', kind: 'money' }],
    ['Vé giá 25$.', { text: '25$', value: 25, unit: 'USD' }],
    ['Khoản vay USD 3,5 tỷ.', { text: 'USD 3,5 tỷ', value: 3.5e9, unit: 'USD' }],
    ['Phí là EUR 40.', { text: 'EUR 40', value: 40, unit: 'EUR' }],
    ['Phí là €40.', { text: '€40', value: 40, unit: 'EUR' }],
    ['Chi phí 4.714.662 francs.', { text: '4.714.662 francs', value: 4714662, unit: 'FRF', kind: 'money' }],
    ['Phí là 40 euro.', { text: '40 euro', value: 40, unit: 'EUR' }],
    ['Giá £5 một cốc.', { text: '£5', value: 5, unit: 'GBP' }],
    ['Giá 5 bảng Anh một cốc.', { text: '5 bảng Anh', value: 5, unit: 'GBP' }],
    ['Vé tàu 300 đô la Mỹ.', { text: '300 đô la Mỹ', value: 300, unit: 'USD' }],
    ['Vé tàu 300 đô.', { text: '300 đô', value: 300, unit: 'USD' }],
    ['Bát phở 100 yên.', { text: '100 yên', value: 100, unit: 'JPY' }],
    ['Cốc trà 20 nhân dân tệ.', { text: '20 nhân dân tệ', value: 20, unit: 'CNY' }],
    ['Gửi xe 5.000đ.', { text: '5.000đ', value: 5000, unit: 'đồng' }],
    ['Gửi xe 5.000 VNĐ.', { text: '5.000 VNĐ', value: 5000, unit: 'đồng' }],
    ['Các cơ sở tôn giáo ủng hộ trên 244 tấn nông sản.', { text: 'trên 244 tấn', value: 244, unit: 'tấn', kind: 'mass', qualifier: 'over' }],
    ['Diện tích 30 ha lúa bị ngập.', { text: '30 ha', unit: 'ha', kind: 'area' }],
    ['Căn hộ rộng 50 m² ở tầng cao.', { text: '50 m²', unit: 'm2', kind: 'area' }],
    ['Tổng diện tích 6.960m² đất.', { text: '6.960m²', unit: 'm2', kind: 'area', value: 6960 }],
    ['Phát hiện 22 con bạc đang sát phạt.', { text: '22 con bạc', unit: 'con bạc', kind: 'people' }],
    ['Bến xe phục vụ 983 lượt xe mỗi ngày.', { text: '983 lượt xe', unit: 'lượt xe', kind: 'count' }],
    ['Căn hộ rộng 75m2 ở tầng cao.', { text: '75m2', unit: 'm2', kind: 'area', value: 75 }],
    ['Đoạn đường dài 12 km vừa thông xe.', { text: '12 km', unit: 'km', kind: 'length' }],
    ['Bể chứa 100 m3 nước.', { text: '100 m3', unit: 'm3', kind: 'volume' }],
    ['Nhiệt độ lên tới 39 độ C.', { text: '39 độ C', unit: 'độ C', kind: 'temperature' }],
    ['Nhiệt độ lên tới 39oC.', { text: '39oC', unit: 'độ C', kind: 'temperature' }],
    ['Nhà máy công suất 500 MW.', { text: '500 MW', unit: 'MW', kind: 'energy' }],
    ['Xe chạy 80 km/h trên cao tốc.', { text: '80 km/h', unit: 'km/h', kind: 'speed' }],
    ['Điện thoại có bộ nhớ 64 GB.', { text: '64 GB', unit: 'GB', kind: 'data' }],
    ['Giá xăng 20.000 đồng/lít.', { text: '20.000 đồng/lít', unit: 'đồng/lít', kind: 'money' }],
    ['Tỷ lệ đạt 50 phần trăm.', { text: '50 phần trăm', unit: '%', kind: 'percent' }],
    ['Lãi suất giảm 0,5 điểm phần trăm.', { text: '0,5 điểm phần trăm', unit: 'điểm phần trăm' }],
    ['Chương trình trao 420 suất quà hỗ trợ người dân.', { text: '420 suất quà', unit: 'suất quà', kind: 'count' }],
    ['Lắp đặt gần 300 mắt camera trên các tuyến đường.', { text: 'gần 300 mắt camera', unit: 'mắt camera', qualifier: 'nearly' }],
    ['Cung cấp 705 tin liên quan an ninh trật tự.', { text: '705 tin', unit: 'tin' }],
    ['Tổ chức 90 buổi tuyên truyền, phổ biến pháp luật.', { text: '90 buổi tuyên truyền', unit: 'buổi tuyên truyền' }],
    ['Ban hành 115 kế hoạch, văn bản liên quan.', { text: '115 kế hoạch, văn bản', unit: 'kế hoạch, văn bản' }],
    ['Huy động 50 cán bộ, chiến sĩ tham gia.', { text: '50 cán bộ, chiến sĩ', unit: 'cán bộ, chiến sĩ', kind: 'people' }],
    ['Các đoàn thể 11 phường, xã đã quyên góp.', { text: '11 phường, xã', unit: 'phường, xã', kind: 'count' }],
    ['Danh sách có 3 tỷ phú Việt Nam.', { text: '3 tỷ phú', value: 3, unit: 'tỷ phú', kind: 'people' }],
    ['Ông được tặng 2 Bằng khen của Thủ tướng.', { text: '2 Bằng khen', unit: 'bằng khen', kind: 'count' }],
    ['Đội giành 3 huy chương vàng.', { text: '3 huy chương vàng', unit: 'huy chương vàng' }],
    ['Bệnh viện tiếp nhận 150 ca sốt xuất huyết.', { text: '150 ca sốt xuất huyết', unit: 'ca sốt xuất huyết' }],
    ['Nhà máy Hòa Bình xả 3 cửa đáy.', { text: '3 cửa đáy', value: 3 }],
    ['Chuyến đi mất 1 tiếng rưỡi.', { text: '1 tiếng rưỡi', value: 1.5, unit: 'tiếng', kind: 'duration' }],
    ['Bị cáo lĩnh 5 năm tù.', { text: '5 năm', unit: 'năm', kind: 'duration', value: 5 }],
    ['Công trình thi công trong 3 tháng.', { text: '3 tháng', unit: 'tháng', kind: 'duration' }],
    ['Có 1.000 lượt khách đến tham quan.', { text: '1.000 lượt khách', unit: 'lượt khách', kind: 'count' }],
    ['Ông bị phạt 5 năm tù vì có 3 đồng chí làm chứng.', { text: '5 năm' }],
  ])('%s', (text, want) => {
    expect(pick(text, [want])[0]).toEqual(want);
  });
});

describe('ranges', () => {
  it.each<[string, Expect]>([
    ['Lương từ 2 đến 3 triệu đồng mỗi tháng.', { text: 'từ 2 đến 3 triệu đồng', min: 2e6, max: 3e6, unit: 'đồng', kind: 'money' }],
    ['Lương từ 2 triệu đến 3 triệu đồng mỗi tháng.', { text: 'từ 2 triệu đến 3 triệu đồng', min: 2e6, max: 3e6, unit: 'đồng' }],
    ['Giá thu mua 45.000 - 52.000 đồng/kg.', { text: '45.000 - 52.000 đồng/kg', min: 45000, max: 52000, unit: 'đồng/kg', kind: 'money' }],
    ['Thời gian cách ly khoảng 3-5 ngày.', { text: 'khoảng 3-5 ngày', min: 3, max: 5, unit: 'ngày', qualifier: 'about' }],
    ['Tăng trưởng đạt 10–15% mỗi năm.', { text: '10–15%', min: 10, max: 15, unit: '%' }],
    ['Giá dao động giữa 2 và 3 triệu đồng.', { text: 'giữa 2 và 3 triệu đồng', min: 2e6, max: 3e6 }],
    ['Phí từ 500.000 đồng đến 1 triệu đồng.', { text: 'từ 500.000 đồng đến 1 triệu đồng', min: 5e5, max: 1e6, unit: 'đồng' }],
    ['Mỗi chiếc chở từ 80-160 tấn hàng.', { text: 'từ 80-160 tấn', min: 80, max: 160, unit: 'tấn' }],
    ['Giá cá khoảng 250-280.000 đồng/kg.', { text: 'khoảng 250-280.000 đồng/kg', min: 250, max: 280000 }],
    ['Lãi suất giảm còn 3,4-3,5%/năm.', { text: '3,4-3,5%/năm', min: 3.4, max: 3.5, unit: '%/năm' }],
    ['Gió mạnh cấp 10 (90-115km/giờ).', { text: '90-115km/giờ', min: 90, max: 115, kind: 'speed' }],
    ['Giá bán từ 30.000 đồng đến 35.000 đồng/kg.', { text: 'từ 30.000 đồng đến 35.000 đồng/kg', min: 30000, max: 35000, unit: 'đồng/kg' }],
    ['Lương khoảng 7-8 triệu/tháng.', { text: 'khoảng 7-8 triệu/tháng', min: 7e6, max: 8e6, unit: 'đồng/tháng', kind: 'money' }],
    ['Bệnh nhân cần nằm viện hai đến ba tuần.', { text: 'hai đến ba tuần', min: 2, max: 3, unit: 'tuần', kind: 'duration' }],
    ['Án treo từ một đến hai năm.', { text: 'từ một đến hai năm', min: 1, max: 2, unit: 'năm' }],
    ['Thời gian chờ trong 24h.', { text: '24h', value: 24, unit: 'h', kind: 'duration' }],
  ])('%s', (text, want) => {
    expect(pick(text, [want])[0]).toEqual(want);
  });

  it('a range has min and max but no value', () => {
    const [f] = extractFigures('Lương từ 2 đến 3 triệu đồng.');
    expect(f?.value).toBeUndefined();
  });
});

describe('fractions and proportions', () => {
  it.each<[string, Expect]>([
    ['Camera đã phủ 11/11 xã, phường.', { text: '11/11 xã, phường', numerator: 11, denominator: 11, value: 1, unit: 'xã, phường', kind: 'ratio' }],
    ['Đã có 3/4 số hộ được hỗ trợ.', { text: '3/4 số hộ', numerator: 3, denominator: 4, value: 0.75, unit: 'hộ', kind: 'ratio' }],
    ['Khảo sát cho thấy 6 trên 10 người ủng hộ.', { text: '6 trên 10 người', numerator: 6, denominator: 10, value: 0.6, unit: 'người', kind: 'ratio' }],
    ['Lũ ảnh hưởng đến 2/3 số hộ trong xã.', { text: '2/3 số hộ', numerator: 2, denominator: 3, unit: 'hộ' }],
    ['Nhóm tuổi này chiếm gần hai phần ba dân số.', { text: 'gần hai phần ba dân số', numerator: 2, denominator: 3, qualifier: 'nearly', unit: 'dân số' }],
    ['Một phần tư số hộ được hỗ trợ.', { text: 'Một phần tư số hộ', numerator: 1, denominator: 4, value: 0.25, unit: 'hộ' }],
    ['Rừng chiếm 1/3 diện tích tỉnh.', { text: '1/3 diện tích tỉnh', numerator: 1, denominator: 3, kind: 'ratio' }],
  ])('%s', (text, want) => {
    expect(pick(text, [want])[0]).toEqual(want);
  });
});

describe('qualifiers', () => {
  it.each<[string, string, FigureDraft['qualifier']]>([
    ['Có hơn 300 người tham gia.', 'hơn 300 người', 'over'],
    ['Phát trên 30.000 tờ rơi.', 'trên 30.000 tờ rơi', 'over'],
    ['Doanh thu vượt 5 tỷ đồng.', 'vượt 5 tỷ đồng', 'over'],
    ['Cần ít nhất 20 người.', 'ít nhất 20 người', 'at-least'],
    ['Cần tối thiểu 20 người.', 'tối thiểu 20 người', 'at-least'],
    ['Có không dưới 20 người.', 'không dưới 20 người', 'at-least'],
    ['Nhóm từ 18 người trở lên phải đăng ký.', 'từ 18 người trở lên', 'at-least'],
    ['Tuổi thọ trung bình dưới 70 tuổi ở 5 huyện.', 'dưới 70 tuổi', 'under'],
    ['Chỉ chưa đến 10% hộ dân.', 'chưa đến 10%', 'under'],
    ['Chỉ chưa tới 10% hộ dân.', 'chưa tới 10%', 'under'],
    ['Phạt không quá 5 triệu đồng.', 'không quá 5 triệu đồng', 'at-most'],
    ['Phạt tối đa 5 triệu đồng.', 'tối đa 5 triệu đồng', 'at-most'],
    ['Án từ 5 năm trở xuống.', 'từ 5 năm trở xuống', 'at-most'],
    ['Có gần 300 mắt camera.', 'gần 300 mắt camera', 'nearly'],
    ['Có khoảng 300 người.', 'khoảng 300 người', 'about'],
    ['Có xấp xỉ 300 người.', 'xấp xỉ 300 người', 'about'],
    ['Có chừng 300 người.', 'chừng 300 người', 'about'],
    ['Có tầm 300 người.', 'tầm 300 người', 'about'],
    ['Thiệt hại ước tính 300 tỷ đồng.', 'ước tính 300 tỷ đồng', 'about'],
    ['Doanh thu ước đạt 300 tỷ đồng.', 'ước đạt 300 tỷ đồng', 'about'],
    ['Có hàng trăm người xếp hàng.', 'hàng trăm người', 'about'],
    ['Có 300 người.', '300 người', 'exact'],
  ])('%s', (text, figure, qualifier) => {
    expect(pick(text, [{ text: figure, qualifier }])[0]).toEqual({ text: figure, qualifier });
  });

  it('a comparison with `hơn` after an adjective is not a qualifier', () => {
    check('Giá cao hơn 5% so với năm trước.', [{ text: '5%', qualifier: 'exact' }]);
  });
  it('`dài hơn`, `chậm hơn` without `so với` bound the value from below', () => {
    check('Cây cầu dài hơn 2,5 km.', [{ text: 'hơn 2,5 km', qualifier: 'over', value: 2.5 }]);
    check('Tàu bị chậm hơn 4 giờ.', [{ text: 'hơn 4 giờ', qualifier: 'over', unit: 'giờ' }]);
  });
  it('`hàng trăm` counts as a hundred', () => {
    check('Có hàng trăm người xếp hàng.', [{ value: 100, unit: 'người' }]);
    check('Thiệt hại hàng nghìn tỷ đồng.', [{ value: 1e12, unit: 'đồng' }]);
  });
});

describe('not statistics', () => {
  it.each([
    'Ngày 21/1, UBND thành phố tổ chức hội nghị.',
    'Sự việc xảy ra ngày 8/11/2022 tại xã.',
    'Hội chợ diễn ra từ 20/11 - 22/11 tại quảng trường.',
    'Kế hoạch được ban hành tháng 3/2021.',
    'Kết quả năm 2021 rất khả quan.',
    'Trong giai đoạn 2016 - 2020, tỉnh phát triển mạnh.',
    'Doanh thu quý II/2021 tăng mạnh.',
    'Vụ việc xảy ra lúc 14 giờ 15 phút.',
    'Cuộc họp bắt đầu lúc 14h30.',
    'Căn cứ Thông tư số 12/2020/TT-BCA của Bộ Công an.',
    'Xử phạt theo Nghị định 100 của Chính phủ.',
    'Hành vi vi phạm Điều 51 Bộ luật Hình sự.',
    'Theo quy định tại khoản 2 của luật.',
    'Tai nạn xảy ra trên Quốc lộ 1A.',
    'Tai nạn xảy ra tại Km 45 đường cao tốc.',
    'Gia đình ông sống ở phường 7.',
    'Trụ sở đặt tại Quận 1.',
    'Ông là tổ trưởng Tổ 5.',
    'Bão số 9 đổ bộ vào miền Trung.',
    'Dịch Covid-19 diễn biến phức tạp.',
    'Giá iPhone 12 giảm mạnh.',
    'Bệnh nhân BN 1234 đã khỏi bệnh.',
    'Các ca F0 được cách ly.',
    'Xe ô tô biển số 29A-123.45 gây tai nạn.',
    'Liên hệ đường dây nóng 0912 345 678 để được hỗ trợ.',
    'Đây là lần thứ 2 giải đấu được tổ chức.',
    'Đội tuyển xếp thứ 3 chung cuộc.',
    'Vinamilk lọt top 10 thương hiệu.',
    'Sinh năm 1990, anh đã có nhiều thành tích.',
    'Ông được bầu là đại biểu khóa XV.',
    'Sáng 5/3, đoàn công tác làm việc tại huyện.',
    'Bác sĩ khám cho học sinh lớp 12.',
    'Tăng cường thực hiện thông điệp 5K.',
    'Nhà mạng thử nghiệm sóng 5G tại thủ đô.',
    'Bệnh viện Trung ương Quân đội 108 tiếp nhận bệnh nhân.',
    'Dự án đường Vành đai 4 được khởi công.',
    'Kim ngạch 9 tháng đầu năm 2022 tăng mạnh.',
    'Doanh thu 6 tháng năm nay giảm mạnh.',
    'Thúc đẩy cách mạng công nghiệp 4.0 trong nông nghiệp.',
    'Xe khách biển kiểm soát 46K-275.32 bị tạm giữ.',
    'Sáng 2/9, khoảng 7h, đoàn đã có mặt.',
    'Trao Huy hiệu 40, 45, 50 năm tuổi Đảng cho các đảng viên.',
  ])('%s', (text) => {
    expect(extractFigures(text).map((f) => f.text)).toEqual([]);
  });

  it('keeps the statistic and drops the date in the same sentence', () => {
    check('Năm 2021, tỉnh có 300 hộ thoát nghèo.', [{ text: '300 hộ' }]);
    check('Sáng 21/1, 5 người bị thương.', [{ text: '5 người' }]);
    check('Ngày 5 tháng 3 năm 2021, xã trao 40 suất quà.', [{ text: '40 suất quà' }]);
    check('Từ năm 2016 đến 2020, huyện xây 12 trường học.', [{ text: '12 trường học' }]);
  });
});

describe('plain numbers', () => {
  it('a bare quantity is a count with no unit', () => {
    check('Số ca mắc mới trong ngày là khoảng 300.', [{ text: 'khoảng 300', value: 300, unit: '', kind: 'count', qualifier: 'about' }]);
    check('Số người cách ly: 38.520, trong đó nhiều người ở nhà.', [{ text: '38.520', value: 38520, unit: '' }]);
  });
  it('a list numbering is not a quantity', () => {
    expect(extractFigures('1. Không tụ tập đông người.')).toEqual([]);
    expect(extractFigures('(2) Không tụ tập đông người.')).toEqual([]);
  });
  it('a count in brackets after a place is a quantity', () => {
    check('Ca mắc mới ở Hà Nội (3) và Nam Định (2).', [
      { text: '3', value: 3 },
      { text: '2', value: 2 },
    ]);
  });
});

describe('elided nouns in parallel phrases', () => {
  it('infers the complementary recipient (tập thể / cá nhân)', () => {
    check('5 tập thể và 6 được Giám đốc Công an tỉnh tặng giấy khen.', [
      { text: '5 tập thể', unit: 'tập thể', kind: 'count' },
      { text: '6', value: 6, unit: 'cá nhân', kind: 'people', unitInferred: true },
    ]);
  });
  it('a bare number takes the unit of the coordinated number after it', () => {
    check('Mỗi nhóm có 3 và 5 người.', [
      { text: '3', value: 3, unit: 'người', unitInferred: true },
      { text: '5 người', value: 5, unit: 'người' },
    ]);
    check('Giá 2 hoặc 3 triệu đồng.', [
      { text: '2', value: 2e6, unit: 'đồng', unitInferred: true },
      { text: '3 triệu đồng', value: 3e6 },
    ]);
  });
  it('a comma list ending in `và` shares the last unit', () => {
    check('Ba lô hàng nặng lần lượt 70, 60 và 55 tấn.', [
      { text: 'Ba lô hàng' },
      { text: '70', unit: 'tấn', unitInferred: true },
      { text: '60', unit: 'tấn', unitInferred: true },
      { text: '55 tấn', unit: 'tấn' },
    ]);
  });
  it('a bare number before a comma does not borrow the next unit', () => {
    check('Số ca lên đến hơn 39.000, 97 trường hợp tử vong.', [
      { text: 'hơn 39.000', unit: '' },
      { text: '97 trường hợp', unit: 'trường hợp' },
    ]);
  });
  it('the same noun carries over to a bare number after it', () => {
    check('Vụ tai nạn làm 3 người chết, 5 bị thương.', [
      { text: '3 người', unit: 'người' },
      { text: '5', unit: 'người', unitInferred: true },
    ]);
  });
  it('an explicit unit is never marked inferred', () => {
    const figs = extractFigures('6 tập thể và 4 cá nhân được tặng giấy khen.');
    expect(figs.map((f) => f.unitInferred)).toEqual([undefined, undefined]);
  });
});

describe('robustness', () => {
  it('finds a figure through soft hyphens and zero-width characters', () => {
    const text = 'Quỹ vận động hơn 2,9\u00ADtỷ đồng.';
    const [f] = extractFigures(text);
    expect(f).toMatchObject({ value: 2.9e9, unit: 'đồng', qualifier: 'over' });
    expect(f!.text).toBe(text.slice(f!.start, f!.end));
    const text2 = 'Trao 4\u200B20 suất quà và 1\u2060.000 tờ rơi.';
    const figs = extractFigures(text2);
    expect(figs.map((x) => x.value)).toEqual([420, 1000]);
    for (const x of figs) expect(x.text).toBe(text2.slice(x.start, x.end));
  });
  it('returns nothing for empty or number-free text', () => {
    expect(extractFigures('')).toEqual([]);
    expect(extractFigures('Không có con số nào ở đây.')).toEqual([]);
  });
  it('handles thousands of numbers on one line', () => {
    const text = Array.from({ length: 5000 }, (_, i) => `${i + 1} người`).join(', ');
    const figs = extractFigures(text);
    expect(figs.length).toBe(5000);
    expect(figs[4999]).toMatchObject({ value: 5000, unit: 'người' });
  });
});

describe('the seed sentence style', () => {
  it('reads the award line', () => {
    const text =
      'Dịp này, TP Bảo Lộc vinh dự có 14 cá nhân được Bộ Công an tặng Kỷ niệm chương; 1 tập thể, 2 cá nhân được Bộ Công an tặng bằng khen; 3 tập thể được Chủ tịch UBND tỉnh tặng bằng khen.';
    check(text, [
      { text: '14 cá nhân', value: 14 },
      { text: '1 tập thể', value: 1 },
      { text: '2 cá nhân', value: 2 },
      { text: '3 tập thể', value: 3 },
    ]);
  });
  it('reads money with qualifiers', () => {
    check('Mặt trận đã vận động hơn 2,9 tỷ đồng; hỗ trợ hộ nghèo trị giá 310 triệu đồng.', [
      { text: 'hơn 2,9 tỷ đồng', value: 2.9e9, unit: 'đồng', kind: 'money', qualifier: 'over' },
      { text: '310 triệu đồng', value: 3.1e8, unit: 'đồng', kind: 'money', qualifier: 'exact' },
    ]);
  });
});

describe('numbered things after a naming noun are identifiers', () => {
  it.each<[string, string[]]>([
    ['Cơn bão số 6 đi vào vùng biển phía Nam với sức gió 90 km/h.', ['90 km/h']],
    ['Đây là bão số 2 năm 2025 đổ bộ vào đất liền.', []],
    ['Mực nước sông Cả đã vượt báo động 2 khoảng 0,4 m.', ['khoảng 0,4 m']],
    ['Trường được công nhận đạt chuẩn mức độ 1 từ năm ngoái.', []],
    ['Sinh viên học tại cơ sở 3 của trường ở Thủ Đức.', []],
    ['Tuyến xe buýt số 18 chạy qua 12 trạm dừng.', ['12 trạm dừng']],
    ['Dự án đường tỉnh 741 rộng 12 m được khởi công.', ['12 m']],
    ['Đường Vành đai 4 đi qua 3 tỉnh.', ['3 tỉnh']],
    ['Đội đua thắng chặng 9 dài 160 km.', ['160 km']],
    ['Bệnh viện Quân y 103 tiếp nhận 40 bệnh nhân.', ['40 bệnh nhân']],
    ['Người dân dự lễ tưởng niệm 50 năm ngày mất của nhà thơ.', []],
  ])('%s', (text, want) => {
    expect(extractFigures(text).map((f) => f.text)).toEqual(want);
  });

  it.each<[string, string]>([
    ['Tập đoàn có 4 cơ sở sản xuất ở miền Bắc.', '4 cơ sở'],
    ['Thành phố mở thêm 3 tuyến xe buýt.', '3 tuyến xe buýt'],
    ['Cuộc đua gồm 21 chặng.', '21 chặng'],
    ['Bị cáo lĩnh 5 năm tù.', '5 năm'],
  ])('still counts: %s', (text, want) => {
    expect(extractFigures(text).map((f) => f.text)).toContain(want);
  });
});

describe('scores, coordinates, products and other names that look like measures', () => {
  it.each<[string, string[]]>([
    ['Tay vợt hạt giống số 2 thắng 7-6, 6-3 và nhận 5.000 USD.', ['5.000 USD']],
    ['Đội khách thắng 3-2 (22-25, 25-21, 19-25, 25-23, 15-12) trước 4.000 khán giả.', ['4.000 khán giả']],
    ['Lúc 10 giờ, tâm áp thấp ở khoảng 17,5 độ vĩ Bắc; 110,2 độ kinh Đông.', []],
    ['Hồi 16 giờ, mưa lớn gây ngập 200 ha lúa.', ['200 ha']],
    ['Chợ hoa họp từ 23 tháng Chạp đến mùng 3 tháng Giêng.', []],
    ['Gạo 25% tấm được chào bán ở mức 410 USD/tấn.', ['410 USD/tấn']],
    ['Trạm y tế tiêm vaccine 6 trong 1 cho 320 trẻ.', ['320 trẻ']],
    ['Người dân gọi 114 để báo cháy.', []],
    ['Vàng 9999 được bán ra ở mức 82 triệu đồng/lượng.', ['82 triệu đồng/lượng']],
  ])('%s', (text, want) => {
    expect(extractFigures(text).map((f) => f.text)).toEqual(want);
  });

  it.each<[string, string]>([
    ['Nhiệt độ cao nhất 38 độ C.', '38 độ C'],
    ['Giá gạo tăng 5% so với tháng trước.', '5%'],
    ['Cầu thủ ghi 25 điểm trong trận.', '25 điểm'],
    ['Dự án kéo dài 10 tháng.', '10 tháng'],
    ['Tuổi nghỉ hưu dự kiến từ 60-62 tuổi.', 'từ 60-62 tuổi'],
  ])('still counts: %s', (text, want) => {
    expect(extractFigures(text).map((f) => f.text)).toContain(want);
  });
});

describe('reporting periods and names written with a time word', () => {
  it.each<[string, string[]]>([
    ['Xuất khẩu thủy sản 9 tháng đạt 7 tỷ USD.', ['7 tỷ USD']],
    ['Doanh thu 8 tháng qua tăng 12%.', ['12%']],
    ['Sáu tháng đầu năm, tỉnh thu hút 40 dự án.', ['40 dự án']],
    ['Trường tổ chức lễ kỷ niệm 60 năm ngày thành lập.', []],
  ])('%s', (text, want) => {
    expect(extractFigures(text).map((f) => f.text)).toEqual(want);
  });

  it.each<[string, string]>([
    ['Giá thép tăng 10 tháng liền.', '10 tháng'],
    ['Công trình kéo dài 10 tháng.', '10 tháng'],
    ['Dự án thi công trong 9 tháng đạt yêu cầu.', '9 tháng'],
    ['Chủ đầu tư xây tòa tháp 45 tầng.', '45 tầng'],
    ['Gió mạnh nhất gần tâm bão 120-140 km/h.', '120-140 km/h'],
    ['Thời gian làm bài môn Văn 120 phút.', '120 phút'],
  ])('still counts: %s', (text, want) => {
    expect(extractFigures(text).map((f) => f.text)).toContain(want);
  });
});

describe('signed percentages and plate tails', () => {
  it('reads a signed change in brackets', () => {
    check('Chỉ số HNX tăng 1,8 điểm (+0,75%) trong phiên.', [{ text: '1,8 điểm' }, { text: '0,75%', value: 0.75, unit: '%' }]);
  });
  it('keeps a +84 phone prefix out', () => {
    expect(extractFigures('Đường dây nóng +84 243 822 1234 hoạt động cả ngày.')).toEqual([]);
  });
  it('skips the digits of a licence plate after its series', () => {
    expect(extractFigures('Camera ghi hình xe máy 43-B1 567.89 chạy với tốc độ 70 km/h.').map((f) => f.text)).toEqual(['70 km/h']);
  });
  it('still reads a decimal with a unit', () => {
    expect(extractFigures('Kho lạnh chứa 345.67 tấn cá.').map((f) => f.text)).toEqual(['345.67 tấn']);
  });
});

describe('spelled năm as five before a shorter time word', () => {
  it.each<[string, string[]]>([
    ['Trong năm ngày diễn ra hội chợ, ban tổ chức đón 300 đoàn khách.', ['năm ngày', '300 đoàn khách']],
    ['Bệnh nhân được theo dõi năm tuần.', ['năm tuần']],
    ['Mỗi năm ngày hội được tổ chức một lần.', []],
    ['Trong năm ngày càng nhiều khách du lịch.', []],
    ['Người nông dân quanh năm ngày tháng vất vả.', []],
  ])('%s', (text, want) => {
    expect(extractFigures(text).map((f) => f.text)).toEqual(want);
  });
});

describe('a price list of places with the unit written once', () => {
  it('gives the last place the unit of the one before', () => {
    check('Giá tiêu tại Bình Phước 148.000 đồng/kg, Đồng Nai 147.500.', [
      { text: '148.000 đồng/kg', value: 148000, unit: 'đồng/kg' },
      { text: '147.500', value: 147500, unit: 'đồng/kg', kind: 'money', unitInferred: true },
    ]);
  });
  it('leaves a name followed by a number without separators alone', () => {
    expect(extractFigures('Giá lúa 7.000 đồng/kg, Long An 2024.').map((f) => f.text)).toEqual(['7.000 đồng/kg']);
  });
});

describe('words that are names of Object.prototype', () => {
  it('are ordinary words, never a unit, a currency or a magnitude', () => {
    for (const word of ['constructor', 'toString', 'valueOf', '__proto__', 'hasOwnProperty']) {
      const before = extractFigures(`Có ${word} 5 người và 7 ${word} được nêu tên.`);
      expect(before.find((f) => f.text.startsWith('5'))).toMatchObject({ text: '5 người', unit: 'người', kind: 'people', value: 5 });
      for (const f of before) {
        expect(typeof f.unit, f.text).toBe('string');
        expect(f.kind, f.text).not.toBe('money');
      }
    }
  });
});
