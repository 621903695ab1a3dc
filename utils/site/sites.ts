/**
 * The two site families the extension runs on, and how a host name maps to one.
 * The mailbox is deliberately absent: the extension never runs there.
 */
export const SITES = ['aliexpress', 'alipay'] as const;
export type Site = (typeof SITES)[number];

/** Real domains first, then the local practice hosts (`*.localhost` resolves to loopback). */
const SITE_DOMAINS: Record<Site, readonly string[]> = {
  aliexpress: ['aliexpress.com', 'aliexpress.localhost'],
  alipay: ['alipay.com', 'alipay.localhost'],
};

/**
 * Content-script match patterns, kept next to the host rule they mirror. The
 * real sites over https only; the practice site (`npm run mock-site`) is plain
 * http on loopback.
 */
export const CONTENT_MATCHES = [
  'https://*.aliexpress.com/*',
  '*://aliexpress.localhost/*',
  'https://*.alipay.com/*',
  '*://alipay.localhost/*',
];

/** Where to send a shopper who has never visited a site with the extension installed. */
export const SITE_HOME: Record<Site, string> = {
  aliexpress: 'https://www.aliexpress.com/',
  alipay: 'https://www.alipay.com/',
};

export function siteOfHost(hostname: string): Site | null {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  for (const site of SITES) {
    if (SITE_DOMAINS[site].some((d) => host === d || host.endsWith(`.${d}`))) return site;
  }
  return null;
}

/** A path segment that names a route ("account", "cards", "order-list.html"): letters only, no digits. */
const ROUTE_SEGMENT = /^[A-Za-z][A-Za-z._-]{0,39}$/;

/**
 * The part of a URL that is safe to keep: the origin and the route-like start
 * of the path. Query strings and fragments can carry tokens (the mail link,
 * the account hand-off), and so can paths (`/verify/CODE-731946-TOKEN`,
 * issue #12): the path is cut at its first segment that is not a plain word.
 */
export function safePageUrl(url: string): string | null {
  try {
    const u = new URL(url);
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
    if (!siteOfHost(u.hostname)) return null;
    const kept: string[] = [];
    for (const segment of u.pathname.split('/').slice(1)) {
      if (!ROUTE_SEGMENT.test(segment)) break;
      kept.push(segment);
    }
    return `${u.origin}/${kept.join('/')}`;
  } catch {
    return null;
  }
}
