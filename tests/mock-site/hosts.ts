/**
 * The three hosts the one server plays. Browsers resolve every `*.localhost`
 * name to loopback, so these work with no DNS or /etc/hosts setup.
 */
export type HostId = 'aliexpress' | 'alipay' | 'mail';
export const HOST_IDS: readonly HostId[] = ['aliexpress', 'alipay', 'mail'];

/** `aliexpress.localhost` → 'aliexpress'; anything else → undefined (a 404). */
export function hostIdOf(hostname: string): HostId | undefined {
  const match = /^([a-z]+)\.localhost\.?$/.exec(hostname.toLowerCase());
  return HOST_IDS.find((id) => id === match?.[1]);
}

/** Origin of `host` on the same scheme and port the request came in on. */
export function originOf(requestUrl: string, host: HostId): string {
  const url = new URL(requestUrl);
  return `${url.protocol}//${host}.localhost${url.port ? `:${url.port}` : ''}`;
}
