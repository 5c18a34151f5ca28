/**
 * src/lib/search/shards.ts: dealing pages to shards, and the weights that keep
 * merged results in date order. Pagefind's sorted score is modelled as it was
 * observed on pagefind 1.6.0 (bench/README.md, session 4): a page's rank in
 * its own index sorted by the sort value, 0 for the oldest.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addPageWords, addWords, comparableWord, dealToShards, shardCount, shardFolder, shardOfFolder, sortDateOf, vocabularyPage, withoutIgnored } from '../../src/lib/search/shards';

interface Page {
  key: string;
  date: string;
}

/**
 * What a merged, newest-first search returns: each shard scores its pages by
 * their rank in date order, and the results of all shards (first shard first)
 * are sorted by score with a stable sort, as Pagefind's merge does.
 */
function mergedNewestFirst(shards: Page[][]): Page[] {
  const scored = shards.flatMap((pages) => {
    const ascending = [...pages].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    return ascending.map((page, rank) => ({ page, score: rank }));
  });
  return scored.sort((a, b) => b.score - a.score).map((x) => x.page);
}

const dates = ['2019-01-02', '2020-05-06', '2021-08-02', '2022-01-21', '2023-06-30', '2023-09-15', '2024-12-28', '0000-00-00'];

describe('shards', () => {
  it('names the first shard pagefind and the others pagefind-2, pagefind-3', () => {
    expect([0, 1, 2].map(shardFolder)).toEqual(['pagefind', 'pagefind-2', 'pagefind-3']);
  });

  it('needs one shard per started block of pages, and always one', () => {
    expect(shardCount(0, 5000)).toBe(1);
    expect(shardCount(5000, 5000)).toBe(1);
    expect(shardCount(5001, 5000)).toBe(2);
    expect(shardCount(10000, 5000)).toBe(2);
    expect(shardCount(5, 2)).toBe(3);
  });

  it('deals the pages oldest first, in turn, the same way on every run', () => {
    const pages = [
      { key: 'c', date: '2022-01-01' },
      { key: 'a', date: '2020-01-01' },
      { key: 'b', date: '2021-01-01' },
      { key: 'd', date: '2022-01-01' },
      { key: 'e', date: '2019-01-01' },
    ];
    // oldest first: e, a, b, c, d; in groups of two, the newer of each group to shard 0
    expect(dealToShards(pages, 2).map((s) => s.map((p) => p.key))).toEqual([['a', 'c'], ['e', 'b', 'd']]);
    expect(dealToShards([...pages].reverse(), 2)).toEqual(dealToShards(pages, 2));
  });

  it('reads the sort date of a prepared page', () => {
    expect(sortDateOf('<time data-pagefind-sort="date:2024-12-28">')).toBe('2024-12-28');
    expect(sortDateOf('<p>no date</p>')).toBe('');
  });

  it('merged shards list the pages newest first, whatever the dates and the number of shards', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...dates), { minLength: 1, maxLength: 60 }),
        fc.integer({ min: 1, max: 5 }),
        (pageDates, count) => {
          const pages = pageDates.map((date, i) => ({ key: `p${String(i).padStart(3, '0')}`, date }));
          const merged = mergedNewestFirst(dealToShards(pages, count)).map((p) => p.date);
          expect(merged).toEqual([...pageDates].sort().reverse());
        },
      ),
      { numRuns: 300 },
    );
  });

  it('shards cut by date instead of dealt would come out in the wrong order (the model can fail)', () => {
    const pages = dates.slice(0, 6).map((date, i) => ({ key: `p${i}`, date }));
    const halves = [pages.slice(3), pages.slice(0, 3)];
    expect(mergedNewestFirst(halves).map((p) => p.date)).not.toEqual(pages.map((p) => p.date).sort().reverse());
  });

  describe('the vocabulary page', () => {
    const wordsOf = (...pages: string[]) => {
      const words = new Set<string>();
      for (const html of pages) addWords(words, html);
      return words;
    };

    it('holds every word of the body, lower-cased, split at tags and also joined across them', () => {
      const words = wordsOf('<html><head><title>Không</title></head><body><main data-pagefind-body><h1>Bảo Lộc</h1><p>Thu <mark id="a">hơn 2,9 tỷ</mark>, tăng 2<b>9</b>%.</p></main></body></html>');
      expect([...words]).toEqual(expect.arrayContaining(['bảo', 'lộc', 'thu', 'hơn', '2,9', 'tỷ', 'tỷ,', 'tăng', '29%.', '2', '9', '%.']));
      // the head is not indexed text; nor are scripts and styles
      expect(words.has('không')).toBe(false);
      expect(wordsOf('<body><script>var x = 1;</script><style>p { color: red }</style><p>chữ</p></body>')).toEqual(new Set(['chữ']));
    });

    it('leaves out what Pagefind does not index: elements marked data-pagefind-ignore, with all inside them', () => {
      const words = wordsOf(
        '<body><main data-pagefind-body><p>Chữ</p><p class="print-only" data-pagefind-ignore>Bản in từ http://x/bai/a/</p>' +
          '<div data-pagefind-ignore="all"><div>lề</div><span data-pagefind-filter="kind">money</span></div>' +
          '<p>số<span data-pagefind-ignore>ẩn</span>liệu <img data-pagefind-ignore alt="ảnh"> cuối</p></main></body>',
      );
      expect([...words].sort()).toEqual(['chữ', 'chữsốliệu', 'cuối', 'liệu', 'số', 'sốliệu']); // joined across tags, as ever
      // the end of an ignored element is found past elements of the same name inside it
      expect(wordsOf('<body><div data-pagefind-ignore><div>a</div>b</div><div>c</div></body>')).toEqual(new Set(['c']));
      expect(withoutIgnored('<p>a</p>')).toBe('<p>a</p>');
    });

    it('reads character references as the text they stand for', () => {
      expect(wordsOf('<body><p>R&amp;D &lt;3&gt; Tom&#39;s</p></body>')).toEqual(new Set(['r&d', '<3>', "tom's"]));
    });

    it('is one page with every word once, in a fixed order, escaped, with no sort value', () => {
      const page = vocabularyPage(new Set(['đồng', 'a<b', 'bảo', 'r&d']));
      expect(page).toBe(vocabularyPage(['r&d', 'bảo', 'a<b', 'đồng']));
      expect(page).toContain('<main data-pagefind-body><p>a&lt;b bảo r&amp;d đồng</p></main>');
      expect(page).not.toContain('data-pagefind-sort');
      expect(page).not.toContain('data-pagefind-filter');
      // long vocabularies are cut into paragraphs of 500 words
      const many = vocabularyPage(Array.from({ length: 1001 }, (_, i) => `w${String(i).padStart(4, '0')}`));
      expect(many.match(/<p>/g)).toHaveLength(3);
    });
  });
});

describe('the words the index cache compares', () => {
  it('reads a page as Pagefind does: split between blocks, joined inside a word, without end punctuation', () => {
    const words = new Set<string>();
    addPageWords(words, '<body><h1>Bảo Lộc</h1><p>Thu <mark id="x">hơn 2<b>9</b> tỷ</mark> đồng.</p></body>');
    expect([...words].sort()).toEqual(['2', '29', '9', 'bảo', 'hơn', 'lộc', 'thu', 'tỷ', 'đồng']);
  });

  /** The page's words (`addPageWords`) that the comparable forms of its vocabulary words (`addWords`) lack. */
  const unknownWords = (html: string) => {
    const vocabulary = new Set<string>();
    addWords(vocabulary, html);
    const page = new Set<string>();
    addPageWords(page, html);
    const comparable = new Set([...vocabulary].map(comparableWord));
    return [...page].filter((w) => !comparable.has(w));
  };

  it('finds nothing the vocabulary words of the same page lack', () => {
    expect(unknownWords('<body><h2>Giá (USD)</h2><p>Từ <mark>2<sup>3</sup></mark>, “<abbr title="x">UBND</abbr>”;</p><ul><li>a</li><li>b-c</li></ul></body>')).toEqual([]);
  });

  it('finds nothing the vocabulary words lack, on any page of words, spaces, punctuation and tags', () => {
    const piece = fc.constantFrom('đồng', 'Bảo', '2', '9', ',', '.', '“', ' ', '\n', '<b>', '</b>', '<mark id="a">', '</mark>', '<p>', '</p>', '<h1>', '</h1>', '<br>', '&amp;', 'x-y', '<b data-pagefind-ignore>', '<p data-pagefind-ignore="all">');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        expect(unknownWords(`<body>${pieces.join('')}</body>`)).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('shardOfFolder', () => {
  it('reads back the shard of every folder shardFolder names, and nothing else', () => {
    for (const s of [0, 1, 2, 9]) expect(shardOfFolder(shardFolder(s))).toBe(s);
    for (const name of ['pagefind.new-123', 'pagefind-', 'bai', 'pagefind-x']) expect(shardOfFolder(name)).toBeUndefined();
  });
});
