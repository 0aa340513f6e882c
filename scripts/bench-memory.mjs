// Peak memory of one wasm `annotate()` on BYTES bytes of LANG dev text, in a
// fresh Node process: `node scripts/bench-memory.mjs LANG BYTES` prints JSON
// with the wasm linear memory after the call (it never shrinks, so it is the
// peak of the Rust heap) and the process's peak RSS growth over the call.

import { corpus } from './bench-corpus.mjs';
import { loadAitty } from './bench-wasm.mjs';

const [lang = 'kk', bytes = '10000000'] = process.argv.slice(2);
const text = corpus(lang, Number(bytes));
const aitty = await loadAitty();
aitty.annotate('Warm-up.');
const wasmBefore = aitty.memory.buffer.byteLength;
globalThis.gc?.();
const rssBefore = process.memoryUsage().rss;
const maxRssBefore = process.resourceUsage().maxRSS * 1024;
const a = aitty.annotate(text);
console.log(
  JSON.stringify({
    inputBytes: Buffer.byteLength(text),
    annotations: a.entities.length + a.quotes.length,
    wasmBefore,
    wasmAfter: aitty.memory.buffer.byteLength,
    rssBefore,
    maxRssBefore,
    maxRssAfter: process.resourceUsage().maxRSS * 1024,
  }),
);
