/**
 * Article page enhancements (progressive: the page is complete without them).
 * Loaded as an external, deferred module; nothing inline (strict CSP).
 *
 *  - Old links: if the URL's #id is a retired figure id (a `.fig-alias`),
 *    the hash is replaced by the current id so `:target` applies to it.
 *  - "Copy link" buttons on every panel row and next to the focused figure.
 *    The link is `/bai/<slug>/#<id>:~:text=…`: the id, plus a Text Fragment
 *    that finds the same words if the id ever stops existing.
 *  - Keyboard: j / n / ] next figure, k / p / [ previous, c copies the link of
 *    the focused figure. Each move is announced politely.
 *  - Tooltips near the right edge grow leftwards.
 */
import { textDirective } from '../lib/figure-link';

const body = document.querySelector<HTMLElement>('.article-body');
const announcer = document.getElementById('fig-announcer');
const marks = body ? Array.from(body.querySelectorAll<HTMLElement>('mark.fig[id]')) : [];

function announce(message: string): void {
  if (!announcer) return;
  // Clear first so the same message twice is still announced.
  announcer.textContent = '';
  window.setTimeout(() => {
    announcer.textContent = message;
  }, 50);
}

/* ---------- retired ids ---------- */

function followAlias(): void {
  const id = decodeURIComponent(window.location.hash.slice(1));
  if (!id) return;
  const alias = document.getElementById(id);
  const target = alias?.classList.contains('fig-alias') ? alias.dataset.target : undefined;
  if (target && document.getElementById(target)) window.location.replace(`#${target}`);
}
followAlias();
window.addEventListener('hashchange', followAlias);

/* ---------- links ---------- */

/** The text of `mark`'s paragraph before and after it (without our buttons). */
function context(mark: HTMLElement): { before: string; after: string } {
  const block = mark.closest('p') ?? body!;
  const range = document.createRange();
  range.selectNodeContents(block);
  range.setEndBefore(mark);
  const before = range.toString();
  range.selectNodeContents(block);
  range.setStartAfter(mark);
  return { before, after: range.toString() };
}

function figureLink(mark: HTMLElement): string {
  const { before, after } = context(mark);
  const directive = textDirective(body!.textContent ?? '', mark.textContent ?? '', before, after);
  const url = new URL(window.location.href);
  url.hash = '';
  return `${url.origin}${url.pathname}#${mark.id}${directive}`;
}

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // No clipboard access (permissions, insecure context): fall back to a hidden textarea.
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.className = 'visually-hidden';
    document.body.append(area);
    area.select();
    let ok = false;
    try {
      ok = document.execCommand('copy');
    } catch {
      ok = false;
    }
    area.remove();
    return ok;
  }
}

async function copyFigureLink(mark: HTMLElement): Promise<void> {
  const link = figureLink(mark);
  const ok = await copyText(link);
  announce(ok ? `Đã chép liên kết tới số liệu “${mark.textContent}”.` : `Không chép được. Liên kết: ${link}`);
}

/* Panel rows. */
for (const row of document.querySelectorAll<HTMLElement>('.fig-row[data-fig]')) {
  const mark = document.getElementById(row.dataset.fig!);
  if (!mark) continue;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'copy-link';
  button.textContent = 'Chép liên kết';
  button.setAttribute('aria-label', `Chép liên kết tới số liệu “${mark.textContent}”`);
  button.addEventListener('click', () => void copyFigureLink(mark));
  row.append(button);
}

/* The button next to the focused figure: one element, moved to follow the focused mark. */
const floating = document.createElement('button');
floating.type = 'button';
floating.className = 'fig-copy';
floating.setAttribute('aria-label', 'Chép liên kết tới số liệu này');
let floatingFor: HTMLElement | null = null;
floating.addEventListener('click', () => {
  if (floatingFor) void copyFigureLink(floatingFor);
});

function showFloating(mark: HTMLElement): void {
  floatingFor = mark;
  floating.setAttribute('aria-label', `Chép liên kết tới số liệu “${mark.textContent}”`);
  if (mark.nextSibling !== floating) mark.after(floating);
}
function hideFloating(): void {
  floating.remove();
  floatingFor = null;
}
body?.addEventListener('focusout', (event) => {
  const next = event.relatedTarget as Node | null;
  if (next === floating || (next instanceof HTMLElement && next.matches('mark.fig'))) return;
  hideFloating();
});

/* Tooltip side and the floating button follow focus. */
for (const mark of marks) {
  mark.addEventListener('focus', () => {
    const rect = mark.getBoundingClientRect();
    mark.classList.toggle('fig--tip-left', rect.left > window.innerWidth - 240);
    showFloating(mark);
  });
  mark.addEventListener('mouseenter', () => {
    const rect = mark.getBoundingClientRect();
    mark.classList.toggle('fig--tip-left', rect.left > window.innerWidth - 240);
  });
}

/* ---------- keyboard navigation ---------- */

function currentIndex(): number {
  const active = document.activeElement;
  const focused = marks.findIndex((m) => m === active || (active === floating && m === floatingFor));
  if (focused >= 0) return focused;
  const target = window.location.hash ? marks.findIndex((m) => `#${m.id}` === window.location.hash) : -1;
  return target;
}

function moveTo(index: number): void {
  const mark = marks[index];
  if (!mark) return;
  const smooth = window.matchMedia('(prefers-reduced-motion: no-preference)').matches;
  mark.scrollIntoView({ block: 'center', behavior: smooth ? 'smooth' : 'auto' });
  mark.focus({ preventScroll: true });
  announce(`Số liệu ${index + 1} trên ${marks.length}: ${mark.textContent}, ${mark.dataset.reading ?? ''}`);
}

const NEXT = new Set(['j', 'n', ']']);
const PREVIOUS = new Set(['k', 'p', '[']);

document.addEventListener('keydown', (event) => {
  if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
  const target = event.target as HTMLElement | null;
  if (target?.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]')) return;
  if (marks.length === 0) return;
  const key = event.key;
  if (NEXT.has(key) || PREVIOUS.has(key)) {
    event.preventDefault();
    const at = currentIndex();
    const next = NEXT.has(key) ? (at < 0 ? 0 : Math.min(at + 1, marks.length - 1)) : at < 0 ? marks.length - 1 : Math.max(at - 1, 0);
    if (next === at) announce(NEXT.has(key) ? 'Đây là số liệu cuối cùng.' : 'Đây là số liệu đầu tiên.');
    else moveTo(next);
  } else if (key === 'c') {
    const at = currentIndex();
    if (at >= 0 && (document.activeElement === marks[at] || document.activeElement === floating)) {
      event.preventDefault();
      void copyFigureLink(marks[at]!);
    }
  }
});

for (const hint of document.querySelectorAll<HTMLElement>('[data-js-only]')) hint.hidden = false;
