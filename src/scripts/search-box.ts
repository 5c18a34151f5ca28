/**
 * Runs on every page (from the header's SearchBox):
 *
 *   - `/` focuses the search box (the search page's own box on /tim-kiem/,
 *     else the header's), unless the reader is typing in a field;
 *   - on a page reached from a search result (`?hl=…`), loads the
 *     highlighter, which marks the query's words and scrolls to the match.
 */

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) {
    return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file', 'image'].includes(target.type);
  }
  return false;
}

document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
  if (isTyping(event.target)) return;
  const box = document.querySelector<HTMLInputElement>('[data-search-main]') ?? document.querySelector<HTMLInputElement>('#search-box-q');
  if (!box) return;
  event.preventDefault();
  box.focus();
  box.select();
});

if (new URLSearchParams(location.search).has('hl')) {
  void import('./highlight').then((m) => m.highlightFromUrl());
}
