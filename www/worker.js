// The annotator's thread: the WebAssembly module runs here so that typing
// never waits for it. Messages in: { id, op: 'annotate', text } or
// { id, op: 'import', text, json }; out: { id, json, ms } (json: the format
// v1 JSON text, posted as one string: cheaper to copy across threads than an
// object graph, and parsed on the page's side) or { id, error }
// or, when the module trapped (a Rust panic, memory exhausted), { id, crashed }:
// a trapped instance is not trusted again, the page starts a new worker.

import init, { annotate, importAnnotations, maxImportBytes } from './pkg/aitty.js';

/**
 * Made-up news sentences, one language each, annotated once the module is
 * loaded: a language's model and word lists are loaded on its first text and
 * the engine compiles hot code well only once it has run, which made the
 * reader's first paste ten to twenty times slower than the next ones.
 */
const WARM_UP = [
  '«Біз жаңа көпірді келесі жылы саламыз», – деді Алматы қаласының әкімі Ерлан Сапаров дүйсенбі күні. Оның айтуынша, жобаға 2 млрд теңге бөлінді.',
  '«Мы построим новый мост в следующем году», — заявил мэр Караганды Иван Петров в понедельник. По его словам, на проект выделено 2 млрд тенге.',
  '"We will build the new bridge next year," Mayor Jane Miller of Springfield told reporters on Monday. She said the city had set aside $20 million.',
];

/** Annotates the warm-up sentences, one a task (a reader's request waits for one at most). */
async function warmUp(rounds = 4) {
  for (let round = 0; round < rounds; round++) {
    for (const text of WARM_UP) {
      await new Promise((r) => setTimeout(r, 0));
      annotate(text);
    }
  }
}

const ready = init().then((exports) => {
  // The raw module, for diagnostics (the browser tests exhaust its memory).
  self.aittyExports = exports;
  postMessage({ ready: true, maxImportBytes: maxImportBytes() });
  warmUp().catch(() => {
    /* A failure here is the module's: the reader's first request meets it and reports it. */
  });
});
ready.catch((error) => postMessage({ failed: String(error && error.message ? error.message : error) }));

self.onmessage = async ({ data }) => {
  await ready;
  const started = performance.now();
  try {
    const json = data.op === 'import' ? importAnnotations(data.text, data.json) : annotate(data.text);
    postMessage({ id: data.id, json, ms: performance.now() - started });
  } catch (error) {
    const message = String(error && error.message ? error.message : error);
    // annotate() has no error of its own: whatever it throws left the module unusable.
    if (error instanceof WebAssembly.RuntimeError || data.op !== 'import') postMessage({ id: data.id, crashed: message });
    else postMessage({ id: data.id, error: message });
  }
};
