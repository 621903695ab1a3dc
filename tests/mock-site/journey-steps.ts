/**
 * The five step ids from the spec, what the server can tell about each, and how
 * to put a session straight at a given step (for tests that start mid-journey).
 */
import { hashSecret } from './secret-hash';
import type { Session, SessionStore } from './session-store';

export const STEP_IDS = ['sync', 'verify-email', 'set-pin', 'link-card', 'confirm-card'] as const;
export type StepId = (typeof STEP_IDS)[number];

export function isStepId(value: string): value is StepId {
  return (STEP_IDS as readonly string[]).includes(value);
}

/** What a seeded session's shopper "typed", so a test can carry on from there. */
export const SEEDED_SECRETS = {
  password: 'Secret-pass1',
  question: 'birth-city',
  answer: 'Madrid',
  pin: '123456',
} as const;

/** Which steps are done, judged by the evidence the spec names for each. */
export function stepsDone(session: Session): StepId[] {
  const done: Record<StepId, boolean> = {
    sync: session.connected,
    'verify-email': session.emailVerified,
    'set-pin': session.security !== undefined,
    'link-card': session.cards.length > 0,
    // The server cannot see the screen; the list delivering a card is its best evidence.
    'confirm-card': session.cards.length > 0 && session.cardSeenOnAliExpress,
  };
  return STEP_IDS.filter((id) => done[id]);
}

/**
 * Resets the session's journey (keeping its test options) and completes every
 * step up to and including `step`; `none` leaves it at the start.
 */
export function seedSession(store: SessionStore, session: Session, step: StepId | 'none'): void {
  const options = session.options;
  store.reset(session);
  session.options = options;
  const upTo = step === 'none' ? -1 : STEP_IDS.indexOf(step);
  if (upTo >= 0) session.connected = true;
  if (upTo >= 1) {
    session.codeAccepted = true;
    store.addMail(session, 'en').used = true;
    session.emailVerified = true;
  }
  if (upTo >= 2) {
    session.security = {
      passwordHash: hashSecret(SEEDED_SECRETS.password),
      question: SEEDED_SECRETS.question,
      answerHash: hashSecret(SEEDED_SECRETS.answer),
      pinHash: hashSecret(SEEDED_SECRETS.pin),
    };
  }
  if (upTo >= 3)
    session.cards.push({ id: 'seeded-visa', brand: 'visa', last4: '4242', isDefault: true });
  if (upTo >= 4) session.cardSeenOnAliExpress = true;
}
