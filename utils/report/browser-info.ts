/**
 * The browser line of a support report, from the user agent: which engine
 * family and its version number, nothing else (no OS, no device). Edge, Opera
 * and other Chromium browsers are "other": their own version is what matters.
 */
import type { ReportBrowser } from './report-schema';

export function browserFromUserAgent(userAgent: string): ReportBrowser {
  const firefox = /\bFirefox\/(\d{1,9}(?:\.\d{1,9}){0,3})/.exec(userAgent);
  if (firefox?.[1]) return { name: 'firefox', version: firefox[1] };
  if (/\b(Edg|EdgA|OPR|SamsungBrowser|YaBrowser)\//.test(userAgent)) return { name: 'other' };
  const chrome = /\b(?:Chrome|Chromium)\/(\d{1,9}(?:\.\d{1,9}){0,3})/.exec(userAgent);
  if (chrome?.[1]) return { name: 'chrome', version: chrome[1] };
  return { name: 'other' };
}
