/**
 * Counted-noun units after the second blind set: where a noun phrase stops
 * (verbs, a new clause after a comma, a name), compounds whose first syllable
 * is a noun of its own, people nouns, currencies written before a rate, and
 * bare amounts whose unit is written elsewhere in the sentence.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/lib/figures';
import type { FigureDraft } from '../../src/lib/types';

function unitOf(text: string, figure: string): Pick<FigureDraft, 'unit' | 'kind'> | undefined {
  const f = extractFigures(text).find((x) => x.text === figure);
  return f && { unit: f.unit, kind: f.kind };
}

describe('a counted noun stops before a verb', () => {
  it.each<[string, string, string]>([
    ['Có 15 xã giải ngân chậm.', '15 xã', 'xã'],
    ['Hải quan phát hiện 120 container khai báo sai.', '120 container', 'container'],
    ['Mỗi ngày có 300 xe hàng thông quan qua cửa khẩu.', '300 xe hàng', 'xe hàng'],
    ['Bếp phát 200 suất ăn miễn phí.', '200 suất ăn', 'suất ăn'],
    ['Có 50 hộ lắp đặt pin mặt trời.', '50 hộ', 'hộ'],
    ['Bà con có 80 lồng nuôi cá.', '80 lồng', 'lồng'],
    ['Trẻ cần tiêm hai mũi cách nhau 4 tuần.', 'hai mũi', 'mũi'],
    ['Có 2/3 số người nhận hỗ trợ là phụ nữ.', '2/3 số người', 'người'],
    ['Ban quản lý cải tạo 8 chung cư cũ.', '8 chung cư', 'chung cư'],
  ])('%s', (text, figure, unit) => {
    expect(unitOf(text, figure)?.unit).toBe(unit);
  });

  it.each<[string, string, string]>([
    ['Tổng đài nhận 3 cuộc gọi mỗi phút.', '3 cuộc gọi', 'cuộc gọi'],
    ['Xã có 45 hộ chăn nuôi.', '45 hộ chăn nuôi', 'hộ chăn nuôi'],
    ['Tỉnh tổ chức 90 buổi tuyên truyền.', '90 buổi tuyên truyền', 'buổi tuyên truyền'],
  ])('a noun complement stays: %s', (text, figure, unit) => {
    expect(unitOf(text, figure)?.unit).toBe(unit);
  });
});

describe('a comma list of nouns', () => {
  it('does not start at a count of times: the comma ends its clause', () => {
    expect(unitOf('Máy báo lỗi ba lần, nhân viên phải khởi động lại.', 'ba lần')).toEqual({ unit: 'lần', kind: 'count' });
  });
  it('stops before a capitalised name', () => {
    expect(unitOf('Đoàn làm việc với 12 phường, xã, Ban Quản lý dự án.', '12 phường, xã')?.unit).toBe('phường, xã');
  });
  it('does not join people and things', () => {
    expect(unitOf('Đã tiêm cho hơn 20.000 trẻ em, vắc xin được cấp đủ.', 'hơn 20.000 trẻ em')?.unit).toBe('trẻ em');
  });
  it('still joins nouns of one list', () => {
    expect(unitOf('Có 120 cán bộ, chiến sĩ tham gia.', '120 cán bộ, chiến sĩ')).toEqual({ unit: 'cán bộ, chiến sĩ', kind: 'people' });
    expect(unitOf('Hỗ trợ 12 tỉnh, thành phố bị lũ.', '12 tỉnh, thành phố')).toEqual({ unit: 'tỉnh, thành phố', kind: 'count' });
  });
});

describe('compounds whose first syllable is a noun of its own', () => {
  it.each<[string, string, string, FigureDraft['kind']]>([
    ['Việt Nam có 54 dân tộc.', '54 dân tộc', 'dân tộc', 'count'],
    ['Hãng đang khai thác 30 tàu bay.', '30 tàu bay', 'tàu bay', 'count'],
    ['Đoàn nghệ thuật biểu diễn 5 đêm diễn.', '5 đêm diễn', 'đêm diễn', 'count'],
    ['Nhà máy công suất 200.000 m3/ngày đêm.', '200.000 m3/ngày đêm', 'm3/ngày đêm', 'volume'],
    ['Bảo tàng có 3 bảo vật quốc gia.', '3 bảo vật quốc gia', 'bảo vật quốc gia', 'count'],
    ['Hãng mở thêm 12 đường bay nội địa.', '12 đường bay', 'đường bay', 'count'],
  ])('%s', (text, figure, unit, kind) => {
    expect(unitOf(text, figure)).toEqual({ unit, kind });
  });

  it.each<[string, string, string, FigureDraft['kind']]>([
    ['Đoàn gồm năm người dân tộc Mông.', 'năm người dân', 'người dân', 'people'],
    ['Lễ hội kéo dài 3 đêm.', '3 đêm', 'đêm', 'duration'],
    ['Xã đã hỗ trợ 200 dân.', '200 dân', 'dân', 'people'],
  ])('the short noun stays on its own: %s', (text, figure, unit, kind) => {
    expect(unitOf(text, figure)).toEqual({ unit, kind });
  });
});

describe('people nouns', () => {
  it.each<[string, string, string]>([
    ['Làng có 12 nghệ nhân gốm.', '12 nghệ nhân', 'nghệ nhân'],
    ['Cảnh sát biển xử phạt 4 chủ tàu.', '4 chủ tàu', 'chủ tàu'],
  ])('%s', (text, figure, unit) => {
    expect(unitOf(text, figure)).toEqual({ unit, kind: 'people' });
  });
});

describe('a currency written before the number keeps the rate after it', () => {
  it.each<[string, string, string]>([
    ['Dầu diesel bán lẻ ở mức €2,4/lít.', '€2,4/lít', 'EUR/lít'],
    ['Cà phê xuất khẩu giá $5,2/kg.', '$5,2/kg', 'USD/kg'],
    ['Chiếc áo có giá $25.', '$25', 'USD'],
  ])('%s', (text, figure, unit) => {
    expect(unitOf(text, figure)).toEqual({ unit, kind: 'money' });
  });
});

describe('a bare amount with a magnitude takes the unit written elsewhere in its sentence', () => {
  it('`tỷ` takes the currency of an earlier money figure', () => {
    const got = extractFigures('Tỉnh thu ngân sách 12.500 tỷ đồng, trong đó thu nội địa 9.800 tỷ.');
    expect(got[1]).toMatchObject({ text: '9.800 tỷ', value: 9.8e12, unit: 'đồng', kind: 'money', unitInferred: true });
  });
  it('`tỷ` takes the currency of a later money figure when none comes before', () => {
    const got = extractFigures('Căn nhà được rao 8 tỷ, tương đương 100 triệu đồng/m2.');
    expect(got[0]).toMatchObject({ text: '8 tỷ', unit: 'đồng', kind: 'money', unitInferred: true });
  });
  it('`triệu` takes the noun of an earlier count in thousands', () => {
    const got = extractFigures('Năm ngoái có 850.000 lượt khách, năm nay dự kiến hơn 1,2 triệu.');
    expect(got[1]).toMatchObject({ text: 'hơn 1,2 triệu', unit: 'lượt khách', kind: 'count', unitInferred: true });
  });
  it.each<[string, string]>([
    // `tỷ` never takes a noun that is not money
    ['Dân số đạt 2,1 triệu người, GDP đạt 150 tỷ.', '150 tỷ'],
    // a small count is not the noun of a large amount
    ['Có 5 người chết, thiệt hại 2 triệu.', '2 triệu'],
    // another sentence
    ['Doanh thu đạt 500 tỷ đồng. Số khách đạt 2 triệu.', '2 triệu'],
  ])('keeps no unit: %s', (text, figure) => {
    expect(unitOf(text, figure)?.unit).toBe('');
  });
});

describe('a counted noun’s complement ends at a word, not inside one (blind sets 175 and 177)', () => {
  it.each<[string, string, string]>([
    // the complement's length would cut a two-syllable word: the word is read whole
    ['Xã dựng 10 chòi gác di động.', '10 chòi gác di động', 'chòi gác di động'],
    ['Không quá 1/2 chiều rộng vỉa hè.', 'Không quá 1/2 chiều rộng vỉa hè', 'chiều rộng vỉa hè'],
    // a compound whose second syllable is a stop word on its own
    ['Có 1.870 lượt học sinh được học bơi.', '1.870 lượt học sinh', 'lượt học sinh'],
    ['Hội mở 65 lớp sơ cứu.', '65 lớp sơ cứu', 'lớp sơ cứu'],
    ['Chương trình nhận 5.600 lượt bình chọn.', '5.600 lượt bình chọn', 'lượt bình chọn'],
    ['Khách đặt 2 vé máy bay là 1,6 triệu đồng/vé.', '2 vé máy bay', 'vé máy bay'],
    // a noun of three syllables counted whole, with no complement
    ['Phường lắp 8 nhà vệ sinh di động.', '8 nhà vệ sinh', 'nhà vệ sinh'],
    ['Đội có 2 mô tô chuyên dụng.', '2 mô tô', 'mô tô'],
    ['Phường dựng 96 mái che di động.', '96 mái che', 'mái che'],
  ])('%s', (text, figure, unit) => {
    expect(unitOf(text, figure)?.unit).toBe(unit);
  });
  it('a complement that does not end in a known word keeps its length', () => {
    expect(unitOf('Xã dựng 4 chòi canh gác ven sông.', '4 chòi canh gác')?.unit).toBe('chòi canh gác');
  });
});

describe('a list of nouns ends where the next entry of a list is named (Dân Trí review sample)', () => {
  it('`người, giáo viên THCS 1.674 người` is two entries, not one unit', () => {
    const text = 'Giáo viên tiểu học 2.431 người, giáo viên THCS 1.674 người.';
    expect(unitOf(text, '2.431 người')?.unit).toBe('người');
    expect(unitOf(text, '1.674 người')?.unit).toBe('người');
  });
  it('a list named by a capitalised body after it stays one unit', () => {
    expect(unitOf('Huy động 120 cán bộ, chiến sĩ Công an huyện tham gia.', '120 cán bộ, chiến sĩ')?.unit).toBe('cán bộ, chiến sĩ');
  });
});
