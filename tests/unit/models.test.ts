/**
 * Named models (`mô hình`) and movements (`phong trào`) and the figures that describe them.
 * Sentences are written in the style of Vietnamese reports; expected values come from reading
 * them. Figures are built by hand so these tests do not depend on the figure extractor.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/lib/figures';
import { extractModels, splitSentences } from '../../src/lib/models';
import { normalizeText } from '../../src/lib/text';
import type { FigureDraft } from '../../src/lib/types';
import { corpusTexts, hasCorpus, jumble } from './helpers/extractor-inputs';

function fig(text: string, needle: string, unit: string, value: number): FigureDraft {
  const start = text.indexOf(needle);
  if (start < 0) throw new Error(`"${needle}" is not in the text`);
  return { text: needle, start, end: start + needle.length, kind: 'count', unit, value, qualifier: 'exact' };
}

const names = (text: string) => extractModels(text, []).map((m) => [m.type, m.name]);

describe('splitSentences', () => {
  it('splits at sentence punctuation before a capital and at line breaks, not after TP.', () => {
    const text = 'Ngày 5/3, TP. Hồ Chí Minh có mưa. Giá 2.500 đồng/kg… Chợ đông.\nDòng mới!';
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual([
      'Ngày 5/3, TP. Hồ Chí Minh có mưa.',
      'Giá 2.500 đồng/kg…',
      'Chợ đông.',
      'Dòng mới!',
    ]);
  });
});

describe('extractModels: names', () => {
  it('reads a quoted model name and links the figure in its sentence', () => {
    const text = 'Mô hình “Khu dân cư an toàn về ANTT” được triển khai tại 12 thôn. Năm nay huyện có 3 trường mới.';
    const figures = [fig(text, '12 thôn', 'thôn', 12), fig(text, '3 trường', 'trường', 3)];
    const models = extractModels(text, figures);
    expect(models).toHaveLength(1);
    const [m] = models;
    expect(m).toMatchObject({ name: 'Khu dân cư an toàn về ANTT', type: 'model', figureIndexes: [0] });
    expect(text.slice(m!.start, m!.end)).toBe('Khu dân cư an toàn về ANTT');
  });

  it('reads straight quotes', () => {
    expect(names('Xã đã nhân rộng mô hình "Nhà sạch, vườn đẹp" ra toàn bộ các thôn.')).toEqual([['model', 'Nhà sạch, vườn đẹp']]);
  });

  it('reads an unquoted model up to a preposition', () => {
    const text = 'Huyện triển khai mô hình nuôi tôm công nghệ cao với tổng diện tích 40 ha.';
    const models = extractModels(text, [fig(text, '40 ha', 'ha', 40)]);
    expect(models).toEqual([{ name: 'nuôi tôm công nghệ cao', type: 'model', figureIndexes: [0], start: text.indexOf('nuôi'), end: text.indexOf(' với') }]);
  });

  it('reads a capitalised movement up to the verb', () => {
    expect(names('Phong trào Toàn dân đoàn kết xây dựng đời sống văn hóa được triển khai sâu rộng.')).toEqual([
      ['movement', 'Toàn dân đoàn kết xây dựng đời sống văn hóa'],
    ]);
  });

  it('reads a quoted movement and a figure after it', () => {
    const text = 'Hưởng ứng phong trào “Ngày Chủ nhật xanh”, đoàn viên đã thu gom 3 tấn rác thải.';
    const models = extractModels(text, [fig(text, '3 tấn', 'tấn', 3)]);
    expect(models).toMatchObject([{ name: 'Ngày Chủ nhật xanh', type: 'movement', figureIndexes: [0] }]);
  });

  it('reads a listed series after `phong trào như:`', () => {
    const text = 'Địa phương đã gắn kết các phong trào như: Toàn dân tham gia bảo vệ môi trường, Nông dân sản xuất kinh doanh giỏi, Dân vận khéo.';
    expect(names(text)).toEqual([
      ['movement', 'Toàn dân tham gia bảo vệ môi trường'],
      ['movement', 'Nông dân sản xuất kinh doanh giỏi'],
      ['movement', 'Dân vận khéo'],
    ]);
  });

  it('reads a list after `gồm` or after a plural and a colon, but not after a bare colon', () => {
    expect(names('Huyện duy trì 3 mô hình gồm: Tổ hòa giải, Camera an ninh, Đường hoa thanh niên.')).toEqual([
      ['model', 'Tổ hòa giải'],
      ['model', 'Camera an ninh'],
      ['model', 'Đường hoa thanh niên'],
    ]);
    expect(names('Các phong trào: Hiến máu tình nguyện và Mùa hè xanh thu hút đông đảo sinh viên.')).toEqual([
      ['movement', 'Hiến máu tình nguyện'],
      ['movement', 'Mùa hè xanh'],
    ]);
    expect(names('Kết quả của mô hình: Năng suất lúa đạt 6,5 tấn/ha.')).toEqual([]);
  });

  it('keeps lower-case pieces of a listed item and cuts who launched it', () => {
    const text = 'Xã hưởng ứng phong trào như: Cả nước chung sức, đồng lòng xây dựng nông thôn mới do Thủ tướng phát động.';
    expect(names(text)).toEqual([['movement', 'Cả nước chung sức, đồng lòng xây dựng nông thôn mới']]);
  });

  it('reads a quoted name after `phong trào thi đua`', () => {
    expect(names('Tỉnh đoàn phát động phong trào thi đua “Tuổi trẻ sáng tạo” trong đoàn viên.')).toEqual([['movement', 'Tuổi trẻ sáng tạo']]);
  });

  it('keeps `mới` inside fixed phrases but ends a name at it otherwise', () => {
    expect(names('Phong trào xây dựng nông thôn mới đạt nhiều kết quả.')).toEqual([['movement', 'xây dựng nông thôn mới']]);
    expect(names('Hợp tác xã thử nghiệm mô hình trồng nấm mới tại thôn 2.')).toEqual([['model', 'trồng nấm']]);
  });

  it('reads several quoted names after one keyword', () => {
    const text = 'Phường duy trì các mô hình “Tuyến phố văn minh”, “Tổ liên gia an toàn” và “Camera an ninh”.';
    expect(names(text)).toEqual([
      ['model', 'Tuyến phố văn minh'],
      ['model', 'Tổ liên gia an toàn'],
      ['model', 'Camera an ninh'],
    ]);
  });
});

describe('extractModels: generic mentions are not names', () => {
  it('skips counted and quantified mentions', () => {
    expect(names('Toàn tỉnh có 45 mô hình tự quản về an ninh trật tự.')).toEqual([]);
    expect(names('Hội viên tham gia tích cực vào các phong trào thi đua yêu nước.')).toEqual([]);
    expect(names('Nhiều mô hình sản xuất hiệu quả đã được nhân rộng.')).toEqual([]);
  });

  it('skips demonstratives and abstract kinds of model', () => {
    expect(names('Mô hình này giúp giảm 20% số vụ trộm cắp.')).toEqual([]);
    expect(names('Ngân hàng chuyển đổi mô hình kinh doanh sang bán lẻ.')).toEqual([]);
    expect(names('Doanh nghiệp chuyển sang mô hình công ty cổ phần.')).toEqual([]);
    expect(names('Đây là mô hình của Walmart.')).toEqual([]);
    expect(names('Anh mua mô hình máy bay giá 2 triệu đồng.')).toEqual([]);
    expect(names('Bóng đá phong trào tại địa phương phát triển mạnh.')).toEqual([]);
  });
});

describe('extractModels: merging and linking', () => {
  it('merges repeated mentions case-insensitively and keeps the first one', () => {
    const text = 'Mô hình “Camera an ninh” đã lắp 120 mắt camera. Đến nay, mô hình “camera an ninh” được nhân rộng ra 8 xã.';
    const models = extractModels(text, [fig(text, '120 mắt camera', 'mắt camera', 120), fig(text, '8 xã', 'xã', 8)]);
    expect(models).toEqual([{ name: 'Camera an ninh', type: 'model', figureIndexes: [0, 1], start: 9, end: 23 }]);
  });

  it('merges a name written with the acronym the text defines', () => {
    const text =
      'Phong trào Toàn dân bảo vệ an ninh Tổ quốc (ANTQ) có 31 mô hình. Hội viên tham gia phong trào toàn dân bảo vệ ANTQ trên địa bàn với 48 điểm.';
    const models = extractModels(text, [fig(text, '31 mô hình', 'mô hình', 31), fig(text, '48 điểm', 'điểm', 48)]);
    expect(models).toHaveLength(1);
    expect(models[0]).toMatchObject({ name: 'Toàn dân bảo vệ an ninh Tổ quốc', type: 'movement', figureIndexes: [0, 1] });
  });

  it('links each figure to the closest mention before it in the sentence', () => {
    const text = 'Mô hình “Tuyến đường tự quản” có 15 tuyến, mô hình “Tổ liên gia an toàn” có 40 tổ.';
    const models = extractModels(text, [fig(text, '15 tuyến', 'tuyến', 15), fig(text, '40 tổ', 'tổ', 40)]);
    expect(models.map((m) => [m.name, m.figureIndexes])).toEqual([
      ['Tuyến đường tự quản', [0]],
      ['Tổ liên gia an toàn', [1]],
    ]);
  });

  it('links figures before the first mention to it', () => {
    const text = 'Đến nay, 31 mô hình trong Phong trào Toàn dân bảo vệ an ninh Tổ quốc hoạt động ở 48 điểm.';
    const models = extractModels(text, [fig(text, '31 mô hình', 'mô hình', 31), fig(text, '48 điểm', 'điểm', 48)]);
    expect(models).toMatchObject([{ name: 'Toàn dân bảo vệ an ninh Tổ quốc', figureIndexes: [0, 1] }]);
  });

  it('returns nothing for text without models', () => {
    expect(extractModels('Giá xăng giảm 500 đồng/lít.', [])).toEqual([]);
    expect(extractModels('', [])).toEqual([]);
  });
});

describe('extractModels on the seed article, with extractFigures', () => {
  const text = normalizeText(readFileSync(new URL('../../content/sources/000_221d6abb8b15921d.txt', import.meta.url), 'utf8'));
  const figures = extractFigures(text);
  const models = extractModels(text, figures);
  const linked = (name: string) => models.find((m) => m.name === name)?.figureIndexes.map((i) => figures[i]!.text);

  it('finds the named models and movements once each', () => {
    expect(models.map((m) => [m.type, m.name])).toEqual([
      ['movement', 'Toàn dân bảo vệ an ninh Tổ quốc'],
      ['movement', 'Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư'],
      ['movement', 'Toàn dân tham gia phòng chống tội phạm, cảm hóa giáo dục người lầm lỗi tại cộng đồng'],
      ['movement', 'Cả nước đoàn kết, chung sức, đồng lòng thi đua phòng, chống và chiến thắng đại dịch Covid-19'],
      ['model', 'camera an ninh'],
      ['model', 'Giáo họ không có tội phạm và tệ nạn xã hội'],
    ]);
    for (const m of models) expect(text.slice(m.start, m.end)).toBe(m.name);
  });

  it('links the figures that describe them', () => {
    expect(linked('camera an ninh')).toEqual(['gần 300 mắt camera', '11/11 xã, phường']);
    expect(linked('Toàn dân bảo vệ an ninh Tổ quốc')).toEqual(expect.arrayContaining(['31 mô hình', '48 điểm']));
    expect(linked('Giáo họ không có tội phạm và tệ nạn xã hội')).toEqual([]);
  });
});

describe.skipIf(!hasCorpus)('extractModels on the Dân Trí corpus', () => {
  it('runs on every article; names are slices of the text, figure links valid, no duplicates', () => {
    let total = 0;
    for (const text of corpusTexts()) {
      const figures = /mô hình|phong trào/iu.test(text) ? extractFigures(text) : [];
      const models = extractModels(text, figures);
      total += models.length;
      const keys = new Set(models.map((m) => `${m.type}:${m.name.toLowerCase()}`));
      expect(keys.size).toBe(models.length);
      for (const m of models) {
        expect(text.slice(m.start, m.end)).toBe(m.name);
        for (const i of m.figureIndexes) expect(figures[i]).toBeDefined();
      }
    }
    // Business news mostly speaks of models in general (`mô hình kinh doanh`): few named ones.
    expect(total).toBeLessThan(30);
  });
});

describe('extractModels on arbitrary input', () => {
  it('never throws and every name is its span of the text', () => {
    fc.assert(
      fc.property(jumble, (raw) => {
        const text = raw.normalize('NFC');
        for (const m of extractModels(text, [])) {
          expect(m.name.length).toBeGreaterThan(0);
          expect(text.slice(m.start, m.end)).toBe(m.name);
        }
      }),
      { numRuns: 400 },
    );
  });
});

/** Issue 7's large inputs: figure links by binary search, one pass over sentences. Outputs are checked, not times. */
describe('extractModels on large inputs', () => {
  it('links each of 2,000 models to its own figures across 4,000 sentences', () => {
    const n = 2000;
    const parts: string[] = [];
    const figures: FigureDraft[] = [];
    let at = 0;
    const add = (s: string, needle: string) => {
      const start = at + s.indexOf(needle);
      figures.push({ text: needle, start, end: start + needle.length, kind: 'count', unit: 'hộ', value: 25, qualifier: 'exact' });
      parts.push(s);
      at += s.length;
    };
    for (let k = 0; k < n; k++) {
      add(`Mô hình “Xóm bình yên ${k + 1}” thu hút 25 hộ tham gia. `, '25 hộ');
      // The second mention of the same name is the same model.
      add(`Nhờ mô hình “Xóm bình yên ${k + 1}”, 40 hộ thoát nghèo.\n`, '40 hộ');
    }
    const text = parts.join('');
    const models = extractModels(text, figures);
    expect(models).toHaveLength(n);
    const wrong = models.filter((m, k) => m.type !== 'model' || m.name !== `Xóm bình yên ${k + 1}` || m.figureIndexes.join() !== `${2 * k},${2 * k + 1}`);
    expect(wrong).toEqual([]);
  });

  it('gives each figure of a 2,000-mention sentence to the mention just before it', () => {
    const n = 2000;
    const items = Array.from({ length: n }, (_, k) => `mô hình “Tổ tự quản ${k + 1}” có 12 hộ`);
    const text = `Toàn huyện có ${items.join(', ')}.`;
    const figures: FigureDraft[] = [];
    let from = 0;
    for (let k = 0; k < n; k++) {
      const start = text.indexOf('12 hộ', from);
      figures.push({ text: '12 hộ', start, end: start + 5, kind: 'count', unit: 'hộ', value: 12, qualifier: 'exact' });
      from = start + 5;
    }
    const models = extractModels(text, figures);
    expect(models.map((m) => m.name)).toEqual(items.map((_, k) => `Tổ tự quản ${k + 1}`));
    expect(models.filter((m, k) => m.figureIndexes.join() !== String(k))).toEqual([]);
  });
});
