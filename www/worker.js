// The annotator's thread: the WebAssembly module runs here so that typing
// never waits for it on a long text (a short one, a few ms, the page
// annotates on its own thread: annotator.js, InlineAnnotator). Messages in: { id, op: 'annotate', text } or
// { id, op: 'import', text, json }; out: { id, json, ms } (json: the format
// v1 JSON text, posted as one string: cheaper to copy across threads than an
// object graph, and parsed on the page's side) or { id, error }
// or, when the module trapped (a Rust panic, memory exhausted), { id, crashed }:
// a trapped instance is not trusted again, the page starts a new worker.

import init, { annotate, importAnnotations, maxImportBytes } from './pkg/aitty.js';
import { warmUp } from './warm-up.js';

/** The compiled module: compiled here once, also handed to the page for its own instance. */
async function compile() {
  const url = new URL('./pkg/aitty_bg.wasm', import.meta.url);
  try {
    return await WebAssembly.compileStreaming(fetch(url));
  } catch {
    // Served without the wasm MIME type: compiled from the bytes.
    return WebAssembly.compile(await (await fetch(url)).arrayBuffer());
  }
}

const ready = compile().then(async (module) => {
  // The raw module, for diagnostics (the browser tests exhaust its memory).
  self.aittyExports = await init({ module_or_path: module });
  // The page instantiates the same compiled module (annotator.js, InlineAnnotator): the
  // engine shares its code, optimised as it runs here.
  postMessage({ ready: true, maxImportBytes: maxImportBytes(), module });
  // One sentence a task: a reader's request waits for one at most.
  warmUp(annotate, (r) => setTimeout(r, 0)).catch(() => {
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
