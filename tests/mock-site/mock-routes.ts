/**
 * /__mock/: test-only JSON endpoints, the same on every host (documented in
 * README.md). They act on the session of this host's cookie, so a test can
 * reset or seed the browser it drives without touching any other test's state.
 */
import { Hono, type Context } from 'hono';
import { z } from 'zod';
import { isStepId, seedSession, stepsDone } from './journey-steps';
import { bindSession, sessionOf } from './session-cookie';
import type { Session, SessionStore } from './session-store';

/** Bounds keep a test typo from stalling a page for hours or growing memory. */
const optionsSchema = z.strictObject({
  cardsDelayMs: z.number().int().min(0).max(60_000).optional(),
  relabel: z
    .record(z.string().min(1).max(200), z.string().max(200))
    .refine((r) => Object.keys(r).length <= 100, 'at most 100 entries')
    .optional(),
  hide: z.array(z.string().min(1).max(200)).max(100).optional(),
  style: z.enum(['plain', 'components', 'framed']).optional(),
});

const MAX_ADVANCE_MS = 366 * 24 * 60 * 60 * 1000;

/** What a real site could show back about the session: steps, masked cards, counts. Never hashes. */
export function publicState(store: SessionStore, session: Session) {
  return {
    sid: session.id,
    stepsDone: stepsDone(session),
    connected: session.connected,
    emailSent: session.codeAccepted,
    emailVerified: session.emailVerified,
    pinSet: session.security !== undefined,
    cards: session.cards.map(({ brand, last4, isDefault }) => ({ brand, last4, isDefault })),
    mailbox: {
      count: session.mailbox.length,
      unusedLinks: session.mailbox.filter((m) => !m.used).length,
    },
    options: session.options,
    clockOffsetMs: session.clockOffsetMs,
    now: store.now(session),
  };
}

function fail(c: Context, status: 400 | 404, error: string) {
  return c.json({ ok: false, error }, status);
}

export function mockRoutes(store: SessionStore): Hono {
  const app = new Hono().basePath('/__mock');
  app.use('*', async (c, next) => {
    await next();
    c.header('Cache-Control', 'no-store');
  });

  const reset = (c: Context) => {
    const session = sessionOf(c, store);
    store.reset(session);
    return c.json({ ok: true, ...publicState(store, session) });
  };
  app.get('/reset', reset);
  app.post('/reset', reset);

  app.get('/seed', (c) => {
    const step = c.req.query('step') ?? '';
    if (step !== 'none' && !isStepId(step)) return fail(c, 400, `unknown step "${step}"`);
    const session = sessionOf(c, store);
    seedSession(store, session, step);
    return c.json({ ok: true, step, ...publicState(store, session) });
  });

  app.get('/join', (c) => {
    const session = store.get(c.req.query('sid'));
    if (!session) return fail(c, 404, 'unknown sid');
    bindSession(c, session);
    return c.json({ ok: true, ...publicState(store, session) });
  });

  app.get('/state', (c) => c.json(publicState(store, sessionOf(c, store))));

  app.get('/options', (c) => c.json({ ok: true, options: sessionOf(c, store).options }));
  app.post('/options', async (c) => {
    let body: unknown;
    try {
      body = JSON.parse(await c.req.text());
    } catch {
      return fail(c, 400, 'body is not valid JSON');
    }
    const parsed = optionsSchema.safeParse(body);
    if (!parsed.success) return fail(c, 400, z.prettifyError(parsed.error));
    const session = sessionOf(c, store);
    const { cardsDelayMs, relabel, hide, style } = parsed.data;
    if (cardsDelayMs !== undefined) session.options.cardsDelayMs = cardsDelayMs;
    if (relabel !== undefined) session.options.relabel = relabel;
    if (hide !== undefined) session.options.hide = hide;
    if (style !== undefined) session.options.style = style;
    return c.json({ ok: true, options: session.options });
  });

  const clock = (c: Context) => {
    const advanceMs = Number(c.req.query('advanceMs') ?? '0');
    if (!Number.isInteger(advanceMs) || advanceMs < 0 || advanceMs > MAX_ADVANCE_MS) {
      return fail(c, 400, 'advanceMs must be a whole number of milliseconds, 0 to one year');
    }
    const session = sessionOf(c, store);
    session.clockOffsetMs += advanceMs;
    return c.json({ ok: true, clockOffsetMs: session.clockOffsetMs, now: store.now(session) });
  };
  app.get('/clock', clock);
  app.post('/clock', clock);

  app.notFound((c) => fail(c, 404, 'no such mock endpoint'));
  return app;
}
