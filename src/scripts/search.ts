/**
 * The search page, /tim-kiem/: runs the search in the URL on load
 * (`?q=bao+loc&loai=money…`), searches as the user types or ticks a filter,
 * keeps the URL in step (history.replaceState), and renders results with
 * DOM calls only (no HTML strings: nothing from an article can become markup).
 *
 * Keyboard: `/` focuses the box (src/scripts/search-box.ts); ↓ from the box
 * goes to the first result; ↑/↓ move between results, Home/End jump, Esc
 * goes back to the box; Enter opens the focused result (it is a link).
 *
 * Timing: `performance.measure('solieu:search', …)` spans from the moment a
 * search starts to its first results on screen (marks on the way:
 * `solieu:pagefind-ready`, `solieu:search-found`); scripts/bench-search.ts
 * reads them, and `data-search-state` on the results list says
 * idle/searching/done.
 */
import { emptyFilters, FILTER_KEYS, FILTER_PARAMS, hasActiveFilters, paramsFromState, stateFromParams, type SearchState } from '../lib/search/query';
import { resultView, type ResultView } from '../lib/search/result';
import { loadPagefind, preload, search, type PagefindResult } from './pagefind-client';

/**
 * Results shown at first, then per click on "Xem thêm". Each result costs a
 * request for its fragment (the article's text, about 5 KB compressed) and
 * the first results wait for all of their batch, so the first batch is small:
 * on 10,000 articles it is most of what a query transfers and a good part of
 * its time (see scripts/bench-search.ts). Pagefind's own UI shows 5 too.
 */
const FIRST_PAGE_SIZE = 5;
const PAGE_SIZE = 10;
const TYPING_DELAY_MS = 150;

const form = document.querySelector<HTMLFormElement>('#search-form');
const input = document.querySelector<HTMLInputElement>('#search-q');
const status = document.querySelector<HTMLElement>('#search-status');
const list = document.querySelector<HTMLOListElement>('#search-results');
const more = document.querySelector<HTMLButtonElement>('#search-more');

let generation = 0;
let pending: PagefindResult[] = [];
/** The results after `pending`, still to be ordered (SearchOutcome.rest). */
let later: (() => Promise<PagefindResult[]>) | undefined;
let shownQuery = '';

function readForm(): SearchState {
  const state: SearchState = { q: input?.value ?? '', filters: emptyFilters(), sort: 'relevance' };
  if (!form) return state;
  const data = new FormData(form);
  for (const key of FILTER_KEYS) state.filters[key] = data.getAll(FILTER_PARAMS[key]).map(String).sort();
  state.sort = data.get('sap-xep') === 'moi-nhat' ? 'newest' : 'relevance';
  return state;
}

function writeForm(state: SearchState): void {
  if (input) input.value = state.q;
  if (!form) return;
  for (const key of FILTER_KEYS) {
    for (const box of form.querySelectorAll<HTMLInputElement>(`input[type=checkbox][name="${FILTER_PARAMS[key]}"]`)) {
      box.checked = state.filters[key].includes(box.value);
    }
  }
  const sort = form.querySelector<HTMLSelectElement>('select[name="sap-xep"]');
  if (sort) sort.value = state.sort === 'newest' ? 'moi-nhat' : '';
}

function syncUrl(state: SearchState): void {
  const params = paramsFromState(state).toString();
  const url = `${location.pathname}${params ? `?${params}` : ''}`;
  if (url !== `${location.pathname}${location.search}`) history.replaceState(null, '', url);
}

function setStatus(text: string): void {
  if (status) status.textContent = text;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function renderResult(view: ResultView): HTMLLIElement {
  const item = el('li', 'search-result');
  const heading = el('h2', 'search-result__title');
  const link = el('a', undefined, view.title);
  link.href = view.href;
  link.dataset.resultLink = '';
  heading.append(link);
  item.append(heading);

  const meta = [view.outlet, view.dateText, view.category].filter((s): s is string => !!s);
  if (meta.length > 0) {
    const line = el('p', 'search-result__meta');
    if (view.date && view.dateText) {
      line.append(`${view.outlet ? `${view.outlet} · ` : ''}`);
      const time = el('time', undefined, view.dateText);
      time.dateTime = view.date;
      line.append(time, view.category ? ` · ${view.category}` : '');
    } else line.textContent = meta.join(' · ');
    item.append(line);
  }

  if (view.figures.length > 0) {
    const figures = el('ul', 'search-result__figures');
    figures.setAttribute('aria-label', 'Số liệu khớp với từ khóa');
    for (const figure of view.figures) {
      const row = el('li');
      const chip = el('a', `search-figure fig-sample fig--${figure.kind || 'count'}`, figure.text);
      chip.href = figure.href;
      row.append(chip);
      if (figure.reading) {
        const reading = el('span', 'search-figure__reading');
        reading.append(el('span', 'visually-hidden', 'giá trị chuẩn hóa: '), figure.reading);
        row.append(' ', reading);
      }
      figures.append(row);
    }
    item.append(figures);
  }

  const excerpt = el('p', 'search-result__excerpt');
  for (const segment of view.excerpt) excerpt.append(segment.hit ? el('mark', 'search-hit', segment.text) : segment.text);
  item.append(excerpt);
  return item;
}

async function showMore(query: string, ownGeneration: number, first = false): Promise<void> {
  if (!list) return;
  const size = first ? FIRST_PAGE_SIZE : PAGE_SIZE;
  if (pending.length < size && later) {
    const load = later;
    later = undefined;
    const rest = await load();
    if (ownGeneration !== generation) return;
    pending.push(...rest);
  }
  const batch = pending.splice(0, size);
  const views = await Promise.all(batch.map(async (r) => resultView(await r.data(), query)));
  if (ownGeneration !== generation) return;
  if (first) list.replaceChildren();
  list.append(...views.map(renderResult));
  if (more) more.hidden = pending.length === 0 && !later;
}

function describe(state: SearchState, count: number): string {
  const what = state.q.trim() ? `cho “${state.q.trim()}”` : 'theo bộ lọc đã chọn';
  if (count === 0) return `Không tìm thấy kết quả nào ${what}. Hãy thử từ khác, bỏ bớt bộ lọc, hoặc gõ không dấu.`;
  return `${count.toLocaleString('vi-VN')} bài viết ${what}.`;
}

async function run(state: SearchState): Promise<void> {
  const own = ++generation;
  syncUrl(state);
  if (!list) return;
  if (state.q.trim() === '' && FILTER_KEYS.every((k) => state.filters[k].length === 0)) {
    pending = [];
    later = undefined;
    list.replaceChildren();
    list.dataset.searchState = 'idle';
    if (more) more.hidden = true;
    setStatus('Gõ từ khóa để tìm trong các bài viết, có dấu hay không dấu đều được.');
    return;
  }
  list.dataset.searchState = 'searching';
  performance.mark('solieu:search-start');
  setStatus('Đang tìm…');
  try {
    const outcome = await search(state, FIRST_PAGE_SIZE);
    if (own !== generation) return;
    performance.mark('solieu:search-found');
    pending = [...outcome.results];
    later = outcome.rest;
    shownQuery = state.q;
    await showMore(state.q, own, true);
    if (own !== generation) return;
    performance.measure('solieu:search', 'solieu:search-start');
    list.dataset.searchState = 'done';
    setStatus(describe(state, outcome.total));
  } catch (error) {
    if (own !== generation) return;
    list.dataset.searchState = 'error';
    setStatus('Không tải được chỉ mục tìm kiếm. Hãy tải lại trang.');
    console.error('solieu search:', error);
  }
}

function resultLinks(): HTMLAnchorElement[] {
  return list ? [...list.querySelectorAll<HTMLAnchorElement>('a[data-result-link]')] : [];
}

function onResultKey(event: KeyboardEvent): void {
  const links = resultLinks();
  const current = links.indexOf(document.activeElement as HTMLAnchorElement);
  let next: number | undefined;
  if (event.key === 'ArrowDown') next = Math.min(links.length - 1, current + 1);
  else if (event.key === 'ArrowUp') next = current - 1;
  else if (event.key === 'Home') next = 0;
  else if (event.key === 'End') next = links.length - 1;
  else if (event.key === 'Escape') next = -1;
  else return;
  event.preventDefault();
  if (next < 0) input?.focus();
  else links[next]?.focus();
}

function init(): void {
  if (!form || !input || !list) return;
  const initial = stateFromParams(new URLSearchParams(location.search));
  writeForm(initial);
  // The filters start folded away, unless the URL chose some.
  const filters = document.querySelector<HTMLDetailsElement>('#search-filters');
  if (filters && (hasActiveFilters(initial) || initial.sort === 'newest')) filters.open = true;
  let timer: ReturnType<typeof setTimeout> | undefined;

  input.addEventListener('input', () => {
    clearTimeout(timer);
    void preload(input.value).catch(() => undefined);
    timer = setTimeout(() => void run(readForm()), TYPING_DELAY_MS);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && resultLinks().length > 0) {
      event.preventDefault();
      resultLinks()[0]?.focus();
    }
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void run(readForm());
  });
  form.addEventListener('change', (event) => {
    if (event.target === input) return;
    clearTimeout(timer);
    void run(readForm());
  });
  list.addEventListener('keydown', onResultKey);
  more?.addEventListener('click', () => {
    const own = generation;
    const links = resultLinks().length;
    void showMore(shownQuery, own).then(() => resultLinks()[links]?.focus());
  });
  window.addEventListener('popstate', () => {
    writeForm(stateFromParams(new URLSearchParams(location.search)));
    void run(readForm());
  });

  void loadPagefind().catch(() => setStatus('Không tải được chỉ mục tìm kiếm. Hãy tải lại trang.'));
  void run(readForm());
}

init();
