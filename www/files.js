// Opening files: .txt and .md as they are, .html reduced to its text with
// DOMParser (an inert document: its scripts never run, its images never
// load, and nothing of it is inserted into the page), .json for import.

const BLOCKS = new Set(['ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TR', 'UL']);
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH', 'IFRAME', 'OBJECT', 'HEAD']);

/** The readable text of an HTML document: one paragraph per block element. */
function htmlToText(html) {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const parts = [];
  const walk = (node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) parts.push(child.data.replace(/\s+/g, ' '));
      else if (child.nodeType === Node.ELEMENT_NODE && !SKIPPED.has(child.nodeName.toUpperCase())) {
        const block = BLOCKS.has(child.nodeName.toUpperCase());
        if (block) parts.push('\n');
        walk(child);
        if (block) parts.push('\n');
      }
    }
  };
  walk(doc.body || doc.documentElement);
  return parts
    .join('')
    .split('\n')
    .map((line) => line.trim())
    .filter((line, i, lines) => line !== '' || (i > 0 && lines[i - 1] !== ''))
    .join('\n')
    .replace(/\n{2,}/g, '\n\n')
    .trim();
}

/** What a file is, by its name: 'html', 'json' or 'text'. */
export function kindOf(file) {
  const name = file.name.toLowerCase();
  if (/\.html?$/.test(name) || file.type === 'text/html') return 'html';
  if (/\.json$/.test(name) || file.type === 'application/json') return 'json';
  return 'text';
}

/** The article text of a .txt, .md or .html file. */
export async function readArticle(file) {
  const raw = await file.text();
  return kindOf(file) === 'html' ? htmlToText(raw) : raw.replace(/^\ufeff/, '');
}
