import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { createServer, type Plugin } from 'vite';
import type { FirstPaint } from '../entrypoints/popup/prerender';

const root = fileURLToPath(new URL('..', import.meta.url));
const EMPTY_APP = '<div id="app"></div>';

async function renderFirstPaints(): Promise<FirstPaint[]> {
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
    const module = (await server.ssrLoadModule('/entrypoints/popup/prerender.tsx')) as {
      renderFirstPaints: () => Promise<FirstPaint[]>;
    };
    return await module.renderFirstPaints();
  } finally {
    await server.close();
  }
}

/** `html` with the page's language and direction on <html> and its first paint in #app. */
function fill(html: string, page: FirstPaint): string {
  if (!html.includes(EMPTY_APP)) throw new Error('popup.html has no empty #app to fill');
  return html
    .replace(/<html\b[^>]*>/, `<html lang="${page.lang}" dir="${page.dir}">`)
    .replace(EMPTY_APP, `<div id="app">${page.markup}</div>`);
}

/** The first paints of the last build (the plugin renders them; writeLocalePopups writes the others). */
let pages: FirstPaint[] = [];

/**
 * Puts the popup's first paint into its HTML at build time (entrypoints/popup/prerender.tsx), once per
 * language: popup.html in English, and popup-de.html, popup-ar.html, … each with its own lang, dir and
 * text. The popup opens on every click: with the markup in the HTML, the browser paints it straight
 * away instead of waiting for the scripts to load and render, and in the user's language, since the
 * background points the toolbar button at the page of the browser's language (action.setPopup).
 */
export function prerenderPopup(): Plugin {
  return {
    name: 'backstride:prerender-popup',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      async handler(html, ctx) {
        if (!ctx.path.endsWith('/popup/index.html')) return html;
        pages = await renderFirstPaints();
        return fill(html, pages[0]!);
      },
    },
  };
}

/**
 * Writes the other languages' pages next to the finished popup.html (WXT's build:done hook: WXT
 * refuses HTML files in the bundle that are not entrypoints). Each is a copy of it, with the same
 * scripts and inlined stylesheet, and its own lang, dir and markup.
 */
export function writeLocalePopups(outDir: string): void {
  if (!pages.length) return;
  const [english, ...others] = pages;
  const source = readFileSync(join(outDir, 'popup.html'), 'utf8');
  const englishApp = `<div id="app">${english!.markup}</div>`;
  if (!source.includes(englishApp)) throw new Error('popup.html lost its prerendered markup');
  const template = source.replace(englishApp, EMPTY_APP);
  for (const page of others) writeFileSync(join(outDir, page.file), fill(template, page));
}
