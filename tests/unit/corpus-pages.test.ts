/**
 * The pure logic of the corpus pages (`src/lib/corpus.ts`): formatting,
 * slugs, newest-first order, grouping, paging, excerpts and the explorer.
 * The fixture articles in `tests/fixtures/corpus-pages/` are hand-written.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  assignSlugs,
  buildExplorerIndex,
  compareNewestFirst,
  countByKind,
  excerptAround,
  explorerHref,
  explorerPages,
  figureExcerpt,
  formatDate,
  formatFigureValue,
  formatNumber,
  groupBy,
  groupByYear,
  listingRoutes,
  KIND_SLUGS,
  locateInBody,
  nameSlug,
  pageHref,
  pageRefs,
  paginate,
  paginationItems,
  renderExplorerRows,
  sortNewestFirst,
  summarize,
  yearOf,
  articleEntry,
  type CorpusEntry,
  type ExplorerArticle,
  type FigureRef,
} from '../../src/lib/corpus';
import { parseArticleFile } from '../../src/lib/article-file';
import { ArticleFrontmatter, type Figure } from '../../src/schema';

const FIXTURES = join(__dirname, '../fixtures/corpus-pages');

/** The fixture articles: the store's entry (as the loader makes it) beside the full frontmatter. */
function loadFixtures(): (CorpusEntry & { full: ArticleFrontmatter })[] {
  return readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((file) => {
      const { frontmatter, body } = parseArticleFile(readFileSync(join(FIXTURES, file), 'utf8'));
      const full = ArticleFrontmatter.parse(frontmatter);
      return { id: file.replace(/\.md$/, ''), data: articleEntry(full), full, body };
    });
}

function fig(partial: Partial<Figure>): Figure {
  return { id: 'x', text: 'x', start: 0, end: 1, kind: 'count', unit: '', qualifier: 'exact', ...partial } as Figure;
}

describe('formatting', () => {
  it('uses Vietnamese separators', () => {
    expect(formatNumber(2900000000)).toBe('2.900.000.000');
    expect(formatNumber(12.5)).toBe('12,5');
    expect(formatNumber(75.5)).toBe('75,5');
  });

  it('writes the qualifier as a symbol before the value', () => {
    expect(formatFigureValue(fig({ value: 2900000000, qualifier: 'over' }))).toBe('> 2.900.000.000');
    expect(formatFigureValue(fig({ value: 300, qualifier: 'nearly' }))).toBe('≲ 300');
    expect(formatFigureValue(fig({ value: 800, qualifier: 'about' }))).toBe('≈ 800');
    expect(formatFigureValue(fig({ value: 5000, qualifier: 'under' }))).toBe('< 5.000');
    expect(formatFigureValue(fig({ value: 115 }))).toBe('115');
  });

  it('writes ranges with a dash and fractions as written', () => {
    expect(formatFigureValue(fig({ min: 1000, max: 2000 }))).toBe('1.000–2.000');
    expect(formatFigureValue(fig({ numerator: 11, denominator: 11, value: 1 }))).toBe('11/11');
  });

  it('writes dates day first, at any precision', () => {
    expect(formatDate('2022-01-21')).toBe('21/01/2022');
    expect(formatDate('2022-01')).toBe('01/2022');
    expect(formatDate('2022')).toBe('2022');
    expect(formatDate(undefined)).toBe('');
    expect(yearOf('2022-01-21')).toBe(2022);
    expect(yearOf(undefined)).toBeUndefined();
  });
});

describe('slugs', () => {
  it('folds Vietnamese diacritics, đ included', () => {
    expect(nameSlug('Lao Động')).toBe('lao-dong');
    expect(nameSlug('Đà Nẵng Online')).toBe('da-nang-online');
    expect(nameSlug('Xã hội')).toBe('xa-hoi');
    expect(nameSlug('Thời sự - Chính trị')).toBe('thoi-su-chinh-tri');
  });

  it('names unit symbols', () => {
    expect(nameSlug('%')).toBe('phan-tram');
    expect(nameSlug('°C')).toBe('do-c');
    expect(nameSlug('m²')).toBe('m2');
    expect(nameSlug('USD/tấn')).toBe('usd-tan');
    expect(nameSlug('', 'khong-don-vi')).toBe('khong-don-vi');
  });

  it('gives colliding names distinct slugs, whatever the input order', () => {
    const one = assignSlugs(['Tấn', 'Tân', 'tan']);
    const two = assignSlugs(['tan', 'Tân', 'Tấn']);
    expect(new Set(one.values()).size).toBe(3);
    expect([...one.entries()].sort()).toEqual([...two.entries()].sort());
    expect([...one.values()].sort()).toEqual(['tan', 'tan-2', 'tan-3']);
  });

  it('never takes another name’s own slug as a suffix', () => {
    const slugs = assignSlugs(['A', 'a', 'a 2']);
    expect(slugs.get('a 2')).toBe('a-2');
    expect(new Set(slugs.values()).size).toBe(3);
  });

  it('never gives out the pagination segment', () => {
    expect(assignSlugs(['trang']).get('trang')).toBe('trang-2');
  });

  it('has a Vietnamese URL segment for every kind', () => {
    expect(KIND_SLUGS.money).toBe('tien');
    expect(KIND_SLUGS.percent).toBe('phan-tram');
    expect(KIND_SLUGS.ratio).toBe('ty-so');
    expect(new Set(Object.values(KIND_SLUGS)).size).toBe(Object.keys(KIND_SLUGS).length);
  });
});

describe('article list', () => {
  const a = (id: string, date: string | undefined, title = id) => ({ id, date, title });

  it('sorts newest first, undated last, then by title', () => {
    const sorted = sortNewestFirst([a('x', undefined), a('b', '2021-05-01'), a('c', '2023-01-02'), a('d', '2023-01-02', 'Ă'), a('e', '2023-01-02', 'A')]);
    expect(sorted.map((s) => s.id)).toEqual(['e', 'd', 'c', 'b', 'x']);
  });

  it('puts a month-only date before the full dates of that month', () => {
    expect(compareNewestFirst(a('m', '2023-06'), a('d', '2023-06-15'))).toBeGreaterThan(0);
    expect(compareNewestFirst(a('m', '2023-06'), a('d', '2023-05-31'))).toBeLessThan(0);
  });

  it('counts figures per kind in the schema order', () => {
    expect(countByKind([{ kind: 'percent' }, { kind: 'money' }, { kind: 'percent' }])).toEqual([
      ['money', 1],
      ['percent', 2],
    ]);
  });

  it('summarises the fixtures', () => {
    const summaries = sortNewestFirst(loadFixtures().map(summarize));
    expect(summaries.map((s) => s.id)).toEqual([
      'nang-nong-keo-dai-o-mien-trung', // 2023-06
      'xuat-khau-ca-phe-tang-manh', // 2023-05-10
      'ba-vi-quyen-gop-ung-ho-nguoi-dan-vung-lu', // 2022-10-21
      'da-nang-don-hon-2-trieu-luot-khach', // 2022-08-30
      'trong-moi-300-ha-rung-phong-ho', // 2021-11-03
      'hoi-nghi-tong-ket-cong-tac-doan', // undated
    ]);
    const baVi = summaries[2]!;
    expect(baVi.href).toBe('/bai/ba-vi-quyen-gop-ung-ho-nguoi-dan-vung-lu/');
    expect(baVi.figureCount).toBe(5);
    expect(baVi.kindCounts).toEqual([
      ['money', 2],
      ['percent', 1],
      ['count', 2],
    ]);
  });

  it('groups by outlet with slugs, leaving out articles without one', () => {
    const summaries = sortNewestFirst(loadFixtures().map(summarize));
    const outlets = groupBy(summaries, (s) => s.outlet);
    expect(outlets.map((g) => [g.name, g.slug, g.items.length])).toEqual([
      ['Dân Trí', 'dan-tri', 1],
      ['Đà Nẵng Online', 'da-nang-online', 1],
      ['Lao Động', 'lao-dong', 2],
      ['Tuổi Trẻ', 'tuoi-tre', 1],
    ]);
    expect(outlets[2]!.items.map((s) => s.id)).toEqual(['nang-nong-keo-dai-o-mien-trung', 'ba-vi-quyen-gop-ung-ho-nguoi-dan-vung-lu']);
  });

  it('groups by year, newest year first', () => {
    const years = groupByYear(sortNewestFirst(loadFixtures().map(summarize)));
    expect(years.map((g) => [g.slug, g.items.length])).toEqual([
      ['2023', 2],
      ['2022', 2],
      ['2021', 1],
    ]);
  });
});

describe('paging', () => {
  it('splits into pages and keeps one empty page for an empty list', () => {
    const pages = paginate([1, 2, 3, 4, 5], 2);
    expect(pages.map((p) => p.items)).toEqual([[1, 2], [3, 4], [5]]);
    expect(pages[2]).toMatchObject({ number: 3, count: 3, first: 5, last: 5 });
    expect(paginate([], 10)).toEqual([{ number: 1, count: 1, items: [], first: 1, last: 0 }]);
  });

  it('links page 1 to the listing itself', () => {
    expect(pageHref('/nguon/lao-dong/', 1)).toBe('/nguon/lao-dong/');
    expect(pageHref('/nguon/lao-dong/', 3)).toBe('/nguon/lao-dong/trang/3/');
    expect(explorerHref('', 1)).toBe('/so-lieu/');
    expect(explorerHref('tien/don-vi/dong', 2)).toBe('/so-lieu/tien/don-vi/dong/trang/2/');
    expect(explorerHref('', 2)).toBe('/so-lieu/trang/2/');
  });

  it('routes a grouped listing: the index, then each group page by page', () => {
    const groups = groupBy(['a1', 'a2', 'a3', 'b1'], (s) => s[0]);
    const routes = listingRoutes(groups, 2);
    expect(routes.map((r) => r.path)).toEqual([undefined, 'a', 'a/trang/2', 'b']);
    const second = routes[2]!;
    expect(second.path !== undefined && second.page.items).toEqual(['a3']);
  });

  it('shows the ends and a window around the current page', () => {
    expect(paginationItems(1, 1)).toEqual([1]);
    expect(paginationItems(6, 12)).toEqual([1, 'gap', 4, 5, 6, 7, 8, 'gap', 12]);
    expect(paginationItems(1, 10)).toEqual([1, 2, 3, 'gap', 10]);
    // A gap hiding one number shows it instead.
    expect(paginationItems(5, 10)).toEqual([1, 2, 3, 4, 5, 6, 7, 'gap', 10]);
  });
});

describe('excerpts', () => {
  const text = 'Câu đầu tiên. Ngày 21/1, TP. Bảo Lộc đã phát trên 30.000 tờ rơi cho người dân! Câu cuối.';
  const start = text.indexOf('trên 30.000 tờ rơi');
  const end = start + 'trên 30.000 tờ rơi'.length;

  it('takes the whole sentence, not stopping at thousands dots or “TP.”', () => {
    expect(excerptAround(text, start, end)).toEqual({
      before: 'Ngày 21/1, TP. Bảo Lộc đã phát ',
      match: 'trên 30.000 tờ rơi',
      after: ' cho người dân!',
    });
  });

  it('stops at line breaks', () => {
    const t = 'Tiêu đề\nCó 5 người\nDòng sau';
    expect(excerptAround(t, 11, 18)).toEqual({ before: 'Có ', match: '5 người', after: '' });
  });

  it('clips long sides at a word with an ellipsis', () => {
    const long = 'một hai ba bốn năm sáu bảy tám chín mười';
    const t = `${long} có 7 tỷ đồng ${long}.`;
    const s = t.indexOf('7 tỷ đồng');
    const ex = excerptAround(t, s, s + 9, 20);
    expect(ex.before.startsWith('…')).toBe(true);
    expect(ex.before.length).toBeLessThanOrEqual(21);
    expect(ex.before.endsWith('mười có ')).toBe(true);
    expect(ex.after.endsWith('…')).toBe(true);
    expect(ex.after.startsWith(' một hai')).toBe(true);
  });

  it('finds a figure in a body that was trimmed by the loader', () => {
    const source = 'HEADER\n\n  Có 5 người.';
    const body = source.slice(8).trim(); // bodyStart 8, two spaces trimmed
    expect(locateInBody(body, 8, { text: '5 người', start: source.indexOf('5 người') })).toBe(3);
    expect(locateInBody(body, 8, { text: '9 người', start: 13 })).toBe(-1);
  });

  it('falls back to the stored context when there is no body', () => {
    const ex = figureExcerpt(undefined, 0, { text: '5 người', start: 40, end: 47, prefix: 'xong. Hôm nay có ', suffix: ' đến. Sau đó' });
    expect(ex).toEqual({ before: 'Hôm nay có ', match: '5 người', after: ' đến.' });
  });

  it('marks a context cut mid-sentence with …, but not one that ends the sentence', () => {
    // 32-character contexts, as the extractor stores them.
    const cut = figureExcerpt(undefined, 0, { text: '46%', start: 100, end: 103, prefix: 'ban tổ chức cho biết đã huy động', suffix: ' cho người dân ở vùng khó khăn v' });
    expect(cut).toEqual({ before: '…tổ chức cho biết đã huy động', match: '46%', after: ' cho người dân ở vùng khó khăn…' });
    const ended = figureExcerpt(undefined, 0, { text: '46%', start: 100, end: 103, prefix: 'ban tổ chức cho biết đã huy động', suffix: ' cho người dân ở vùng khó khăn. ' });
    expect(ended.after).toBe(' cho người dân ở vùng khó khăn.');
  });
});

describe('explorer', () => {
  function fixtureIndex(perPage = 3, minUnitFigures = 2) {
    const entries = loadFixtures();
    const sorted = [...entries].sort((x, y) =>
      compareNewestFirst({ id: x.id, ...x.data.meta }, { id: y.id, ...y.data.meta }),
    );
    const articles: ExplorerArticle[] = sorted.map((e) => ({
      id: e.id,
      title: e.data.meta.title,
      date: e.data.meta.date,
      bodyStart: e.data.meta.bodyStart,
      body: e.body,
      figures: e.full.figures,
    }));
    return buildExplorerIndex(articles, { perPage, minUnitFigures });
  }
  const textsOf = (index: ReturnType<typeof fixtureIndex>, refs: FigureRef[]) =>
    refs.map((r) => index.articles[r.a]!.figures[r.f]!.text);

  it('lists every figure once in the date view, newest article first, text order within', () => {
    const index = fixtureIndex();
    expect(index.all.refs).toHaveLength(26);
    expect(textsOf(index, index.all.refs.slice(0, 4))).toEqual(['39 °C', '3 ngày', '120 triệu kWh', '8%']);
  });

  it('gives a single-unit kind one table on its own page, largest first', () => {
    const index = fixtureIndex();
    const percent = index.kinds.find((k) => k.kind === 'percent')!;
    expect(percent.views).toHaveLength(1);
    expect(percent.views[0]!.path).toBe('phan-tram');
    expect(textsOf(index, percent.views[0]!.refs)).toEqual(['75,5%', 'gần 40%', '8%', '2,5%']);
    expect(percent.units).toEqual([expect.objectContaining({ unit: '%', count: 4, href: '/so-lieu/phan-tram/' })]);
  });

  it('never compares values across units: a table per common unit, the rare ones pooled', () => {
    const index = fixtureIndex();
    const money = index.kinds.find((k) => k.kind === 'money')!;
    expect(money.views.map((v) => [v.path, v.sort, textsOf(index, v.refs)])).toEqual([
      ['tien/don-vi/dong', 'value', ['khoảng 9.500 tỷ đồng', 'hơn 3,5 tỷ đồng', '500.000 đồng']],
      ['tien/don-vi/khac', 'unit-value', ['15 triệu USD', '4.200 USD/tấn']],
    ]);
    expect(money.unitIndexPath).toBe('tien');
    expect(money.units.map((u) => [u.unit, u.count, u.href])).toEqual([
      ['đồng', 3, '/so-lieu/tien/don-vi/dong/'],
      ['USD', 1, '/so-lieu/tien/don-vi/khac/#don-vi-usd'],
      ['USD/tấn', 1, '/so-lieu/tien/don-vi/khac/#don-vi-usd-tan'],
    ]);
  });

  it('sorts a pooled table by unit in Vietnamese order, and links each unit to its page and row', () => {
    const index = fixtureIndex();
    const people = index.kinds.find((k) => k.kind === 'people')!;
    expect(people.views).toHaveLength(1);
    const view = people.views[0]!;
    expect(view.path).toBe('nguoi');
    expect(textsOf(index, view.refs)).toEqual(['7', '50 đại biểu', 'hơn 2 triệu lượt khách', '1.000-2.000 người', 'trên 120 thành viên']);
    expect(people.units.find((u) => u.unit === 'người')!.href).toBe('/so-lieu/nguoi/trang/2/#don-vi-nguoi');
    const html = renderExplorerRows(index, pageRefs(index, view, 2), { anchors: view.anchors });
    expect(html.startsWith('<tr id="don-vi-nguoi">')).toBe(true);
  });

  it('pages every table, lists units where needed, and nothing twice', () => {
    const pages = explorerPages(fixtureIndex());
    const paths = pages.map((p) => p.path);
    expect(new Set(paths).size).toBe(paths.length);
    expect(paths).toContain(''); // /so-lieu/
    expect(paths).toContain('trang/9'); // 26 figures, 3 a page
    expect(paths).not.toContain('trang/10');
    expect(pages.find((p) => p.path === 'tien')!.type).toBe('units');
    expect(paths).toContain('tien/don-vi/dong');
    expect(paths).toContain('tien/don-vi/khac');
    expect(paths).toContain('phan-tram/trang/2');
    expect(paths).not.toContain('phan-tram/don-vi'); // one unit: the filter bar lists it
  });

  it('renders rows that link to the figure and mark it in its sentence', () => {
    const index = fixtureIndex();
    const dong = index.kinds.find((k) => k.kind === 'money')!.views[0]!;
    const html = renderExplorerRows(index, pageRefs(index, dong, 1).slice(0, 1));
    expect(html).toContain('<th scope="row"><a href="/bai/da-nang-don-hon-2-trieu-luot-khach/#khoang-9-500-ty-dong">≈ 9.500.000.000.000</a></th>');
    expect(html).toContain('</th><td>đồng</td><td>Trong 3 tháng hè');
    expect(html).toContain('doanh thu du lịch đạt <mark>khoảng 9.500 tỷ đồng</mark>.</td>');
    expect(html).toContain('<td>Tiền</td><td>khoảng</td></tr>');
    // Titles are escaped.
    expect(html).toContain('Đà Nẵng đón hơn 2 triệu lượt khách &lt;trong&gt; dịp hè');
    expect(html).toContain('<time datetime="2022-08-30">30/08/2022</time>');
  });

  it('marks an inferred unit', () => {
    const index = fixtureIndex();
    const people = index.kinds.find((k) => k.kind === 'people')!;
    const ref = people.views[0]!.refs.find((r) => index.articles[r.a]!.figures[r.f]!.unitInferred)!;
    const html = renderExplorerRows(index, [ref]);
    expect(html).toContain('<td>cá nhân <small>(suy ra)</small></td>');
    expect(html).toContain('cho 5 tập thể và <mark>7</mark> được khen thưởng.');
  });

  it('never gives a unit the slug of the pooled table', () => {
    expect(assignSlugs(['khác', 'khắc'], 'x', ['khac'])).toEqual(
      new Map([
        ['khác', 'khac-2'],
        ['khắc', 'khac-3'],
      ]),
    );
  });
});
