// The service worker: keeps the first view's own files in Cache Storage, so that the page opens
// again without a network once it has loaded. Nothing else is stored. The build
// (`examples/postbuild.rs`) writes the two lines below: the cache's name, which carries a hash
// of the files' contents (a new build installs a new cache and the old one is deleted), and the
// files.
const CACHE = 'jinan-pathways-unbuilt';
const FILES = ['./'];

self.addEventListener('install', (event) => {
  // The page has just loaded these: take them from the HTTP cache rather than download them again.
  const requests = FILES.map((f) => new Request(f, { cache: 'force-cache' }));
  event.waitUntil(caches.open(CACHE).then((c) => c.addAll(requests)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('jinan-pathways-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    // The network first, so that a new version is seen at once; the kept page when there is none.
    event.respondWith(fetch(request).catch(() => caches.match('./', { ignoreSearch: true }).then((r) => r || Response.error())));
    return;
  }
  // Built files have content-hashed names: a kept copy is always the right one.
  event.respondWith(caches.match(request).then((hit) => hit || fetch(request)));
});
