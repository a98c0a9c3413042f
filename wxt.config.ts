import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { inlinePageCss } from './scripts/inline-page-css';
import { prerenderPopup } from './scripts/prerender-popup';

// The gecko id is also what the Firefox end-to-end tests map to a fixed UUID.
export const GECKO_ID = 'backstride@backstride.app';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // The product owner's layout has no top-level public/ folder: static files live in assets/public.
  publicDir: 'assets/public',
  webExt: { disabled: true },
  // The sources zip AMO asks for: not the bench's outputs (bench/tmp holds its comparison extensions).
  zip: { excludeSources: ['bench/tmp/**', 'bench/results.json'] },
  vite: () => ({
    plugins: [preact(), prerenderPopup(), inlinePageCss('entrypoints/popup/index.html')],
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
    permissions: ['alarms', 'notifications', 'storage', 'idle'],
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
