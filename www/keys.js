// Keyboard shortcuts (listed in the help dialog of index.html). Single keys
// act only outside fields, so typing in the text box is never taken over.

/** True when a key press belongs to a field the reader is typing in. */
function typing(target) {
  return target instanceof Element && (target.closest('textarea, input, select, [contenteditable="true"]') !== null);
}

/**
 * Installs the shortcuts. `actions`: next(), previous(), toggle(index 0–8,
 * 0 = quotes), undo(), redo(), help().
 */
export function installShortcuts(actions) {
  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || event.altKey || typing(event.target)) return;
    const key = event.key;
    const mod = event.ctrlKey || event.metaKey;
    if (mod) {
      const lower = key.toLowerCase();
      if (lower === 'z' && !event.shiftKey) actions.undo();
      else if (lower === 'y' || (lower === 'z' && event.shiftKey)) actions.redo();
      else return;
    } else if (key === 'n' || key === 'j') actions.next();
    else if (key === 'p' || key === 'k') actions.previous();
    else if (/^[0-8]$/.test(key)) actions.toggle(Number(key));
    else if (key === '?') actions.help();
    else return;
    event.preventDefault();
  });
}
