/**
 * `npm run mock-site`: serves the three sites on PORT (default 5177) until
 * interrupted, and prints where to find them.
 */
import { HOST_IDS } from './hosts';
import { DEFAULT_PORT, startMockSite } from './server';

const NAMES = { aliexpress: 'AliExpress', alipay: 'AliPay', mail: 'Mail' } as const;

const port = process.env.PORT ? Number(process.env.PORT) : DEFAULT_PORT;
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a port number, got "${process.env.PORT ?? ''}"`);
  process.exit(1);
}

const site = await startMockSite({ port });
console.log(`Mock site on port ${site.port} (test endpoints under /__mock/ on every host):`);
for (const host of HOST_IDS) console.log(`  ${NAMES[host].padEnd(11)} ${site.origin(host)}/`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void site.close().then(() => process.exit(0));
  });
}
