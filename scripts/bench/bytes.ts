/**
 * Byte counts of a built extension: what each page loads, the background script, the whole unpacked
 * folder and the store zips. No lib/ imports, so both `npm run bench` (plain Node) and the e2e byte
 * budget test (Vitest) use it.
 *
 * "gzip" is each file gzipped on its own at level 9 and summed: what a store or a disk cache would
 * hold per file; an extension's files are never transferred over the network.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, posix, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface FileBytes {
  file: string;
  raw: number;
  gzip: number;
}

export interface Bytes {
  raw: number;
  gzip: number;
  files: FileBytes[];
}

export function gzipSize(data: Buffer | string): number {
  return gzipSync(data, { level: 9 }).length;
}

function fileBytes(root: string, file: string): FileBytes {
  const data = readFileSync(join(root, file));
  return { file, raw: data.length, gzip: gzipSize(data) };
}

function total(root: string, files: Iterable<string>): Bytes {
  const list = [...files].sort().map((f) => fileBytes(root, f));
  return {
    raw: list.reduce((s, f) => s + f.raw, 0),
    gzip: list.reduce((s, f) => s + f.gzip, 0),
    files: list,
  };
}

/** A URL in a page or chunk, as a path relative to the extension root ('' when it is not ours). */
function toRootPath(ref: string, fromFile: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(ref) || ref.startsWith('//')) return '';
  const clean = ref.split(/[?#]/)[0]!;
  const path = clean.startsWith('/') ? clean.slice(1) : posix.join(posix.dirname(fromFile), clean);
  return posix.normalize(path);
}

/** Static imports (`import … from "x"`, `import "x"`, `export … from "x"`) of a built ES module chunk. */
export function staticImports(code: string): string[] {
  const found: string[] = [];
  // Minified output: `import{a as b}from"./x.js"`, `import"./x.js"`, `export{…}from"./x.js"`.
  const re = /(?:^|[;\s})])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g;
  for (const m of code.matchAll(re)) found.push(m[1]!);
  return found;
}

/**
 * Everything an HTML page of the extension loads before it can run: its module scripts, modulepreloads
 * and stylesheets, plus every chunk those scripts import statically (dynamic imports are not followed:
 * they load later, on demand).
 */
export function pageAssets(root: string, html: string): { js: string[]; css: string[] } {
  const page = readFileSync(join(root, html), 'utf8');
  const js = new Set<string>();
  const css = new Set<string>();
  const queue: string[] = [];
  const addJs = (path: string) => {
    if (!path || js.has(path) || !existsSync(join(root, path))) return;
    js.add(path);
    queue.push(path);
  };
  for (const tag of page.match(/<(script|link)\b[^>]*>/gi) ?? []) {
    const attr = (name: string) => new RegExp(`\\b${name}\\s*=\\s*["']([^"']*)["']`, 'i').exec(tag)?.[1];
    if (/^<script/i.test(tag)) {
      const src = attr('src');
      if (src) addJs(toRootPath(src, html));
    } else {
      const rel = (attr('rel') ?? '').toLowerCase().split(/\s+/);
      const href = attr('href');
      if (!href) continue;
      if (rel.includes('stylesheet')) {
        const path = toRootPath(href, html);
        if (path && existsSync(join(root, path))) css.add(path);
      } else if (rel.includes('modulepreload')) addJs(toRootPath(href, html));
    }
  }
  while (queue.length) {
    const file = queue.shift()!;
    for (const spec of staticImports(readFileSync(join(root, file), 'utf8'))) {
      const path = toRootPath(spec, file);
      if (path.endsWith('.css')) {
        if (existsSync(join(root, path))) css.add(path);
      } else addJs(path);
    }
  }
  return { js: [...js], css: [...css] };
}

/** CSS written into the page itself (<style> blocks), counted as CSS the page loads. */
function inlineCss(root: string, html: string): FileBytes[] {
  const page = readFileSync(join(root, html), 'utf8');
  return [...page.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/gi)].map((m, i) => ({
    file: `${html} <style>${i ? ` #${i + 1}` : ''}`,
    raw: Buffer.byteLength(m[1]!),
    gzip: gzipSize(m[1]!),
  }));
}

export function pageBytes(root: string, html: string): Bytes & { js: Bytes; css: Bytes } {
  const { js, css } = pageAssets(root, html);
  const inline = inlineCss(root, html);
  const jsBytes = total(root, js);
  const cssFiles = total(root, css);
  const cssBytes: Bytes = {
    raw: cssFiles.raw + inline.reduce((s, f) => s + f.raw, 0),
    gzip: cssFiles.gzip + inline.reduce((s, f) => s + f.gzip, 0),
    files: [...cssFiles.files, ...inline],
  };
  return {
    raw: jsBytes.raw + cssBytes.raw,
    gzip: jsBytes.gzip + cssBytes.gzip,
    files: [...jsBytes.files, ...cssBytes.files],
    js: jsBytes,
    css: cssBytes,
  };
}

function listFiles(dir: string, root = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path, root) : [relative(root, path).split('\\').join('/')];
  });
}

export function folderBytes(root: string): Bytes & { count: number } {
  const files = listFiles(root);
  return { ...total(root, files), count: files.length };
}

/** The background service worker's script, as the manifest names it. */
export function backgroundFile(root: string): string {
  const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'));
  return manifest.background?.service_worker ?? manifest.background?.scripts?.[0] ?? 'background.js';
}

export function backgroundBytes(root: string): Bytes {
  const file = backgroundFile(root);
  const files = new Set([file]);
  // A module worker could import chunks; WXT's background is one classic script, but follow them anyway.
  const queue = [file];
  while (queue.length) {
    const f = queue.shift()!;
    for (const spec of staticImports(readFileSync(join(root, f), 'utf8'))) {
      const path = toRootPath(spec, f);
      if (path && !files.has(path) && existsSync(join(root, path))) {
        files.add(path);
        queue.push(path);
      }
    }
  }
  return total(root, files);
}

/**
 * Scripts the worker loads only in some browsers, by `importScripts("…")` (webextension-polyfill
 * where the browser has no `browser` of its own: lib/browser/worker-browser.ts). Not in
 * backgroundBytes: Chrome 156 and Firefox never load them.
 */
export function backgroundFallbackBytes(root: string): Bytes {
  const code = readFileSync(join(root, backgroundFile(root)), 'utf8');
  const files = [...code.matchAll(/importScripts\(\s*["']([^"']+)["']/g)]
    .map((m) => toRootPath(m[1]!, backgroundFile(root)))
    .filter((path) => path && existsSync(join(root, path)));
  return total(root, new Set(files));
}

/** The store zips `wxt zip` wrote next to a build folder (…/.output/<name>-<version>-<browser>.zip). */
export function zipBytes(outputDir: string): { file: string; raw: number }[] {
  if (!existsSync(outputDir)) return [];
  return readdirSync(outputDir)
    .filter((f) => f.endsWith('.zip'))
    .sort()
    .map((f) => ({ file: f, raw: statSync(join(outputDir, f)).size }));
}

export const REPO_ROOT = resolve(dirname(new URL(import.meta.url).pathname), '../..');
