/**
 * A shopper whose session starts at a given step on all three hosts, the way
 * the browser tests set up: seed on one host, join the others by sid.
 */
import type { Hono } from 'hono';
import type { StepId } from '../../../mock-site/journey-steps';
import { createMockSite } from '../../../mock-site/server';
import { HttpShopper } from './http-shopper';
import { ORIGINS } from './http-journey';

export async function seededShopper(
  step: StepId | 'none',
  options: { acceptLanguage?: string; app?: Hono } = {},
): Promise<{ shopper: HttpShopper; sid: string; app: Hono }> {
  const app = options.app ?? createMockSite();
  const shopper = new HttpShopper(app, options.acceptLanguage);
  const seeded = await shopper.json<{ sid: string }>(
    `${ORIGINS.aliexpress}/__mock/seed?step=${step}`,
  );
  await shopper.fetch(`${ORIGINS.alipay}/__mock/join?sid=${seeded.sid}`);
  await shopper.fetch(`${ORIGINS.mail}/__mock/join?sid=${seeded.sid}`);
  return { shopper, sid: seeded.sid, app };
}
