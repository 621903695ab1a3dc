// Puppeteer must never download a browser: tests use the system Chromium / Firefox
// (see tests/e2e/support/browsers.ts for how one is found).
module.exports = { skipDownload: true };
