/**
 * The leak check must catch a typed secret wherever it stands alone, and must
 * not cry wolf when digits belong to a time (a CI soak run once found the
 * CVV "737" as the milliseconds of an ISO timestamp in the support report).
 */
import { describe, expect, it } from 'vitest';
import { expectNoSecrets } from '../../harness/leak-probe';

const SECRETS = ['737', '246810', '4242 4242 4242 4242'];

describe('expectNoSecrets', () => {
  it('ignores digits inside ids, timestamps and times of day', () => {
    expect(() =>
      expectNoSecrets(
        'a report',
        '{"at":1764449737123,"when":"2026-11-29T20:57:37.737Z","shown":"20:57:37"}',
        SECRETS,
      ),
    ).not.toThrow();
  });

  it('finds a secret that stands alone, even next to a time', () => {
    for (const leak of ['cvv 737', '"737"', 'at 20:57 PIN 246810', 'card 4242 4242 4242 4242']) {
      expect(() => expectNoSecrets('a report', leak, SECRETS), leak).toThrow(/found in a report/);
    }
  });
});
