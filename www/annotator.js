// The page's side of the annotator worker (worker.js): one request at a
// time, only the newest waiting text kept, and a fresh worker (a freshly
// instantiated module) after a trap.

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
