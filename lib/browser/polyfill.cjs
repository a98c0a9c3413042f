// webextension-polyfill, wrapped in an object. Imported straight from an ES module, the bundler's
// CommonJS interop copies every property of the polyfill's export; in Chrome that export is Chrome's
// own `browser` object, and reading all of it materialises every extension API (about 30 KB of worker
// heap, 98 KB in an empty worker). Through this wrapper the interop sees one property.
module.exports = { browser: require('webextension-polyfill') };
