/**
 * The HTML of an article body's hast tree (src/lib/body.ts and the plugins in
 * src/plugins/): paragraphs, line breaks, figure marks, alias spans and
 * abbreviations, nothing else.
 *
 * It writes exactly what `hast-util-to-html` writes for these trees with
 * `characterReferences: { useShortestReferences: true }` (the unit tests
 * compare the two on random trees and on every article), in a fifth of the
 * time: the general serializer looks every attribute up in an HTML schema
 * and runs the character-reference search on every string, which made it the
 * largest single cost of rendering a body.
 *
 * Anything outside that vocabulary (an unknown property, a comment, a raw
 * node) throws: a plugin that starts writing a new attribute must add it here,
 * and its tests fail until it does. Pure: tree in, string out.
 */
import type { Element, Root, RootContent } from 'hast';

/** Elements with no end tag. */
const VOID = new Set(['br']);

/** hast property names and the attributes they are written as (data-* properties are derived). */
const ATTRIBUTES: Record<string, string> = { id: 'id', className: 'class', title: 'title', tabIndex: 'tabindex' };

/** `&` and `<` in text, the shortest references as hast-util-to-html picks them. */
function escapeText(value: string): string {
  if (!/[&<]/.test(value)) return value;
  return value.replace(/[&<]/g, (ch) => (ch === '&' ? '&#38;' : '&lt;'));
}

const ATTRIBUTE_REFERENCE: Record<string, string> = { '\0': '&#0;', '"': '&#34;', '&': '&#38;', "'": '&#39;', '`': '&#96;' };

/** A double-quoted attribute value's dangerous characters, as hast-util-to-html escapes them. */
function escapeAttribute(value: string): string {
  if (!/[\0"&'`]/.test(value)) return value;
  return value.replace(/[\0"&'`]/g, (ch) => ATTRIBUTE_REFERENCE[ch]!);
}

const attributeNames = new Map<string, string>();

/** `dataUnitInferred` → `data-unit-inferred`; known names from ATTRIBUTES; anything else throws. */
function attributeName(property: string): string {
  let name = attributeNames.get(property);
  if (name !== undefined) return name;
  if (property in ATTRIBUTES) name = ATTRIBUTES[property]!;
  else if (/^data[A-Z][A-Za-z0-9]*$/.test(property)) name = `data${property.slice(4).replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
  else throw new Error(`body-html: no rule for the property ${JSON.stringify(property)}; add it to ATTRIBUTES`);
  attributeNames.set(property, name);
  return name;
}

function element(node: Element, out: string[]): void {
  out.push('<', node.tagName);
  for (const property in node.properties) {
    const value = node.properties[property];
    if (value === undefined || value === null || value === false) continue;
    const name = attributeName(property);
    if (value === true) {
      out.push(' ', name);
      continue;
    }
    // A list is space-separated and trimmed, as space-separated-tokens writes it.
    const text = Array.isArray(value) ? value.join(' ').trim() : String(value);
    out.push(' ', name, '="', escapeAttribute(text), '"');
  }
  out.push('>');
  if (VOID.has(node.tagName)) {
    if (node.children.length > 0) throw new Error(`body-html: <${node.tagName}> cannot have children`);
    return;
  }
  for (const child of node.children) write(child, out);
  out.push('</', node.tagName, '>');
}

function write(node: RootContent, out: string[]): void {
  if (node.type === 'text') out.push(escapeText(node.value));
  else if (node.type === 'element') element(node, out);
  else throw new Error(`body-html: no rule for a ${node.type} node`);
}

/** The HTML of a body tree. */
export function bodyHtml(tree: Root): string {
  const out: string[] = [];
  for (const child of tree.children) write(child, out);
  return out.join('');
}
