import { describe, expect, it } from 'vitest';
import {
  FIX_COMMAND,
  majorVersion,
  minimumVersions,
  versionProblem,
} from '../../harness/check-browsers';

describe('browser version check', () => {
  it('reads the major version from what each browser prints', () => {
    expect(majorVersion('Chromium 156.0.8078.108 built on Debian GNU/Linux 12 (bookworm)')).toBe(
      156,
    );
    expect(majorVersion('Mozilla Firefox 153.8.0esr')).toBe(153);
    expect(majorVersion('no version here')).toBeUndefined();
  });

  it('passes a browser at or above the minimum', () => {
    expect(versionProblem('chromium', '/usr/bin/chromium', 'Chromium 156.0.1', 156)).toBeNull();
    expect(
      versionProblem('firefox-esr', '/usr/bin/firefox-esr', 'Mozilla Firefox 160.0esr', 153),
    ).toBeNull();
  });

  it('names the version found, the version needed and the fix for an older one', () => {
    const message = versionProblem(
      'firefox-esr',
      '/usr/bin/firefox-esr',
      'Mozilla Firefox 140.5.0esr',
      153,
    );
    expect(message).toContain('version 140');
    expect(message).toContain('firefox-esr 153 or newer');
    expect(message).toContain(FIX_COMMAND);
    expect(message).toContain('FIREFOX_PATH');
  });

  it('keeps the minimum versions in one file, as whole numbers', () => {
    const min = minimumVersions();
    expect(Number.isInteger(min.chromium) && Number.isInteger(min['firefox-esr'])).toBe(true);
  });
});
