import type { Plugin } from 'vite';

/**
 * Moves a page's own stylesheet into a <style> in its HTML. With the first paint prerendered into the
 * HTML (prerender-popup.ts), the separate stylesheet was the last file the browser had to read before
 * it could paint the popup. (Extension pages' default CSP restricts scripts, not styles.)
 */
export function inlinePageCss(htmlKey: string): Plugin {
  return {
    name: 'backstride:inline-page-css',
    enforce: 'post',
    apply: 'build',
    generateBundle(_options, bundle) {
      const html = bundle[htmlKey];
      if (!html || html.type !== 'asset') return;
      html.source = String(html.source).replace(
        /<link rel="stylesheet"[^>]*href="\/([^"]+\.css)"[^>]*>/g,
        (tag, file: string) => {
          const css = bundle[file];
          if (!css || css.type !== 'asset') return tag;
          delete bundle[file];
          return `<style>${String(css.source).trim()}</style>`;
        },
      );
    },
  };
}
