/**
 * Lets plain Node 22 (type stripping, no bundler) import the extension's lib/ code, which is written
 * for Vite: relative imports without an extension (`./types`) and the `@/` alias for the repo root.
 * Imported for its side effect, before any lib/ module is loaded (see index.ts).
 */
import { existsSync, statSync } from 'node:fs';
import { registerHooks } from 'node:module';
import { resolve as resolvePath } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolvePath(fileURLToPath(new URL('../..', import.meta.url)));
const EXTENSIONS = ['.ts', '.tsx', '/index.ts'];

const isFile = (path: string) => existsSync(path) && statSync(path).isFile();

registerHooks({
  resolve(specifier, context, nextResolve) {
    let base: string | null = null;
    if (specifier.startsWith('@/')) base = resolvePath(ROOT, specifier.slice(2));
    else if ((specifier.startsWith('./') || specifier.startsWith('../')) && context.parentURL?.startsWith('file:'))
      base = fileURLToPath(new URL(specifier, context.parentURL));
    if (base && !base.includes('/node_modules/')) {
      const found = isFile(base) ? base : EXTENSIONS.map((ext) => base + ext).find(isFile);
      if (found) return nextResolve(pathToFileURL(found).href, context);
    }
    return nextResolve(specifier, context);
  },
});
