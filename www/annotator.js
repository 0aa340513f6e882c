// The page's side of the annotator worker (worker.js): one request at a
// time, only the newest waiting text kept, and a fresh worker (a freshly
// instantiated module) after a trap. And a second instance of the module on
// the page's own thread, for short texts (InlineAnnotator).

import { warmUp } from './warm-up.js';

export class Annotator {
  /** `onCrash(message)` is told when the module trapped and was restarted. */
  constructor({ onCrash = () => {} } = {}) {
    this.onCrash = onCrash;
    this.nextId = 1;
    this.waiting = new Map();
    this.maxImportBytes = 16 * 1024 * 1024;
    this.start();
  }

  /** Starts (or restarts) the worker; `ready` resolves once the module is loaded. */
  start() {
    this.worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
    this.ready = new Promise((resolve, reject) => {
      this.worker.onmessage = ({ data }) => {
        if (data.ready) {
          this.maxImportBytes = data.maxImportBytes;
          /** The compiled WebAssembly module, for an instance on the page's thread. */
          this.module = data.module;
          resolve();
        } else if (data.failed) reject(new Error(data.failed));
        else this.settle(data);
      };
      this.worker.onerror = (event) => {
        event.preventDefault();
        reject(new Error(event.message || 'the annotator could not start'));
        this.crashed(event.message || 'the annotator stopped');
      };
    });
  }

  settle(data) {
    const pending = this.waiting.get(data.id);
    if (!pending) return;
    this.waiting.delete(data.id);
    if (data.crashed) {
      pending.reject(Object.assign(new Error(data.crashed), { crashed: true }));
      this.crashed(data.crashed);
    } else if (data.error !== undefined) pending.reject(new Error(data.error));
    else pending.resolve({ result: JSON.parse(data.json), ms: data.ms });
  }

  /** Replaces the trapped worker; every request still waiting fails. */
  crashed(message) {
    this.worker.terminate();
    for (const pending of this.waiting.values()) pending.reject(Object.assign(new Error(message), { crashed: true }));
    this.waiting.clear();
    this.start();
    this.ready.catch(() => {});
    this.onCrash(message);
  }

  request(message) {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.ready.then(() => this.worker.postMessage({ id, ...message }), reject);
    });
  }

  /** The format v1 object of `text`: `{ result, ms }`. */
  annotate(text) {
    return this.request({ op: 'annotate', text });
  }

  /** The format v1 object of an imported file checked against `text`; rejects with the reason. */
  importFile(text, json) {
    return this.request({ op: 'import', text, json });
  }
}

/** Texts up to this many UTF-16 units are annotated on the page's thread (a few ms) once the module there is warm. */
export const INLINE_MAX = 20_000;

/**
 * The module on the page's own thread, for short texts: annotated there at
 * once, a paste's highlights are in the DOM before the browser's next frame
 * (the one that shows the pasted text) rather than a frame later, after the
 * round trip to the worker. Loaded once the worker is, warmed in idle time;
 * after a trap it is not used again and the worker takes every text.
 */
export class InlineAnnotator {
  constructor() {
    this.run = null;
    this.broken = false;
  }

  /**
   * Instantiates `module` (compiled by the worker: its code, optimised as it
   * runs there, is shared) and loads each language's model, one a slice of
   * idle time; resolves once texts can be annotated here.
   */
  async load(module) {
    const pkg = await import('./pkg/aitty.js');
    pkg.initSync({ module });
    const idle = (resolve) => (window.requestIdleCallback ? window.requestIdleCallback(resolve, { timeout: 1000 }) : setTimeout(resolve, 0));
    await warmUp(pkg.annotate, idle, 1);
    this.run = pkg.annotate;
  }

  /** True when `text` is short enough and the module here is warm and sound. */
  takes(text) {
    return this.run !== null && !this.broken && text.length <= INLINE_MAX;
  }

  /** `{ result, ms }` as Annotator's annotate() gives, or null when the module trapped (it is not used again). */
  annotate(text) {
    const started = performance.now();
    let json;
    try {
      json = this.run(text);
    } catch {
      this.broken = true;
      performance.mark('aitty:inline-trapped'); // the tests check the worker then takes over
      return null;
    }
    return { result: JSON.parse(json), ms: performance.now() - started };
  }
}
