// The service worker that lets the page work offline once loaded. It caches
// exactly the files listed below when installed (the page, its scripts and
// styles, the WebAssembly module and the example article) and then answers
// every request of this origin from the network when it can, from that
// cache when it cannot. It makes no request of its own to any other origin.

const CACHE = 'aitty-v3';
const FILES = [
  './', 'index.html', 'style.css', 'tools.css', 'favicon.svg',
  'app.js', 'annotator.js', 'worker.js', 'corrections.js', 'details.js', 'editor.js', 'exports.js', 'files.js',
  'keys.js', 'offsets.js', 'panels.js', 'render.js', 'selection.js', 'warm-up.js',
  'pkg/aitty.js', 'pkg/aitty_bg.wasm', 'examples/seed_kk.txt',
];

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    fetch(request)
      .then((response) => {
        if (response.ok) {
          const copy = response.clone();
          caches.open(CACHE).then((cache) => cache.put(request, copy));
        }
        return response;
      })
      .catch(() => caches.match(request, { ignoreSearch: true }).then((hit) => hit || Response.error())),
  );
});
