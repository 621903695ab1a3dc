/**
 * "Packs can't speak for us" (issue #12): a pack's words reach the shopper
 * inside the extension's own UI, so they must never carry a way to reach
 * someone else (an email address, a phone number, a web address outside
 * AliExpress and AliPay) nor ask for a secret (a PIN, a password, a code, a
 * card number). And the wordings the guide decides by — that a step is done,
 * that an error is on screen — must be long enough to mean something (issue
 * #10). Pure and zod-free; `parsePack` runs it over every text of a pack.
 */
import { DEFAULT_LABELS } from '../detect/default-labels';
import { normalizeText } from '../detect/normalize';

export type TextProblem = 'email' | 'phone' | 'link' | 'secret';

// ---- contact details ----------------------------------------------------------

/** An address (`name@host.tld`) or a handle (`@support_team`) to write to. */
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/u;
const HANDLE = /(?:^|[^\p{L}\p{N}._%+-])@[\p{L}\p{N}_]{3,}/u;
/** Seven or more digits, apart or joined by spaces, dashes, a plus or brackets ("+34 (91) 123-45-67"). */
const PHONE = /\p{Nd}(?:[\s\-+()]{0,3}\p{Nd}){6,}/gu;
/** A date written the ISO way is not a number to call. */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

// ---- web addresses ----------------------------------------------------------

/** Anything with a scheme: `https://…`, `ftp://…`, and schemes that open an app to write or call. */
const URL_LIKE = /[a-z][a-z0-9+.-]*:\/\/[^\s“”"'«»<>]+/giu;
const APP_SCHEME = /(?:^|[^\p{L}\p{N}])(?:mailto|tel|sms|callto|skype|whatsapp|tg|viber):/iu;
/** Four numbers joined by dots: a server's address. */
const IP_ADDRESS = /(?:^|[^\p{N}.])\p{N}{1,3}(?:\.\p{N}{1,3}){3}(?![\p{N}])/u;
/**
 * Top-level domains a short link or a scam page is likely to use: recognised
 * whatever the case and however short the name before them ("x.com", "wa.me").
 */
const KNOWN_TLDS =
  'com|net|org|info|biz|io|co|me|app|dev|xyz|online|site|shop|store|top|link|click|live|' +
  'vip|club|email|support|help|ly|gl|gd|to|gg|cc|tk|ml|ga|cf|gq|ru|cn|es|mx|ar|us|uk|eu|de';
const LABEL = '[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?';
const KNOWN_DOMAIN = new RegExp(
  `(?<![\\p{L}\\p{N}@.-])(?:${LABEL}\\.)+(?:${KNOWN_TLDS})(?![\\p{L}\\p{N}-])`,
  'giu',
);
/**
 * Any other domain: a name of two or more characters, then a top-level domain
 * written all in lower or all in upper case. "AliExpress.Then" (a missing
 * space) and "p.ej." (an abbreviation) are not addresses; "evil.example" is.
 */
const OTHER_DOMAIN = new RegExp(
  `(?<![\\p{L}\\p{N}@.-])(?:${LABEL}\\.)*[\\p{L}\\p{N}][\\p{L}\\p{N}-]*[\\p{L}\\p{N}]\\.(?:\\p{Ll}{2,24}|\\p{Lu}{2,24})(?![\\p{L}\\p{N}-])`,
  'gu',
);
const WWW = /(?<![\p{L}\p{N}])www\d*\.[^\s“”"'«»<>]*/giu;
const OUR_HOST = /^(?:[a-z0-9-]+\.)*(?:aliexpress|alipay)\.com\.?$/i;

const TRAILING_PUNCTUATION = /[.,;:!?)\]}'"’”»]+$/u;

function isOurHost(host: string): boolean {
  return OUR_HOST.test(host) && !host.startsWith('-');
}

/** An https address of AliExpress or AliPay, with no user, password or port to hide another host behind. */
function isOurUrl(text: string): boolean {
  try {
    const url = new URL(text.replace(TRAILING_PUNCTUATION, ''));
    return (
      url.protocol === 'https:' &&
      url.username === '' &&
      url.password === '' &&
      url.port === '' &&
      isOurHost(url.hostname)
    );
  } catch {
    return false;
  }
}

function hasForeignAddress(text: string): boolean {
  if (APP_SCHEME.test(text) || IP_ADDRESS.test(text)) return true;
  for (const match of text.matchAll(URL_LIKE)) if (!isOurUrl(match[0])) return true;
  // With the allowed links taken out, what is left must not name another site.
  const rest = text.replace(URL_LIKE, ' ');
  for (const match of rest.matchAll(WWW)) {
    const host = match[0].replace(TRAILING_PUNCTUATION, '').split(/[/?#:]/)[0] ?? '';
    if (!isOurHost(host)) return true;
  }
  for (const re of [KNOWN_DOMAIN, OTHER_DOMAIN]) {
    for (const match of rest.matchAll(re)) if (!isOurHost(match[0])) return true;
  }
  return false;
}

function hasPhoneNumber(text: string): boolean {
  for (const match of text.matchAll(PHONE)) if (!ISO_DATE.test(match[0])) return true;
  return false;
}

// ---- asking for a secret --------------------------------------------------------

/*
 * Asking FOR a secret ("Send us your PIN", "Escribe tu contraseña aquí") is a
 * verb of giving or typing followed, in the same clause, by a secret; warning
 * ABOUT it ("Never share your PIN", "No compartas tu PIN con nadie", "AliPay
 * will never ask you to send your code") has a negation before that verb.
 * Words are compared in lower case without accents.
 */

/** Verbs of handing something over. English base forms; Spanish imperatives and infinitives, with pronouns. */
const GIVE_EN = new Set([
  'send',
  'share',
  'give',
  'tell',
  'forward',
  'provide',
  'submit',
  'reveal',
  'disclose',
  'dictate',
  'reply',
  'whatsapp',
]);
/** Also nouns ("the email has your code"): verbs only when a person or a thing follows. */
const GIVE_EN_IF_OBJECT = new Set(['email', 'e-mail', 'mail', 'text', 'message', 'dm']);
const OBJECT_WORDS = new Set([
  'us',
  'me',
  'them',
  'him',
  'her',
  'it',
  'your',
  'the',
  'a',
  'an',
  'our',
  'my',
  'this',
  'that',
]);
/** Verbs of typing something in. "Write the PIN down somewhere safe" keeps it, so "write … down" is not one. */
const TYPE_EN = new Set(['enter', 'type', 'input', 'paste', 'key', 'write']);

const CLITICS = '(?:me|te|se|nos|os|lo|la|los|las|le|les){0,2}';
const GIVE_ES = new RegExp(
  `^(?:(?:(?:re)?envi|mand|facilit|proporcion|revel|dict)(?:a|e|ar)|compart(?:e|a|ir)|respond(?:e|a|er)|da|dar)(${CLITICS})$|` +
    `^(?:di|de|diga|decir|indica|indicar|indique|comunica|comunicar|comunique|pasa|pase|pasar)((?:me|te|se|nos|os|lo|la|los|las|le|les){1,2})$`,
);
const TYPE_ES = new RegExp(
  `^(?:introduc(?:e|ir)|introduzca|escrib(?:e|a|ir)|tecle(?:a|e|ar)|ingres(?:a|e|ar)|digit(?:a|e|ar))${CLITICS}$`,
);
/** A pronoun for a thing named before: "send it", "envíalo". */
const THING_PRONOUN = /(?:lo|la|los|las)$/;
const THING_WORDS = new Set(['it', 'them', 'this', 'that']);

const NEGATIONS = new Set([
  'never',
  'not',
  'no',
  "don't",
  'dont',
  "doesn't",
  "won't",
  "can't",
  'cannot',
  "shouldn't",
  "mustn't",
  'nobody',
  'nunca',
  'jamas',
  'nadie',
  'ni',
  'tampoco',
]);
/** "Don't forget to send…", "No dudes en enviar…": the negation turns the request into a stronger one. */
const NEGATION_UNDOERS = new Set([
  'forget',
  'hesitate',
  'wait',
  'delay',
  'fail',
  'stop',
  'afraid',
  'worry',
  'olvides',
  'olvide',
  'dudes',
  'dude',
  'dejes',
  'deje',
  'esperes',
  'espere',
  'tardes',
  'tarde',
  'temas',
  'preocupes',
]);
/** Words that end the reach of a negation or of a verb: the clause changes. */
const CLAUSE_WORDS = new Set([
  'but',
  'and',
  'then',
  'if',
  'whether',
  'when',
  'once',
  'after',
  'before',
  'until',
  'unless',
  'while',
  'pero',
  'sino',
  'y',
  'e',
  'luego',
  'si',
  'cuando',
  'hasta',
  'antes',
  'despues',
  'mientras',
]);
/** How far a verb reaches for its object, and a negation for its verb. */
const OBJECT_REACH = 6;
const NEGATION_REACH = 8;

const SECRET_WORDS = new Set([
  'pin',
  'pins',
  'nip',
  'password',
  'passwords',
  'passcode',
  'passcodes',
  'passphrase',
  'otp',
  'cvv',
  'cvv2',
  'cvc',
  'cvc2',
  'code',
  'codes',
  'contrasena',
  'contrasenas',
  'clave',
  'claves',
  'codigo',
  'codigos',
]);
/** "Postal code", "código postal": codes that are no secret. */
const HARMLESS_BEFORE_CODE = new Set([
  'postal',
  'zip',
  'area',
  'country',
  'promo',
  'discount',
  'coupon',
  'qr',
  'palabra',
]);
const HARMLESS_AFTER_CODE = new Set(['postal', 'promocional', 'qr', 'de']);
const CARD_SECRETS = new Set(['number', 'numbers', 'details', 'data', 'pin']);

/** Whether a secret is named at `i`: "PIN", "card number", "número de tu tarjeta". */
function isSecretAt(words: readonly string[], i: number): boolean {
  const word = words[i] ?? '';
  const next = words[i + 1] ?? '';
  if (SECRET_WORDS.has(word)) {
    if (HARMLESS_BEFORE_CODE.has(words[i - 1] ?? '')) return false;
    const spanishCode = word === 'codigo' || word === 'codigos' || word === 'clave';
    if (spanishCode && HARMLESS_AFTER_CODE.has(next)) {
      // "código de verificación" and "código de seguridad" are secrets; "código de descuento" is not.
      return (
        next !== 'de' || !['descuento', 'pais', 'barras', 'producto'].includes(words[i + 2] ?? '')
      );
    }
    return true;
  }
  if (word === 'card' && CARD_SECRETS.has(next)) return true;
  if (word === 'numero' || word === 'numeros' || word === 'datos') {
    return words.slice(i + 1, i + 4).some((w) => w === 'tarjeta' || w === 'tarjetas');
  }
  return false;
}

type Verb = { kind: 'give' | 'type'; pronoun: boolean };

/** "AliPay will send a code", "we'll email you": someone else acts, the shopper is not asked. */
const MODALS = new Set(['will', 'would', 'shall', 'may', 'might', 'can', 'could']);
/** Who sends things to the shopper: "AliPay envía un código", "la página envía…". */
const SENDERS = new Set([
  'aliexpress',
  'alipay',
  'pagina',
  'web',
  'sistema',
  'app',
  'banco',
  'correo',
]);
/** "te envía", "se envía", "le enviamos": the shopper receives, or nobody in particular sends. */
const RECEIVER_BEFORE_ES = new Set(['te', 'se', 'le', 'les']);

function someoneElseActs(words: readonly string[], i: number): boolean {
  const before = words[i - 1] ?? '';
  const subject = words[i - 2] ?? '';
  if (MODALS.has(before)) return subject !== 'you' && subject !== 'please';
  return before.endsWith("'ll") && before !== "you'll";
}

/** "Send it to", "share them with", "send us it": a thing named before, handed to someone. */
function handsOverThing(words: readonly string[], i: number): boolean {
  const next = words[i + 1] ?? '';
  const after = words[i + 2] ?? '';
  if (THING_WORDS.has(next)) return after === 'to' || after === 'with';
  return (next === 'us' || next === 'me') && THING_WORDS.has(after);
}

function verbAt(words: readonly string[], i: number): Verb | null {
  const word = words[i] ?? '';
  const next = words[i + 1] ?? '';
  if (someoneElseActs(words, i)) return null;
  if (GIVE_EN.has(word) || (GIVE_EN_IF_OBJECT.has(word) && OBJECT_WORDS.has(next))) {
    // "We send you a code": the shopper receives it.
    if (next === 'you' || next === 'yourself') return null;
    return { kind: 'give', pronoun: handsOverThing(words, i) };
  }
  if (TYPE_EN.has(word)) {
    if (word === 'key' && next !== 'in') return null;
    if (word === 'write' && words.slice(i + 1, i + 1 + OBJECT_REACH).includes('down')) return null;
    return { kind: 'type', pronoun: false };
  }
  const before = words[i - 1] ?? '';
  const give = GIVE_ES.exec(word);
  if (give || TYPE_ES.test(word)) {
    if (RECEIVER_BEFORE_ES.has(before) || SENDERS.has(before)) return null;
  }
  if (give) {
    const clitics = give[1] ?? give[2] ?? '';
    if (/^te/.test(clitics)) return null;
    // "envíalo a", "compártelo con", "dánoslo": a thing named before, handed to someone.
    const toSomeone =
      /^(?:me|se|nos|le|les)/.test(clitics) || ['a', 'al', 'con', 'por'].includes(next);
    return { kind: 'give', pronoun: THING_PRONOUN.test(clitics) && toSomeone };
  }
  if (TYPE_ES.test(word)) return { kind: 'type', pronoun: false };
  return null;
}

function isNegated(words: readonly string[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - NEGATION_REACH; k--) {
    const word = words[k] ?? '';
    if (CLAUSE_WORDS.has(word) || NEGATION_UNDOERS.has(word)) return false;
    if (NEGATIONS.has(word)) return true;
  }
  return false;
}

/**
 * Typing into a field of the site, named as the site names it ("type the code
 * shown into “Verification code”"), is how the journey works, not a request
 * from the pack: the field becomes one word the verb can see.
 */
const SITE_FIELD = 'site-field';
const SITE_WORDINGS = new Set(
  Object.values(DEFAULT_LABELS).flatMap((byLocale) => Object.values(byLocale).map(normalizeText)),
);
const INTO_QUOTED = /\b(into|in|en)\s+[“«"‘']([^”»"’'<>]{1,80})[”»"’']/giu;

function markSiteFields(text: string): string {
  return text.replace(INTO_QUOTED, (whole, into: string, name: string) =>
    SITE_WORDINGS.has(normalizeText(name)) ? `${into} ${SITE_FIELD}` : whole,
  );
}

/** Clauses of lower-case words without accents; punctuation and quotation marks end a clause. */
function clauses(text: string): string[][] {
  const plain = markSiteFields(text)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    // An apostrophe inside a word ("don’t") is part of it; elsewhere it is a quotation mark.
    .replace(/(\p{L})[’'](\p{L})/gu, "$1'$2")
    // "Never, ever share…": one negation, not two clauses.
    .replace(/\b(never|nunca|jamas)\s*,\s*(ever|nunca|jamas)\b/gu, '$1 $2');
  return plain
    .split(/[.!?;:,()[\]{}“”„«»"‘’¿¡…—–]|(?<!\p{L})'|'(?!\p{L})|\s-\s/u)
    .map((clause) => clause.match(/[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu) ?? [])
    .filter((words) => words.length > 0);
}

function asksForSecret(text: string): boolean {
  const all = clauses(text);
  let secretSoFar = false;
  for (const words of all) {
    for (let i = 0; i < words.length; i++) {
      const verb = verbAt(words, i);
      const intoSiteField = verb?.kind === 'type' && words.slice(i + 1).includes(SITE_FIELD);
      if (verb && !intoSiteField && !isNegated(words, i)) {
        for (let j = i + 1; j < words.length && j <= i + OBJECT_REACH; j++) {
          if (CLAUSE_WORDS.has(words[j] ?? '')) break;
          if (isSecretAt(words, j)) return true;
        }
        // "Your PIN? Share it with our agent." The secret was named before, the verb hands "it" over.
        if (verb.kind === 'give' && verb.pronoun && secretSoFar) return true;
      }
      if (isSecretAt(words, i)) secretSoFar = true;
    }
  }
  return false;
}

// ---- the checks --------------------------------------------------------------

/** What is wrong with a text a pack shows, or null. The order is the order of the checks. */
export function packTextProblem(text: string): TextProblem | null {
  if (EMAIL.test(text) || HANDLE.test(text)) return 'email';
  if (hasForeignAddress(text)) return 'link';
  if (hasPhoneNumber(text)) return 'phone';
  if (asksForSecret(text)) return 'secret';
  return null;
}

export const MIN_WORDING_LENGTH = 4;

/**
 * A wording the guide decides by must still mean something once normalised:
 * at least four letters or digits (quotes, spaces and punctuation do not
 * count), at least one of them a letter. "OK", "“OK”", "1/2" or "..." would
 * match far too much of a page.
 */
export function isMeaningfulWording(text: string): boolean {
  const normal = normalizeText(text);
  const signs = normal.match(/[\p{L}\p{N}]/gu) ?? [];
  return signs.length >= MIN_WORDING_LENGTH && /\p{L}/u.test(normal);
}
