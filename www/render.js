// Builds the annotated view of a text from a format v1 object.
//
// Spans may overlap in any way (an entity inside a quote, a speaker mention
// that is also an entity, a span crossing a paragraph end), so the text is cut
// at every span boundary into runs, each run carrying the stack of spans that
// cover it (outermost first); consecutive runs share the DOM elements of the
// spans they have in common. One element per span piece, never one per
// character. Text always goes in as text nodes: nothing here parses HTML.

import { OffsetMap } from './offsets.js';

/** Nesting order of the span layers, outermost first. */
const LAYER = { quote: 0, cue: 1, speaker: 2, entity: 3 };

function markOrder(a, b) {
  return LAYER[a.kind] - LAYER[b.kind] || b.end - b.start - (a.end - a.start) || a.start - b.start;
}

/** The spans to draw, with code-point offsets checked against the text; bad ones are counted, not drawn. */
function collectMarks(map, annotations) {
  const marks = [];
  let skipped = 0;
  const add = (mark) => {
    if (map.isSpan(mark.start, mark.end)) marks.push(mark);
    else skipped++;
  };
  for (const entity of annotations.entities) {
    add({ kind: 'entity', start: entity.start, end: entity.end, entity });
  }
  // One speaker mark per mention, shared by the quotes it said; its id is the labels' link target.
  const speakers = new Map();
  for (const quote of annotations.quotes) {
    const s = quote.speaker;
    let speaker = null;
    if (s) {
      const key = `${s.start}:${s.end}`;
      speaker = speakers.get(key);
      if (speaker) speaker.quotes.push(quote);
      else {
        speaker = { kind: 'speaker', start: s.start, end: s.end, quotes: [quote], id: `spk-${quote.id}` };
        speakers.set(key, speaker);
        add(speaker);
      }
    }
    add({ kind: 'quote', start: quote.start, end: quote.end, quote, speaker });
    if (quote.cue) add({ kind: 'cue', start: quote.cue.start, end: quote.cue.end, quote });
  }
  return { marks, skipped };
}

/**
 * The blocks to draw: the core's paragraphs (one per non-blank line, in
 * order), each with no runs yet. One that does not fit the text is left out.
 */
function blocksOf(map, annotations) {
  return annotations.paragraphs
    .filter((p) => map.isSpan(p.start, p.end))
    .map((p) => ({ start: p.start, end: p.end, language: p.language, runs: [] }));
}

/**
 * Cuts `text` into blocks (paragraphs) of runs, as far as asked: returns
 * `{ blocks, skipped, finish }` where the blocks are all there but get their
 * runs from `finish(n)`, which sweeps on until the first `n` blocks are
 * complete (a long article's first screen is drawn before the rest is cut).
 */
function sweeper(text, annotations) {
  const map = new OffsetMap(text);
  const { marks, skipped } = collectMarks(map, annotations);
  const starting = new Map();
  const cuts = new Set([0, map.length]);
  for (const mark of marks) {
    cuts.add(mark.start).add(mark.end);
    if (!starting.has(mark.start)) starting.set(mark.start, []);
    starting.get(mark.start).push(mark);
  }
  const blocks = blocksOf(map, annotations);
  for (const block of blocks) cuts.add(block.start).add(block.end);
  const points = Float64Array.from(cuts).sort();

  // Sweep: `open` holds the marks covering the current point.
  let i = 0;
  let open = [];
  let block = 0;
  const finish = (n) => {
    for (; i + 1 < points.length; i++) {
      const from = points[i];
      // Blocks before `n` are complete once the sweep reaches block `n`.
      if (n < blocks.length && from >= blocks[n].start) return;
      const to = points[i + 1];
      open = open.filter((m) => m.end > from);
      for (const m of starting.get(from) || []) open.push(m);
      while (block < blocks.length && blocks[block].end <= from) block++;
      const stack = [...open].sort(markOrder);
      const current = blocks[block];
      const inside = current && from >= current.start;
      // Blank text between paragraphs is not drawn, but a quote ending there
      // still gets its label, at the end of the paragraph before.
      const target = inside ? current : blocks[block - 1];
      if (inside) current.runs.push({ text: map.slice(from, to), marks: stack });
      // A quote ending here: its label follows, outside the quote (inner quotes first).
      for (let depth = stack.length - 1; depth >= 0 && target; depth--) {
        const m = stack[depth];
        if (m.kind === 'quote' && m.end === to) target.runs.push({ label: m.quote, speaker: m.speaker, marks: inside ? stack.slice(0, depth) : [] });
      }
    }
  };
  return { blocks, skipped, finish };
}

/**
 * Cuts `text` into blocks (paragraphs) of runs. Returns
 * `{ blocks: [{ start, end, language, runs }], skipped }` where a run is
 * `{ text, marks }` (marks outermost first) or `{ label: quote, speaker, marks }`,
 * the place where the speaker label of a quote goes (just after its last
 * piece; `speaker` is the speaker mark it links to, or null).
 * Offsets in blocks are code points; run texts are JS strings.
 */
export function layout(text, annotations) {
  const { blocks, skipped, finish } = sweeper(text, annotations);
  finish(Infinity);
  return { blocks, skipped };
}

/** The element of one span piece; `first` marks the first piece of the span. */
function elementFor(doc, mark, first) {
  if (mark.kind === 'entity') {
    const el = doc.createElement('mark');
    el.className = 'ent';
    el.dataset.type = mark.entity.type;
    el.dataset.e = mark.entity.id;
    const canonical = mark.entity.canonical !== mark.entity.text ? ` → ${mark.entity.canonical}` : '';
    el.title = `${mark.entity.type}${canonical}`;
    if (first) el.tabIndex = -1;
    return el;
  }
  if (mark.kind === 'quote') {
    const el = doc.createElement('mark');
    el.className = `quote quote-${mark.quote.kind}`;
    el.dataset.q = mark.quote.id;
    el.title = `${mark.quote.kind === 'direct' ? 'Direct quote' : 'Reported speech'}: ${mark.quote.speaker ? mark.quote.speaker.name : 'speaker unknown'}`;
    if (first) {
      el.id = mark.quote.id;
      el.tabIndex = -1;
    }
    return el;
  }
  if (mark.kind === 'cue') {
    const el = doc.createElement('span');
    el.className = 'cue';
    el.dataset.for = mark.quote.id;
    return el;
  }
  const el = doc.createElement('mark');
  el.className = 'speaker';
  el.dataset.for = mark.quotes.map((q) => q.id).join(' ');
  el.title = `Speaker: ${mark.quotes[0].speaker.name}`;
  if (first) {
    el.id = mark.id;
    el.tabIndex = -1;
  }
  return el;
}

/** The "— name" label after a quote, linking to the speaker mention (the mark `speaker`). */
function labelFor(doc, quote, speaker) {
  if (!quote.speaker) {
    const el = doc.createElement('span');
    el.className = 'said-by unknown';
    el.textContent = 'speaker unknown';
    return el;
  }
  const el = doc.createElement('a');
  el.className = 'said-by';
  el.dataset.for = quote.id;
  // Out of the Tab order: the keyboard reaches quotes and speakers with n/p and the panels.
  el.tabIndex = -1;
  if (speaker) el.href = `#${speaker.id}`;
  el.textContent = quote.speaker.name;
  return el;
}

/** The <p> of one block; `seen` holds the marks that already have their first piece. */
function paragraphFor(doc, block, documentLanguage, seen) {
  const p = doc.createElement('p');
  p.className = 'para';
  p.dataset.start = String(block.start);
  p.lang = block.language === 'und' ? '' : block.language;
  if (block.language !== documentLanguage) {
    p.classList.add('foreign');
    p.dataset.lang = block.language;
  }
  // `path` pairs the open marks with their elements, outermost first.
  let path = [];
  for (const run of block.runs) {
    let same = 0;
    while (same < path.length && same < run.marks.length && path[same].mark === run.marks[same]) same++;
    path = path.slice(0, same);
    let parent = same === 0 ? p : path[same - 1].el;
    for (const mark of run.marks.slice(same)) {
      const el = elementFor(doc, mark, !seen.has(mark));
      seen.add(mark);
      parent.appendChild(el);
      path.push({ mark, el });
      parent = el;
    }
    if (run.label) {
      parent.appendChild(labelFor(doc, run.label, run.speaker));
      path = path.slice(0, same); // the next run opens new pieces after the label
    } else {
      parent.appendChild(doc.createTextNode(run.text));
    }
  }
  return p;
}

/** The drawing in progress in each container, so that a newer one stops it. */
const drawings = new WeakMap();

/** Calls `work(until)` in slices of idle time (`until`: a performance.now() to stop by) until it returns true. */
export function inIdleSlices(win, work, sliceMs = 12) {
  const idle = win.requestIdleCallback
    ? (fn) => win.requestIdleCallback(fn, { timeout: 50 })
    : (fn) => win.setTimeout(() => fn({ timeRemaining: () => sliceMs }), 0);
  return new Promise((resolve) => {
    const step = (deadline) => {
      const until = performance.now() + Math.max(4, Math.min(sliceMs, deadline.timeRemaining()));
      if (work(until)) resolve();
      else idle(step);
    };
    idle(step);
  });
}

/** Code points per section: the unit drawn at a time, and skipped by the browser when off screen. */
const SECTION = 16000;

/**
 * Lines (estimated) per section of the part drawn at once, in its last
 * SECTION code points (where the window is): the first section is laid out
 * as usual, the next ones are skipped by the browser like the later sections
 * unless they show (then laid out in the same frame), so a paste's first
 * frame lays out and paints little more than the window holds (10 KB of
 * English: 10 ms of layout in that frame, 6 ms so).
 */
const EAGER_LINES = 16;

/** The lines a block takes, about: its own, and one a 80 code points. */
function linesOf(block) {
  return 1 + (block.end - block.start) / 80;
}

/**
 * Replaces the content of `container` with the annotated text, paragraphs
 * grouped in sections (<div class="section">): the sections holding the
 * first `eager` code points at once (what is on screen after a paste; the
 * last SECTION code points of them in sections of EAGER_LINES), the rest in
 * slices of idle time, in sections of SECTION code points. Every section but
 * the first is skipped by the browser while off screen (content-visibility:
 * auto, sized by an estimate until first shown).
 * A long article is so drawn without a long stall. Returns `{ skipped,
 * flush, done, cancel }`: `skipped` counts the spans that did not fit the
 * text; `flush()` draws what is left at once (call it before looking for a
 * highlight in the container); `done` resolves to true once every paragraph
 * is in, or to false when a newer drawing of the container (or `cancel()`)
 * stopped this one first.
 */
export function renderAnnotated(container, text, annotations, { eager = Infinity } = {}) {
  const doc = container.ownerDocument;
  drawings.get(container)?.cancel();
  const { blocks, skipped, finish: cutUpTo } = sweeper(text, annotations);
  const seen = new Set();
  let next = 0;
  let cancelled = false;
  /** True when the section starting at block `from` is drawn at once, near the window: EAGER_LINES long. */
  const small = (from) => blocks[from].start - blocks[0].start >= eager - SECTION && blocks[from].start - blocks[0].start < eager;
  /** The end (a block index) of the section starting at block `from`. */
  const sectionEnd = (from) => {
    let stop = from;
    if (small(from)) for (let lines = 0; stop < blocks.length && lines < EAGER_LINES; stop++) lines += linesOf(blocks[stop]);
    // A long section ends where the short ones begin, so the window never
    // falls in a long one that the browser skips in the first frame.
    else while (stop < blocks.length && blocks[stop].start - blocks[from].start < SECTION && (stop === from || !small(stop))) stop++;
    return stop;
  };
  /** Appends the next section (`later`: skipped while off screen); true when every paragraph is in. */
  const drawSection = (later) => {
    const section = doc.createElement('div');
    section.className = 'section';
    const stop = sectionEnd(next);
    cutUpTo(stop);
    let lines = 0;
    while (next < stop) {
      const block = blocks[next++];
      lines += linesOf(block);
      section.appendChild(paragraphFor(doc, block, annotations.language, seen));
    }
    if (later) {
      // The browser lays it out when it comes near the viewport.
      section.classList.add('later');
      section.style.containIntrinsicSize = `auto ${Math.round(lines * 1.6)}em`;
    }
    container.appendChild(section);
    return next >= blocks.length;
  };
  /** The blocks drawn at once: whole sections, down to the first section starting past `eager`. */
  let eagerStop = 0;
  while (eagerStop < blocks.length && (eagerStop === 0 || blocks[eagerStop].start - blocks[0].start < eager)) {
    eagerStop = sectionEnd(eagerStop);
  }
  // While the rest comes in, the container keeps its height: the page does
  // not jump under the reader. (Its height costs a forced layout: asked only then.)
  const progressive = eagerStop < blocks.length;
  container.style.minHeight = progressive && container.firstChild ? `${container.offsetHeight}px` : '';
  container.replaceChildren();
  let finish;
  const done = new Promise((resolve) => (finish = resolve));
  const drawing = {
    cancel() {
      cancelled = true;
      finish(false);
    },
  };
  drawings.set(container, drawing);
  const complete = () => {
    if (drawings.get(container) === drawing) drawings.delete(container);
    container.style.minHeight = '';
    finish(true);
    return true;
  };
  const flush = () => {
    if (cancelled || next >= blocks.length) return;
    while (!drawSection(true));
    complete();
  };
  while (next < eagerStop) drawSection(next > 0);
  if (next >= blocks.length) complete();
  else {
    inIdleSlices(doc.defaultView, (until) => {
      if (cancelled || next >= blocks.length) return true;
      while (performance.now() < until) if (drawSection(true)) return complete();
      return false;
    });
  }
  return { skipped, flush, done, cancel: drawing.cancel };
}

/**
 * Quotes grouped by speaker name (the core's fullest name for the speaker),
 * speakers in order of their first quote, the unattributed last.
 */
export function whoSaidWhat(annotations) {
  const groups = new Map();
  for (const quote of [...annotations.quotes].sort((a, b) => a.start - b.start)) {
    const name = quote.speaker ? quote.speaker.name : null;
    if (!groups.has(name)) groups.set(name, { name, quotes: [] });
    groups.get(name).quotes.push(quote);
  }
  return [...groups.values()].sort((a, b) => (a.name === null) - (b.name === null));
}

/** Fills `list` (an <ol>) with the "Who said what" entries. */
export function renderWhoSaidWhat(list, annotations) {
  const doc = list.ownerDocument;
  const items = whoSaidWhat(annotations).map((group) => {
    const li = doc.createElement('li');
    li.className = 'speaker-group';
    const head = doc.createElement('h3');
    const name = doc.createElement('span');
    name.className = group.name ? 'speaker-name' : 'speaker-name unknown';
    name.textContent = group.name || 'Speaker unknown';
    const count = doc.createElement('span');
    count.className = 'count';
    count.textContent = `${group.quotes.length} ${group.quotes.length === 1 ? 'quote' : 'quotes'}`;
    head.append(name, ' ', count);
    const quotes = doc.createElement('ol');
    quotes.className = 'quote-list';
    for (const quote of group.quotes) {
      const item = doc.createElement('li');
      const link = doc.createElement('a');
      link.href = `#${quote.id}`;
      link.dataset.for = quote.id;
      const kind = doc.createElement('span');
      kind.className = `kind kind-${quote.kind}`;
      kind.textContent = quote.kind === 'direct' ? 'direct' : 'reported';
      const words = doc.createElement('span');
      words.className = 'words';
      words.textContent = quote.text;
      link.append(kind, ' ', words);
      item.appendChild(link);
      quotes.appendChild(item);
    }
    li.append(head, quotes);
    return li;
  });
  list.replaceChildren(...items);
}
