import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { createServer, type Plugin } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Puts the popup's first paint into popup.html at build time (entrypoints/popup/prerender.tsx). The
 * popup opens on every click: with the markup in the HTML, the browser paints it straight away instead
 * of waiting for the scripts to load and render.
 */
export function prerenderPopup(): Plugin {
  return {
    name: 'backstride:prerender-popup',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      async handler(html, ctx) {
        if (!ctx.path.endsWith('/popup/index.html')) return html;
        const server = await createServer({
          configFile: false,
          root,
          logLevel: 'error',
          appType: 'custom',
          server: { middlewareMode: true, hmr: false, ws: false },
          resolve: { alias: { '@': root.replace(/\/$/, '') } },
          plugins: [preact({ prefreshEnabled: false })],
        });
        try {
          const { renderFirstPaint } = (await server.ssrLoadModule('/entrypoints/popup/prerender.tsx')) as {
            renderFirstPaint: () => Promise<string>;
          };
          const markup = await renderFirstPaint();
          if (!html.includes('<div id="app"></div>')) throw new Error('popup.html has no empty #app to fill');
          return html.replace('<div id="app"></div>', `<div id="app">${markup}</div>`);
        } finally {
          await server.close();
        }
      },
    },
  };
}
