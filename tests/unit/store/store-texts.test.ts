/**
 * The store listing and privacy policy (.store/, issue #14) against what a
 * reviewer would check: the English and Spanish texts have the same sections in
 * the same order; name and summary are the manifest's own and fit the Chrome
 * Web Store's 132 characters; the permissions named are exactly the ones the
 * manifest asks for; every control quoted is one the UI really shows, in the
 * same language; and there is no contact detail or link that could speak for
 * the publisher. Plain text checks, no build.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Catalogue, CatalogueLanguage } from '@/utils/i18n/catalogue';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const read = (file: string) => readFileSync(`${ROOT}/${file}`, 'utf8');

/** The Chrome Web Store's limit for the summary (the manifest's description). */
const SUMMARY_MAX = 132;

/**
 * What the manifest asks for. tests/package/manifest-scope.test.ts holds the
 * built manifests to this same list (`permissions` and the content script's
 * `matches`); change both together, with the texts.
 */
const PERMISSIONS = ['storage'];
const HOST_PATTERNS = [
  'https://*.aliexpress.com/*',
  '*://aliexpress.localhost/*',
  'https://*.alipay.com/*',
  '*://alipay.localhost/*',
];

/** API permissions a text must not claim, written as code (`tabs`): the common ones. */
const OTHER_PERMISSIONS = [
  'activeTab',
  'alarms',
  'bookmarks',
  'browsingData',
  'clipboardRead',
  'clipboardWrite',
  'contextMenus',
  'cookies',
  'declarativeNetRequest',
  'downloads',
  'history',
  'identity',
  'management',
  'nativeMessaging',
  'notifications',
  'scripting',
  'tabs',
  'unlimitedStorage',
  'webNavigation',
  'webRequest',
  '<all_urls>',
];

/** The only domains a text may name: the two sites, their practice hosts, the two stores. */
const ALLOWED_DOMAINS = [
  'aliexpress.com',
  'alipay.com',
  'aliexpress.localhost',
  'alipay.localhost',
  'chromewebstore.google.com',
  'addons.mozilla.org',
];

/** Each document's `##` sections, in order, as [English, Spanish]. */
const SECTIONS = {
  listing: [
    ['Name', 'Nombre'],
    ['Summary', 'Resumen'],
    ['Description', 'Descripción'],
    ['Single purpose', 'Propósito único'],
    ['Permissions', 'Permisos'],
    ['Data use', 'Uso de datos'],
  ],
  privacy: [
    ['In short', 'En resumen'],
    ['What is collected', 'Qué se recopila'],
    ['What is sent', 'Qué se envía'],
    ['What stays on your device', 'Qué se queda en tu dispositivo'],
    ['What is never read or stored', 'Qué nunca se lee ni se guarda'],
    ['The support report', 'El informe para soporte'],
    ['Permissions', 'Permisos'],
    ['How to erase your data', 'Cómo borrar tus datos'],
    ['Changes to this policy', 'Cambios en esta política'],
    ['Contact', 'Contacto'],
  ],
} as const;

type Doc = keyof typeof SECTIONS;
const LANGS: readonly CatalogueLanguage[] = ['en', 'es'];
const DOCS = Object.keys(SECTIONS) as Doc[];
const langIndex = (lang: CatalogueLanguage) => (lang === 'en' ? 0 : 1);

/** `##` heading → its body, in order (the `#` title and intro are not a section). */
function sections(text: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const part of text.split(/^## /m).slice(1)) {
    const [heading = '', ...body] = part.split('\n');
    map.set(heading.trim(), body.join('\n').trim());
  }
  return map;
}

function section(doc: Doc, lang: CatalogueLanguage, en: string): string {
  const names = SECTIONS[doc].find(([name]) => name === en);
  if (!names) throw new Error(`No section ${en} in ${doc}`);
  const body = sections(text(doc, lang)).get(names[langIndex(lang)]);
  if (body === undefined) throw new Error(`${file(doc, lang)} has no section ${names[1]}`);
  return body;
}

const file = (doc: Doc, lang: CatalogueLanguage) => `.store/${doc}.${lang}.md`;
const text = (doc: Doc, lang: CatalogueLanguage) => read(file(doc, lang));
const codeSpans = (s: string) => [...s.matchAll(/`([^`]+)`/g)].map((m) => m[1] ?? '');

const catalogue = (lang: CatalogueLanguage) =>
  JSON.parse(read(`public/_locales/${lang}/messages.json`)) as Catalogue;

/** What is quoted as a UI name: “…” and "…" in English, «…» too in Spanish; code spans aside. */
function quotedNames(s: string): string[] {
  const prose = s.replace(/`[^`]*`/g, '');
  return [...prose.matchAll(/“([^”]+)”|«([^»]+)»|"([^"]+)"/g)].map((m) =>
    (m[1] ?? m[2] ?? m[3] ?? '').replace(/\s+/g, ' '),
  );
}

const allowedHost = (host: string) => {
  const h = host.toLowerCase().replace(/^\*\./, '');
  return ALLOWED_DOMAINS.some((d) => h === d || h.endsWith(`.${d}`));
};

describe.each(DOCS)('.store/%s', (doc) => {
  it('has the same sections, in the same order, in English and Spanish', () => {
    for (const lang of LANGS) {
      expect([...sections(text(doc, lang)).keys()], file(doc, lang)).toEqual(
        SECTIONS[doc].map((names) => names[langIndex(lang)]),
      );
    }
  });

  it.each(LANGS)('names exactly the permissions the manifest asks for (%s)', (lang) => {
    const all = text(doc, lang);
    const named = codeSpans(section(doc, lang, 'Permissions'));
    expect(new Set(named)).toEqual(new Set([...PERMISSIONS, ...HOST_PATTERNS]));
    // Nowhere else in the text may another host pattern or permission appear.
    for (const span of codeSpans(all)) {
      if (span.includes('://')) expect(HOST_PATTERNS, span).toContain(span);
      expect(OTHER_PERMISSIONS, span).not.toContain(span);
    }
  });

  it.each(LANGS)('quotes only names the UI shows in that language (%s)', (lang) => {
    const ui = new Set(Object.values(catalogue(lang)).map((entry) => entry.message));
    const quoted = quotedNames(text(doc, lang));
    expect(quoted.filter((name) => !ui.has(name))).toEqual([]);
  });

  it.each(LANGS)('has no email address, phone number or outside link (%s)', (lang) => {
    const all = text(doc, lang);
    expect(all.match(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g) ?? []).toEqual([]);
    const withoutDates = all.replace(/\b\d{4}-\d{2}-\d{2}\b/g, '');
    expect(withoutDates.match(/\+?\d[\d ().-]{5,}\d/g) ?? []).toEqual([]);
    const urlHosts = [...all.matchAll(/(?:[a-z][a-z0-9+.-]*|\*):\/\/([^\s/)`>'"]+)/gi)].map(
      (m) => m[1] ?? '',
    );
    const domains =
      all.match(
        /\b(?:[a-z0-9-]+\.)+(?:com|org|net|io|es|mx|ar|co|cl|pe|info|app|dev|me|page|site|shop|store|localhost)\b(?![.-]?\w)/gi,
      ) ?? [];
    expect([...urlHosts, ...domains].filter((host) => !allowedHost(host))).toEqual([]);
  });
});

describe.each(LANGS)('.store/listing.%s.md', (lang) => {
  const strings = catalogue(lang);

  it('shows the manifest name and summary, the summary within the Chrome Web Store limit', () => {
    const summary = section('listing', lang, 'Summary');
    expect(summary.length).toBeLessThanOrEqual(SUMMARY_MAX);
    expect(summary).toBe(strings.extDescription?.message);
    expect(section('listing', lang, 'Name')).toBe(strings.extName?.message);
  });
});

describe.each(LANGS)('.store/privacy.%s.md', (lang) => {
  it('says when it takes effect and quotes the controls that erase data', () => {
    const policy = text('privacy', lang);
    expect(policy).toContain('2026-11-29');
    const erase = quotedNames(section('privacy', lang, 'How to erase your data'));
    const strings = catalogue(lang);
    for (const key of ['resetAll', 'resetYes', 'packRemove', 'packRemoveYes']) {
      expect(erase).toContain(strings[key]?.message);
    }
  });
});
