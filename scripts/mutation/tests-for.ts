/**
 * Which test files can kill a mutant of a source file: the test folders mapped to the source's
 * folder (TEST_MAP), narrowed to the test files that import the source, directly or through other
 * modules (a test that never loads the file cannot see its mutants, so running it is wasted time).
 */
import { existsSync, globSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import ts from 'typescript';

/** Source folder → test files that specify it (globs, repository-relative). */
export const TEST_MAP: Record<string, string[]> = {
  'lib/reminders': ['tests/lib/reminders/**/*.test.{ts,tsx}', 'tests/entrypoints/background/**/*.test.{ts,tsx}'],
  'lib/history': ['tests/lib/history/**/*.test.{ts,tsx}', 'tests/components/options/backup.test.tsx'],
  'lib/plan': ['tests/lib/plan/**/*.test.{ts,tsx}', 'tests/entrypoints/background/**/*.test.{ts,tsx}'],
  'lib/walk': ['tests/lib/walk/**/*.test.{ts,tsx}', 'tests/lib/reminders/**/*.test.{ts,tsx}'],
  'lib/time': ['tests/lib/time/**/*.test.{ts,tsx}', 'tests/lib/reminders/**/*.test.{ts,tsx}'],
  'entrypoints/background': ['tests/entrypoints/background/**/*.test.{ts,tsx}'],
  'lib/content': ['tests/lib/content/**/*.test.{ts,tsx}', 'tests/components/popup/QuickAnswers.test.tsx'],
  'lib/settings': [
    'tests/lib/settings/**/*.test.{ts,tsx}',
    'tests/components/options/**/*.test.{ts,tsx}',
    'tests/entrypoints/background/**/*.test.{ts,tsx}',
  ],
};

/** The mapped test globs of a source file: its folder's entry, or the closest parent folder's. */
export function mappedTestGlobs(file: string): string[] {
  for (let dir = dirname(file); dir !== '.' && dir !== '/'; dir = dirname(dir)) {
    const globs = TEST_MAP[dir];
    if (globs) return globs;
  }
  return [];
}

export interface ImportGraph {
  /** Repository-relative files `file` loads, itself included (static and dynamic imports, transitively). */
  closure(file: string): Set<string>;
}

export function createImportGraph(root: string): ImportGraph {
  const configPath = resolve(root, 'tsconfig.json');
  const parsed = ts.getParsedCommandLineOfConfigFile(
    configPath,
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: () => {},
    },
  );
  const options = parsed?.options ?? {};
  const direct = new Map<string, string[]>();

  const importsOf = (file: string): string[] => {
    let found = direct.get(file);
    if (found) return found;
    const abs = resolve(root, file);
    const info = ts.preProcessFile(ts.sys.readFile(abs) ?? '', true, true);
    found = [];
    for (const { fileName } of info.importedFiles) {
      const hit = ts.resolveModuleName(fileName, abs, options, ts.sys).resolvedModule;
      if (!hit || hit.isExternalLibraryImport || !existsSync(hit.resolvedFileName)) continue;
      const rel = relative(root, hit.resolvedFileName);
      if (!rel.startsWith('..') && !rel.includes('node_modules')) found.push(rel);
    }
    direct.set(file, found);
    return found;
  };

  const closures = new Map<string, Set<string>>();
  return {
    closure(file) {
      let seen = closures.get(file);
      if (seen) return seen;
      seen = new Set<string>();
      const todo = [file];
      while (todo.length) {
        const next = todo.pop()!;
        if (seen.has(next)) continue;
        seen.add(next);
        todo.push(...importsOf(next));
      }
      closures.set(file, seen);
      return seen;
    },
  };
}

/** The test files (repository-relative, sorted) that can kill mutants of `file`. */
export function testsFor(root: string, file: string, graph: ImportGraph): string[] {
  const candidates = globSync(mappedTestGlobs(file), { cwd: root });
  return [...new Set(candidates)].filter((test) => graph.closure(test).has(file)).sort();
}
