/**
 * A store-like page that adds and then removes 10,000 list items in batches,
 * one node at a time (an infinite feed, then a cleared one), served from its
 * own loopback port. `aliexpress.localhost` on any port runs the content script.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export const CHURN_NODES = 10_000;
const BATCH = 500;

const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Recommended for you</title></head>
<body>
<header><nav><a href="/account">My AliExpress</a> <a href="/orders">My orders</a></nav></header>
<main><h1>Recommended for you</h1><ul id="feed"></ul></main>
<script>
(() => {
  const total = ${CHURN_NODES}, batch = ${BATCH}, feed = document.getElementById('feed'), live = [];
  const add = () => {
    for (let i = 0; i < batch; i++) {
      const li = document.createElement('li');
      li.textContent = 'Item ' + live.length + ' · free shipping';
      feed.appendChild(li);
      live.push(li);
    }
    setTimeout(live.length < total ? add : remove, 16);
  };
  const remove = () => {
    for (let i = 0; i < batch; i++) live.pop().remove();
    if (live.length) setTimeout(remove, 16);
    else window.__churnDone = performance.now();
  };
  addEventListener('load', () => setTimeout(add, 0));
})();
</script>
</body></html>`;

export interface ChurnSite {
  url: string;
  close(): Promise<void>;
}

export async function startChurnSite(): Promise<ChurnSite> {
  const server = createServer((req, res) => {
    if (req.url === '/churn') {
      res.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'no-store',
      });
      res.end(PAGE);
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  // Dual-stack: Chromium may resolve *.localhost to 127.0.0.1 or ::1.
  await new Promise<void>((resolve) => server.listen(0, '::', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://aliexpress.localhost:${port}/churn`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // The browsers are still open and keep their connections alive: do not wait for them.
        server.closeAllConnections();
      }),
  };
}
