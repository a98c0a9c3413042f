import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { inlinePageCss } from './scripts/inline-page-css';
import { prerenderPopup } from './scripts/prerender-popup';

// The gecko id is also what the Firefox end-to-end tests map to a fixed UUID.
export const GECKO_ID = 'backstride@backstride.app';

export default defineConfig({
  // The product owner's layout has no top-level public/ folder: static files live in assets/public.
  publicDir: 'assets/public',
  webExt: { disabled: true },
  vite: () => ({
    plugins: [preact(), prerenderPopup(), inlinePageCss('entrypoints/popup/index.html')],
    // webextension-polyfill in every page and the worker, imported so that nothing enumerates the
    // browser object (lib/browser/polyfill.cjs says why).
    resolve: { alias: { 'wxt/browser': fileURLToPath(new URL('lib/browser/polyfill.ts', import.meta.url)) } },
    // Chrome and Firefox both support <link rel="modulepreload">: the polyfill would be dead weight
    // in every page (the popup opens on every click).
    build: { modulePreload: { polyfill: false } },
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
