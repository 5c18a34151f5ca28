/**
 * Article page enhancements (progressive: the page is complete without them).
 * Loaded as an external, deferred module; nothing inline (strict CSP).
 *
 *  - Old links: if the URL's #id is a retired figure id (a `.fig-alias`),
 *    the hash is replaced by the current id so `:target` applies to it.
 *  - "Copy link" buttons on every panel row and with the focused figure.
 *    The link is `/bai/<slug>/#<id>:~:text=…`: the id, plus a Text Fragment
 *    that finds the same words if the id ever stops existing. The figure's
 *    button is out of the text's flow: placed inside the box of its reading
 *    (CSS keeps room for it there), or in the phones' bottom bar by CSS.
 *  - Keyboard: j / n / ] next figure, k / p / [ previous, c copies the link of
 *    the focused figure. Each move is announced politely, the figure's words
 *    once plus what its reading adds.
 *  - The reading (CSS, from data-reading) shows above a figure; it flips
 *    below when the sticky header leaves no room and shifts left near the
 *    right edge. On phones a focused figure is kept clear of the bottom bar.
 */
import { textDirective } from '../lib/figure-link';
import { spokenFigure } from '../lib/figure-speech';

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

/** Shows "copied" on a button for a moment (its text, or a class for the CSS-labelled figure button). */
function confirmCopied(button: HTMLButtonElement, ok: boolean): void {
  if (!ok) return;
  if (button === floating) {
    floating.classList.add('is-done');
    window.setTimeout(() => floating.classList.remove('is-done'), 2000);
    return;
  }
  button.textContent = '✓ Đã chép';
  window.setTimeout(() => {
    button.textContent = 'Chép liên kết';
  }, 2000);
}

async function copyFigureLink(mark: HTMLElement, button?: HTMLButtonElement): Promise<void> {
  const link = figureLink(mark);
  const ok = await copyText(link);
  if (button) confirmCopied(button, ok);
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
  button.addEventListener('click', () => void copyFigureLink(mark, button));
  row.append(button);
}

/*
 * The button with the focused figure: one element, moved to follow the
 * focused mark (right after it, so Tab reaches it next), absolutely placed.
 */
const floating = document.createElement('button');
floating.type = 'button';
floating.className = 'fig-copy';
floating.setAttribute('aria-label', 'Chép liên kết tới số liệu này');
let floatingFor: HTMLElement | null = null;
// Pressing it must not take focus from the mark first (Safari does not focus buttons): keep the pair.
floating.addEventListener('mousedown', (event) => event.preventDefault());
floating.addEventListener('click', () => {
  if (floatingFor) void copyFigureLink(floatingFor, floating);
});

/** One rem in px (the CSS gaps below are in rem: 0.3rem between a figure and its reading). */
const rem = () => parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;

/** The bottom of the sticky header (0 when it does not stick). */
function stickyBottom(): number {
  const header = document.querySelector<HTMLElement>('header.site-header');
  if (!header || !/sticky|fixed/.test(getComputedStyle(header).position)) return 0;
  return Math.max(0, header.getBoundingClientRect().bottom);
}

/** The reading's box size as rendered (Chromium/Firefox report used sizes for pseudo-elements). */
function tipSize(mark: HTMLElement): { width: number; height: number } {
  const style = getComputedStyle(mark, '::after');
  const width = parseFloat(style.width);
  const height = parseFloat(style.height);
  return {
    width: Number.isFinite(width) ? width : 18 * rem(),
    height: Number.isFinite(height) ? height : 2 * rem(),
  };
}

/**
 * Places the reading: above the figure unless the sticky header leaves no
 * room (then below, `fig--tip-below`), shifted left (`--fig-tip-shift`, from
 * the figure's first line start) so it stays inside the window.
 */
function placeTip(mark: HTMLElement): void {
  if (getComputedStyle(mark, '::after').position === 'fixed') return; // the phones' bottom bar
  mark.classList.remove('fig--tip-below');
  mark.style.removeProperty('--fig-tip-shift');
  const rects = mark.getClientRects();
  const first = rects[0];
  const last = rects[rects.length - 1];
  if (!first || !last) return;
  const { width, height } = tipSize(mark);
  const below = first.top - height - 0.3 * rem() < stickyBottom() + 2;
  mark.classList.toggle('fig--tip-below', below);
  const margin = rem() / 2;
  const anchor = below ? last.left : first.left;
  const left = Math.max(margin, Math.min(anchor, document.documentElement.clientWidth - margin - width));
  if (Math.abs(left - first.left) > 0.5) mark.style.setProperty('--fig-tip-shift', `${left - first.left}px`);
}

/** Puts the copy button inside the reading's box, at its start (or leaves it to the CSS of the phones' bar). */
function placeFloating(mark: HTMLElement): void {
  floating.style.removeProperty('left');
  floating.style.removeProperty('top');
  const inset = 0.2 * rem();
  mark.style.setProperty('--fig-copy-room', `${floating.offsetWidth + inset}px`);
  mark.style.setProperty('--fig-tip-min-height', `${floating.offsetHeight + 2 * inset}px`);
  if (getComputedStyle(floating).position !== 'absolute') return;
  placeTip(mark);
  const host = (floating.offsetParent as HTMLElement | null)?.getBoundingClientRect();
  const rects = mark.getClientRects();
  const first = rects[0];
  const last = rects[rects.length - 1];
  if (!host || !first || !last) return;
  const gap = 0.3 * rem();
  const shift = parseFloat(mark.style.getPropertyValue('--fig-tip-shift')) || 0;
  const left = first.left + shift + inset;
  const top = mark.classList.contains('fig--tip-below') ? last.bottom + gap + inset : first.top - gap - inset - floating.offsetHeight;
  floating.style.left = `${left - host.left}px`;
  floating.style.top = `${top - host.top}px`;
}

function showFloating(mark: HTMLElement): void {
  if (floatingFor && floatingFor !== mark) clearFloating(floatingFor);
  floatingFor = mark;
  mark.classList.add('fig--active');
  floating.classList.remove('is-done');
  floating.setAttribute('aria-label', `Chép liên kết tới số liệu “${mark.textContent}”`);
  if (mark.nextSibling !== floating) mark.after(floating);
  placeFloating(mark);
}
function clearFloating(mark: HTMLElement): void {
  mark.classList.remove('fig--active');
  mark.style.removeProperty('--fig-copy-room');
  mark.style.removeProperty('--fig-tip-min-height');
}
function hideFloating(): void {
  floating.remove();
  if (floatingFor) clearFloating(floatingFor);
  floatingFor = null;
}
body?.addEventListener('focusout', (event) => {
  const next = event.relatedTarget as Node | null;
  if (next === floating || (next instanceof HTMLElement && next.matches('mark.fig'))) return;
  hideFloating();
});
window.addEventListener('resize', () => {
  if (floatingFor) placeFloating(floatingFor);
});

/** On phones, a focused figure must not sit under the reading bar at the bottom. */
function keepClearOfBar(mark: HTMLElement): void {
  const bar = getComputedStyle(mark, '::after');
  if (bar.position !== 'fixed') return;
  const barHeight = parseFloat(bar.height) || 3.25 * rem();
  const bottom = mark.getBoundingClientRect().bottom;
  const limit = window.innerHeight - barHeight - 0.5 * rem();
  if (bottom > limit) window.scrollBy({ top: bottom - limit, behavior: 'auto' });
}

/* The reading's side and the button follow hover and focus. */
for (const mark of marks) {
  mark.addEventListener('focus', () => {
    showFloating(mark);
    keepClearOfBar(mark);
  });
  mark.addEventListener('mouseenter', () => {
    if (mark !== floatingFor) placeTip(mark);
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
  announce(`Số liệu ${index + 1} trên ${marks.length}: ${spokenFigure(mark.textContent ?? '', mark.dataset.reading ?? '')}`);
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
      void copyFigureLink(marks[at]!, floatingFor === marks[at] ? floating : undefined);
    }
  }
});

for (const hint of document.querySelectorAll<HTMLElement>('[data-js-only]')) hint.hidden = false;
