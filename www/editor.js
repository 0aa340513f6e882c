// The text box and what stands in for it when the text is long. Chromium
// lays out every line of a <textarea>: for a 1 MB article that is about a
// second of main thread, paid at each paste before the page's code runs.
// So a long text stays in the box (its value is the page's text) but the box
// is not displayed: a compact bar says what it holds, with a button that
// shows the box on demand. A long paste is applied here, not by the browser
// (which would lay the text out first), and can be undone as one step.

/** From this many UTF-16 units on, a text is long: pasted by the page, the box collapsed. */
export const LONG_TEXT = 100_000;

/** True for the white space that separates words (ASCII, no-break and the Unicode spaces). */
function isSpace(c) {
  return c <= 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000;
}

/** `text` in brief, "1.0 MB, 12,345 words": its UTF-8 size and its runs of non-space, in one pass. */
export function describeText(text) {
  let bytes = 0;
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // A surrogate pair is 4 bytes: 2 for each half.
    bytes += c < 0x80 ? 1 : c < 0x800 || (c >= 0xd800 && c < 0xe000) ? 2 : 3;
    const space = isSpace(c);
    if (!space && !inWord) words++;
    inWord = !space;
  }
  const size = bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1e3))} KB`;
  return `${size}, ${words.toLocaleString('en')} ${words === 1 ? 'word' : 'words'}`;
}

/** What Chromium's text box keeps of a paste: line ends as \n, no-break and line separators as spaces. */
export function asTextBoxKeeps(pasted) {
  return pasted.replace(/\r\n?/g, '\n').replace(/[\u00a0\u2028\u2029]/g, ' ');
}

export class Editor {
  /** `box` the <textarea>; `bar`, `summary`, `edit`, `undoPaste` the compact bar and its parts. */
  constructor({ box, bar, summary, edit, undoPaste }) {
    Object.assign(this, { box, bar, summary, edit, undoPasteButton: undoPaste });
    /** The last long paste while it may be undone: `{ before, after, selectionStart, selectionEnd }`. */
    this.pasted = null;
    /** True while the reader keeps a long text's box shown (Edit text): script changes do not hide it then. */
    this.shownByReader = false;
    edit.addEventListener('click', () => {
      if (this.box.hidden) {
        this.shownByReader = true;
        this.expand({ focus: true });
      } else this.collapse();
    });
    // Any edit after the paste makes it no longer the last change.
    box.addEventListener('input', () => this.forgetPaste());
  }

  get collapsed() {
    return this.box.hidden;
  }

  /** Hides the box (before a long value is set: no layout of it) and shows the bar. */
  collapse({ hadFocus = document.activeElement === this.box } = {}) {
    this.shownByReader = false;
    this.box.hidden = true;
    this.bar.hidden = false;
    this.summary.textContent = `Article: ${describeText(this.box.value)}.`;
    this.edit.textContent = 'Edit text';
    this.edit.setAttribute('aria-expanded', 'false');
    if (hadFocus) this.edit.focus({ preventScroll: true });
  }

  /** Shows the box; the bar stays while the text is long, its button then hides the box again. */
  expand({ focus = false } = {}) {
    this.box.hidden = false;
    const long = this.box.value.length >= LONG_TEXT;
    if (!long) this.shownByReader = false;
    this.bar.hidden = !long;
    if (long) {
      this.summary.textContent = `Article: ${describeText(this.box.value)}.`;
      this.edit.textContent = 'Hide text';
      this.edit.setAttribute('aria-expanded', 'true');
    }
    if (focus) this.box.focus();
  }

  /** Puts `text` in the box, collapsed first when it is long, shown when it is short. */
  setText(text) {
    this.forgetPaste();
    const hadFocus = document.activeElement === this.box;
    if (text.length >= LONG_TEXT) this.box.hidden = true;
    this.box.value = text;
    if (text.length >= LONG_TEXT) this.collapse({ hadFocus });
    else if (this.collapsed || !this.bar.hidden) this.expand();
  }

  /**
   * After an `input` event that changed the text a lot (a value set by a
   * script, a drop): a long text collapses the box before it is laid out, a
   * short one shows it. A box the reader asked to see stays shown.
   */
  fit() {
    if (this.box.value.length >= LONG_TEXT) {
      if (!this.shownByReader) this.collapse();
    } else if (this.collapsed || !this.bar.hidden) {
      this.expand({ focus: this.collapsed && document.activeElement === this.edit });
    }
  }

  /**
   * The `paste` event: a long plain-text paste replaces the box's selection
   * here, the box collapsed, and true is returned; a short one is left to
   * the browser (false).
   */
  paste(event) {
    const pasted = event.clipboardData ? event.clipboardData.getData('text/plain') : '';
    if (pasted.length < LONG_TEXT) return false;
    event.preventDefault();
    const before = this.box.value;
    const { selectionStart, selectionEnd } = this.box;
    const after = before.slice(0, selectionStart) + asTextBoxKeeps(pasted) + before.slice(selectionEnd);
    this.setText(after);
    this.pasted = { before, after, selectionStart, selectionEnd };
    this.undoPasteButton.hidden = false;
    return true;
  }

  /** True while the last long paste is the box's last change. */
  canUndoPaste() {
    return this.pasted !== null && this.box.value === this.pasted.after;
  }

  /** Puts back the text from before the last long paste, with its selection; false if there is none. */
  undoPaste() {
    if (!this.canUndoPaste()) return false;
    const { before, selectionStart, selectionEnd } = this.pasted;
    const focusBox = document.activeElement === this.edit || document.activeElement === this.undoPasteButton;
    this.setText(before);
    if (!this.collapsed) {
      this.box.setSelectionRange(selectionStart, selectionEnd);
      if (focusBox) this.box.focus();
    } else if (focusBox) this.edit.focus();
    return true;
  }

  forgetPaste() {
    this.pasted = null;
    this.undoPasteButton.hidden = true;
  }
}
