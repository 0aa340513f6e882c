// The annotator's thread: the WebAssembly module runs here so that typing
// never waits for it. Messages in: { id, op: 'annotate', text } or
// { id, op: 'import', text, json }; out: { id, json, ms } (json: the format
// v1 JSON text, posted as one string: cheaper to copy across threads than an
// object graph, and parsed on the page's side) or { id, error }
// or, when the module trapped (a Rust panic, memory exhausted), { id, crashed }:
// a trapped instance is not trusted again, the page starts a new worker.

import init, { annotate, importAnnotations, maxImportBytes } from './pkg/aitty.js';

const ready = init().then((exports) => {
  // The raw module, for diagnostics (the browser tests exhaust its memory).
  self.aittyExports = exports;
  postMessage({ ready: true, maxImportBytes: maxImportBytes() });
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
