// webextension-polyfill, as a named export of a CommonJS file. Imported straight from an ES module
// (or as this file's default export), the bundler's CommonJS interop copies every property of the
// polyfill's export; in Chrome that export is Chrome's own `browser` object, and reading all of it
// materialises every extension API (about 30 KB of worker heap, 98 KB in an empty worker, ~5 ms of
// popup start-up). A named import of `exports.browser` reads that one property only (measured:
// scripts/bench/fixtures.ts, the API-floor worker).
exports.browser = require('webextension-polyfill');
