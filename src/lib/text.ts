/**
 * Text normalisation shared by every stage. All offsets in solieu (figure
 * `start`/`end`, `meta.bodyStart`) are JavaScript string offsets into the
 * text returned by `normalizeText`.
 */

/** Removes a leading BOM, turns CRLF and lone CR into LF, and applies Unicode NFC. */
export function normalizeText(input: string): string {
  let text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  text = text.replace(/\r\n?/g, '\n');
  return text.normalize('NFC');
}
