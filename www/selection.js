// The reader's selection, as a code-point span of the text: from the
// annotated view (walking its text nodes, the speaker labels left out) or
// from the text box.

import { OffsetMap } from './offsets.js';

/** UTF-16 offset of (node, offset) inside paragraph element `p`, labels not counted. */
function offsetIn(p, node, offset) {
  let count = 0;
  const walker = p.ownerDocument.createTreeWalker(p, NodeFilter.SHOW_TEXT);
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    if (t.parentElement.closest('.said-by')) continue;
    if (t === node) return count + offset;
    count += t.data.length;
  }
  // (node, offset) points at an element: count the text before that child.
  const range = p.ownerDocument.createRange();
  range.setStart(p, 0);
  range.setEnd(node, offset);
  const before = range.cloneContents();
  for (const label of before.querySelectorAll('.said-by')) label.remove();
  return before.textContent.length;
}

/** The selection in the view, or null. */
function viewSelection(view, map) {
  const sel = view.ownerDocument.getSelection();
  if (!sel || sel.isCollapsed || sel.rangeCount === 0) return null;
  const range = sel.getRangeAt(0);
  const para = (node) => (node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement)?.closest('#view p.para');
  const startP = para(range.startContainer);
  const endP = para(range.endContainer);
  if (!startP || !endP) return null;
  const at = (p, node, offset) => map.toUtf16(Number(p.dataset.start)) + offsetIn(p, node, offset);
  return [at(startP, range.startContainer, range.startOffset), at(endP, range.endContainer, range.endOffset)];
}

/** The selected span `{ start, end }` in code points, white space trimmed, or null. */
export function selectedSpan(view, textBox, text) {
  const map = new OffsetMap(text);
  let range = viewSelection(view, map);
  if (!range && textBox.selectionStart !== textBox.selectionEnd && textBox.value === text) range = [textBox.selectionStart, textBox.selectionEnd];
  if (!range) return null;
  let [from, to] = range[0] <= range[1] ? range : [range[1], range[0]];
  while (from < to && /\s/.test(text[from])) from++;
  while (to > from && /\s/.test(text[to - 1])) to--;
  if (from >= to) return null;
  const start = map.toCodePoint(from);
  const end = map.toCodePoint(to - 1) + 1;
  return { start, end, text: map.slice(start, end) };
}
