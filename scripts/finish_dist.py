#!/usr/bin/env python3
"""Finishes dist/ after trunk: moves trunk's inline start-up script into
start.js (so that the Content-Security-Policy allows only the app's own
files), adds the policy, and writes a service worker that keeps every file of
this build cached for offline use. Every URL is relative, so that the build
works from any folder of any static server."""
import base64
import hashlib
import pathlib
import re
import sys

dist = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "dist")
index = dist / "index.html"
html = index.read_text()

inline = re.search(r'<script type="module">(.*?)</script>', html, re.S)
if not inline:
    sys.exit("finish_dist: no inline start-up script in dist/index.html (trunk changed?)")
start = inline.group(1).strip() + """

// Keep the app usable offline once loaded.
if ('serviceWorker' in navigator) {
  navigator.serviceWorker.register('./sw.js').catch((error) => console.warn('newsmark: offline cache unavailable', error));
}
"""
(dist / "start.js").write_text(start)
html = html.replace(inline.group(0), '<script type="module" src="./start.js"></script>')
if re.search(r'(href|src)="/', html):
    sys.exit("finish_dist: dist/index.html still has a URL from the site root; build with trunk --public-url ./")

policy = ("default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; style-src-attr 'unsafe-inline'; "
          "img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'")
html = html.replace("<head>", f'<head>\n    <meta http-equiv="Content-Security-Policy" content="{policy}" />', 1)
# The model is fetched while the app's wasm loads, not after it; its name carries a hash of its
# content, so that no cache can pair a new app with an old model. The app finds it by this link.
if not (dist / "ner.bin").exists():
    sys.exit("finish_dist: dist/ner.bin is missing (index.html copies crates/engine/model/ner.bin)")
model = f"ner-{hashlib.sha256((dist / 'ner.bin').read_bytes()).hexdigest()[:16]}.bin"
(dist / "ner.bin").rename(dist / model)
html = html.replace("</head>", f'    <link rel="preload" href="./{model}" as="fetch" type="application/octet-stream" crossorigin="anonymous" data-model-file />\n</head>', 1)
# Files minified after trunk hashed them (scripts/build.sh): each link's integrity from the file as shipped.
html = re.sub(r'href="\./([^"]+)" integrity="sha384-[^"]+"',
              lambda m: f'href="./{m.group(1)}" integrity="sha384-{base64.b64encode(hashlib.sha384((dist / m.group(1)).read_bytes()).digest()).decode()}"',
              html)
index.write_text(html)

# The annotation worker runs the app's own wasm: its start-up script names the app's hashed files
# (its whole-line comments are for the repository's readers, not the browser).
app_module = [p.name for p in dist.glob("newsmark-app-*.js")]
app_wasm = [p.name for p in dist.glob("newsmark-app-*_bg.wasm")]
if len(app_module) != 1 or len(app_wasm) != 1:
    sys.exit(f"finish_dist: expected one app module and one app wasm in dist/, found {app_module} and {app_wasm}")
worker_start = pathlib.Path(__file__).resolve().parent.parent / "www" / "worker-start.js"
(dist / "worker-start.js").write_text(re.sub(r"^\s*//.*\n", "", worker_start.read_text(), flags=re.M)
                                     .replace("__APP_MODULE__", app_module[0]).replace("__APP_WASM__", app_wasm[0]))

files = sorted(p.name for p in dist.iterdir() if p.is_file() and p.name != "sw.js")
version = hashlib.sha256("".join(files).encode() + b"".join((dist / f).read_bytes() for f in files)).hexdigest()[:16]
# Relative to sw.js, that is to the folder the app is served from.
assets = ", ".join(f"'./{f}'" for f in files if f != "index.html")
(dist / "sw.js").write_text(f"""// newsmark's offline cache for build {version}: every file of the build,
// served from the cache first; a new build replaces the old cache.
const CACHE = 'newsmark-{version}';
const FILES = ['./', {assets}];
self.addEventListener('install', (event) => {{
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()));
}});
self.addEventListener('activate', (event) => {{
  event.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
    .then(() => self.clients.claim()));
}});
self.addEventListener('fetch', (event) => {{
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== self.location.origin) return;
  event.respondWith(caches.match(event.request, {{ ignoreSearch: true }})
    .then((hit) => hit || fetch(event.request)));
}});
""")
print(f"finish_dist: start.js, Content-Security-Policy, sw.js caching {len(files)} files")
