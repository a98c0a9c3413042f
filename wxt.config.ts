import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { inlinePageCss } from './scripts/inline-page-css';
import { prerenderPopup, writeLocalePopups } from './scripts/prerender-popup';
import { POLYFILL_FILE } from './lib/browser/polyfill-file';

const require = createRequire(import.meta.url);
const WORKER_BROWSER = fileURLToPath(new URL('lib/browser/worker-browser.ts', import.meta.url));

// The gecko id is also what the Firefox end-to-end tests map to a fixed UUID.
export const GECKO_ID = 'backstride@backstride.app';

export default defineConfig({
  // The product owner's layout has no top-level public/ folder: static files live in assets/public.
  publicDir: 'assets/public',
  webExt: { disabled: true },
  // The sources zip AMO asks for: not the bench's outputs (bench/tmp holds its comparison extensions),
  // nor the documentation's screenshots (4 MB of PNGs no build reads).
  zip: { excludeSources: ['bench/tmp/**', 'bench/results.json', 'docs/screenshots/**', 'assets/screenshots/**'] },
  hooks: {
    // Chrome plays the chime in an offscreen document (entrypoints/background/sound.ts). Two plain
    // files rather than a bundled page: every bundled page shares WXT's page script with the popup,
    // which would then load one more (empty) chunk before its first paint. Firefox needs neither.
    'build:publicAssets': (wxt, files) => {
      if (wxt.config.browser === 'firefox') return;
      for (const name of ['offscreen.html', 'offscreen.js'])
        files.push({ absoluteSrc: resolve('assets/offscreen', name), relativeDest: name });
      // webextension-polyfill for a Chrome without its own `browser` (lib/browser/worker-browser.ts),
      // without the link to a source map the package does not ship here.
      const polyfill = readFileSync(require.resolve('webextension-polyfill/dist/browser-polyfill.min.js'), 'utf8');
      files.push({ contents: polyfill.replace(/^\/\/# sourceMappingURL=.*$/m, ''), relativeDest: POLYFILL_FILE });
    },
    // The popup prerendered in each language next to popup.html (scripts/prerender-popup.ts).
    'build:done': (wxt) => writeLocalePopups(wxt.config.outDir),
    // Scripts are minified with terser (a build tool, the source is unchanged): its compression takes
    // about 320 B gzip more off the worker, which starts for every reminder, and 173 B more off the
    // popup's first paint, than the default minifier does (docs/BENCHMARKS.md). Dev builds stay unminified.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (config.build?.minify !== false)
        config.build = { ...config.build, minify: 'terser', terserOptions: { ecma: 2020, compress: { passes: 3 } } };
      if (!entrypoints.some((e) => e.type === 'background')) return;
      // The worker's `browser` loads the polyfill only where the browser has no `browser` of its own.
      const alias = config.resolve?.alias ?? [];
      const worker = { find: 'wxt/browser', replacement: WORKER_BROWSER };
      config.resolve = {
        ...config.resolve,
        alias: Array.isArray(alias)
          ? [worker, ...alias]
          : [worker, ...Object.entries(alias).map(([find, replacement]) => ({ find, replacement }))],
      };
    },
  },
  vite: () => ({
    plugins: [preact(), prerenderPopup(), inlinePageCss('entrypoints/popup/index.html')],
    // The pages' `browser`: the browser's own, or where it has none webextension-polyfill, loaded then
    // (lib/browser/page-browser.ts) and imported so that nothing enumerates the browser object
    // (lib/browser/polyfill.cjs says why). The worker's is aliased above (worker-browser.ts).
    resolve: { alias: { 'wxt/browser': fileURLToPath(new URL('lib/browser/page-browser.ts', import.meta.url)) } },
    build: {
      modulePreload: {
        // Chrome and Firefox both support <link rel="modulepreload">: the polyfill would be dead weight
        // in every page (the popup opens on every click).
        polyfill: false,
        // Pages keep their <link rel="modulepreload"> tags, but a lazy import() does not append preload
        // links for its chunks' imports: in the popup, appending them cost 5-15 ms of main-thread work
        // (profiled) right before the popup reads storage and enables "Start walk". Stylesheets of lazy
        // chunks are still loaded with them.
        resolveDependencies: (_file, deps, { hostType }) => (hostType === 'html' ? deps : []),
      },
    },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Offscreen documents are Chrome's way to play a sound from an MV3 extension (the chime);
    // Firefox plays it from its background page and has no such permission.
    permissions: ['alarms', 'notifications', 'storage', 'idle', ...(browser === 'firefox' ? [] : ['offscreen'])],
    // Alt+Shift+letter on Windows, Linux and ChromeOS: never typed text, and these letters are free.
    // Chromium silently skips a suggested key it uses itself: 156 takes Alt+Shift+A B C I N P R T W X Z
    // (measured; tests/e2e/journeys.e2e.test.ts checks the three are assigned), ChromeOS also L M S.
    // O opens, G is "go for a walk", Q is "quiet". On a Mac, Option+Shift types characters and
    // Command+Shift is taken (Command+Shift+Q logs out), so Control+Shift there. Chrome honours at most
    // four suggested keys: three here.
    commands: {
      _execute_action: {
        suggested_key: { default: 'Alt+Shift+O', mac: 'MacCtrl+Shift+O' },
        description: '__MSG_commandOpenPopup__',
      },
      'toggle-walk': {
        suggested_key: { default: 'Alt+Shift+G', mac: 'MacCtrl+Shift+G' },
        description: '__MSG_commandToggleWalk__',
      },
      'toggle-pause': {
        suggested_key: { default: 'Alt+Shift+Q', mac: 'MacCtrl+Shift+Q' },
        description: '__MSG_commandTogglePause__',
      },
    },
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              // 140 is the first ESR that knows data_collection_permissions.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
