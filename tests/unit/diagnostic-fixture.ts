/** A "this page looks different" note's fields (ids only), shared by the tests that need one. */
export const NOTE_FIELDS = {
  site: 'alipay',
  pageId: 'ap-connect',
  step: 'sync',
  expected: 'connect',
  found: ['connectHeading'],
  missing: ['connect'],
} as const;
