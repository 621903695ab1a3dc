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

/** Content-script match patterns, kept next to the host rule they mirror. */
export const CONTENT_MATCHES = [
  '*://*.aliexpress.com/*',
  '*://aliexpress.localhost/*',
  '*://*.alipay.com/*',
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

/**
 * The part of a URL that is safe to keep: origin and path. Query strings and
 * fragments can carry tokens (the mail link, the account hand-off), so they go.
 */
export function safePageUrl(url: string): string | null {
  try {
    const u = new URL(url);
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
    if (!siteOfHost(u.hostname)) return null;
    return `${u.origin}${u.pathname}`;
  } catch {
    return null;
  }
}
