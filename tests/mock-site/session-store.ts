/**
 * In-memory sessions, one per browser profile, so tests running side by side
 * never see each other's state.
 *
 * A session is reached through a per-host cookie; the one-time "hop" tokens
 * carried by cross-host links are how it follows the shopper from AliExpress to
 * AliPay and the mailbox, the way real single sign-on does. Each session has its
 * own clock offset so a test can make a confirmation link old without waiting.
 */
import { randomBytes, randomInt } from 'node:crypto';
import type { CardBrand } from './card-brand';
import type { Lang } from './labels';
import type { SecurityQuestionId } from './site-text';

export interface LinkedCard {
  id: string;
  brand: CardBrand;
  last4: string;
  isDefault: boolean;
}

export interface MailMessage {
  id: string;
  /** The language of the AliPay page that sent it; the mail stays in that language. */
  lang: Lang;
  sentAt: number;
  /** Token of its "Verify my email" link. */
  token: string;
  used: boolean;
}

export interface SecuritySettings {
  passwordHash: string;
  question: SecurityQuestionId;
  answerHash: string;
  pinHash: string;
}

/** Test switches, set through /__mock/options (see README.md). */
export interface SessionOptions {
  cardsDelayMs: number;
  relabel: Record<string, string>;
  hide: string[];
  /**
   * `components` renders pages the way component-built stores do: success
   * banners become toasts whose text lives in an open shadow root and that
   * vanish after 2.5 s, and headings start with an aria-hidden icon ligature.
   * `framed` shows AliPay's card panel (list, "Link card" form, its errors and
   * banner) in a same-origin iframe, as payment sites do with card forms.
   */
  style: 'plain' | 'components' | 'framed';
}

export interface Session {
  readonly id: string;
  clockOffsetMs: number;
  /** Shown on the Verify page; random so a test cannot hard-code it. */
  verificationCode: string;
  connected: boolean;
  /** The right code was typed, so AliPay may (re)send the confirmation email. */
  codeAccepted: boolean;
  emailVerified: boolean;
  security: SecuritySettings | undefined;
  cards: LinkedCard[];
  /** AliExpress's card list has delivered a card to the page: the shopper saw it. */
  cardSeenOnAliExpress: boolean;
  mailbox: MailMessage[];
  options: SessionOptions;
}

export const DEFAULT_CARDS_DELAY_MS = 400;
/** Hop tokens only bridge one click; ten minutes is plenty. */
const HOP_TOKEN_TTL_MS = 10 * 60 * 1000;
/** Caps so a long-running server or a hostile client cannot grow memory without bound. */
const MAX_SESSIONS = 5000;
const MAX_TOKENS = 20000;
const MAX_MAILS_PER_SESSION = 50;

export function newId(): string {
  return randomBytes(16).toString('base64url');
}

export function defaultOptions(): SessionOptions {
  return { cardsDelayMs: DEFAULT_CARDS_DELAY_MS, relabel: {}, hide: [], style: 'plain' };
}

function freshState(): Omit<Session, 'id'> {
  return {
    clockOffsetMs: 0,
    verificationCode: String(randomInt(0, 1_000_000)).padStart(6, '0'),
    connected: false,
    codeAccepted: false,
    emailVerified: false,
    security: undefined,
    cards: [],
    cardSeenOnAliExpress: false,
    mailbox: [],
    options: defaultOptions(),
  };
}

/** Drops the oldest entries once a map outgrows its cap (Maps iterate in insertion order). */
function trim<K, V>(map: Map<K, V>, max: number): void {
  for (const key of map.keys()) {
    if (map.size <= max) return;
    map.delete(key);
  }
}

export class SessionStore {
  private readonly sessions = new Map<string, Session>();
  private readonly hopTokens = new Map<string, { sid: string; expiresAt: number }>();
  private readonly mailTokens = new Map<string, string>();

  /** `baseNow` is injectable so tests can also move every session's clock at once. */
  constructor(private readonly baseNow: () => number = Date.now) {}

  create(): Session {
    const session: Session = { id: newId(), ...freshState() };
    this.sessions.set(session.id, session);
    trim(this.sessions, MAX_SESSIONS);
    return session;
  }

  get(id: string | undefined): Session | undefined {
    return id === undefined ? undefined : this.sessions.get(id);
  }

  /** Empties a session in place, so every host already joined to it follows. */
  reset(session: Session): void {
    for (const message of session.mailbox) this.mailTokens.delete(message.token);
    Object.assign(session, freshState());
  }

  /** The session's own "now": the server clock plus whatever a test advanced. */
  now(session: Session): number {
    return this.baseNow() + session.clockOffsetMs;
  }

  issueHopToken(session: Session): string {
    const token = newId();
    this.hopTokens.set(token, { sid: session.id, expiresAt: this.baseNow() + HOP_TOKEN_TTL_MS });
    trim(this.hopTokens, MAX_TOKENS);
    return token;
  }

  /** One use only: a copied or replayed link does not hand over the session. */
  redeemHopToken(token: string): Session | undefined {
    const entry = this.hopTokens.get(token);
    if (!entry) return undefined;
    this.hopTokens.delete(token);
    return entry.expiresAt >= this.baseNow() ? this.sessions.get(entry.sid) : undefined;
  }

  addMail(session: Session, lang: Lang): MailMessage {
    const message: MailMessage = {
      id: newId().slice(0, 10),
      lang,
      sentAt: this.now(session),
      token: newId(),
      used: false,
    };
    session.mailbox.unshift(message);
    for (const old of session.mailbox.splice(MAX_MAILS_PER_SESSION)) {
      this.mailTokens.delete(old.token);
    }
    this.mailTokens.set(message.token, session.id);
    trim(this.mailTokens, MAX_TOKENS);
    return message;
  }

  /** The session and message a "Verify my email" token belongs to, used or not. */
  findMail(token: string): { session: Session; message: MailMessage } | undefined {
    const session = this.sessions.get(this.mailTokens.get(token) ?? '');
    const message = session?.mailbox.find((m) => m.token === token);
    return session && message ? { session, message } : undefined;
  }
}
