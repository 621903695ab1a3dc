/**
 * The mock site: one Hono app answering for three hosts, told apart by the Host
 * header, plus the test-only /__mock/ endpoints on each. `startMockSite` puts it
 * on a port, dual-stack, because Chromium may resolve `*.localhost` to either
 * 127.0.0.1 or ::1.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { aliexpressRoutes } from './aliexpress-routes';
import { alipayRoutes } from './alipay-routes';
import { barePage, notFoundPage } from './error-pages';
import { type HostId, hostIdOf } from './hosts';
import { langFromAcceptLanguage } from './language';
import { mailRoutes } from './mail-routes';
import { mockRoutes } from './mock-routes';
import { SessionStore } from './session-store';
import { type AppEnv, viewMiddleware } from './view';

export const DEFAULT_PORT = 5177;
/** Every real form here is well under 1 KB; anything near this is abuse. */
export const MAX_BODY_BYTES = 16 * 1024;

export interface MockSiteOptions {
  /** The server clock (default Date.now); sessions add their own offset on top. */
  now?: () => number;
}

function hostApp(host: HostId, store: SessionStore, routes: Hono<AppEnv>): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.use('*', viewMiddleware(host, store));
  app.route('/', routes);
  app.notFound((c) => c.html(notFoundPage(c.get('view')), 404));
  return app;
}

export function createMockSite(options: MockSiteOptions = {}): Hono {
  const store = new SessionStore(options.now);
  const mock = mockRoutes(store);
  const hosts: Record<HostId, Hono<AppEnv>> = {
    aliexpress: hostApp('aliexpress', store, aliexpressRoutes()),
    alipay: hostApp('alipay', store, alipayRoutes()),
    mail: hostApp('mail', store, mailRoutes()),
  };
  const lang = (header: string | undefined) => langFromAcceptLanguage(header) ?? 'en';

  const app = new Hono();
  app.use(
    '*',
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: (c) => c.html(barePage(lang(c.req.header('accept-language')), 'tooLarge'), 413),
    }),
  );
  app.all('*', (c) => {
    const host = hostIdOf(new URL(c.req.url).hostname);
    if (!host) {
      return c.html(
        barePage(lang(c.req.header('accept-language')), 'notFoundHeading', 'notFoundBody'),
        404,
      );
    }
    const isMock = c.req.path === '/__mock' || c.req.path.startsWith('/__mock/');
    return (isMock ? mock : hosts[host]).fetch(c.req.raw);
  });
  app.onError((error, c) => {
    console.error('mock site: unexpected error', error);
    return c.html(barePage(lang(c.req.header('accept-language')), 'somethingWrong'), 500);
  });
  return app;
}

export interface RunningMockSite {
  port: number;
  /** `origin('alipay')` → `http://alipay.localhost:PORT` (no trailing slash). */
  origin(host: HostId): string;
  close(): Promise<void>;
}

/** Starts the site; `port: 0` picks a free port (what tests use). */
export async function startMockSite(
  options: MockSiteOptions & { port?: number } = {},
): Promise<RunningMockSite> {
  const app = createMockSite(options);
  const server = createServer(getRequestListener(app.fetch));
  const listen = (host: string) =>
    new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen({ port: options.port ?? DEFAULT_PORT, host, ipv6Only: false }, () => {
        server.off('error', reject);
        resolve();
      });
    });
  try {
    try {
      await listen('::');
    } catch (error) {
      // A machine without IPv6: loopback IPv4 is still what most browsers try first.
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'EAFNOSUPPORT' && code !== 'EADDRNOTAVAIL') throw error;
      await listen('127.0.0.1');
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    const taken = options.port ?? DEFAULT_PORT;
    throw new Error(
      `Port ${taken} is already in use (another "npm start" or mock site?). ` +
        `Pick another with PORT, e.g. PORT=${taken + 1} npm start`,
      { cause: error },
    );
  }
  const { port } = server.address() as AddressInfo;
  return {
    port,
    origin: (host) => `http://${host}.localhost:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Browsers keep connections alive; without this, close() waits for them to time out.
        server.closeAllConnections();
      }),
  };
}
