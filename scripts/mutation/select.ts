/**
 * Which files and mutants a run covers: --files globs, --since (only changed lines) and --max
 * (a deterministic, seeded sample).
 */
import { execFileSync } from 'node:child_process';
import { globSync } from 'node:fs';
import type { Mutant } from './operators.ts';

export const DEFAULT_FILES = ['lib/reminders/**/*.ts', 'lib/history/**/*.ts'];

/** Source files matching the globs (repository-relative, sorted); tests and declaration files excluded. */
export function sourceFiles(root: string, globs: readonly string[]): string[] {
  const found = globSync([...globs], { cwd: root }).filter(
    (f) => /\.tsx?$/.test(f) && !/\.d\.ts$/.test(f) && !/\.test\.tsx?$/.test(f) && !f.includes('node_modules'),
  );
  return [...new Set(found)].sort();
}

/** Files among `files` that git shows as modified, added or untracked (a run would overwrite them). */
export function dirtyFiles(root: string, files: readonly string[]): string[] {
  if (!files.length) return [];
  const out = execFileSync('git', ['status', '--porcelain', '--', ...files], { cwd: root, encoding: 'utf8' });
  return out
    .split('\n')
    .filter(Boolean)
    .map((line) => line.slice(3));
}

/** Lines (1-based, current numbering) of each file changed since `rev`, from `git diff -U0`. */
export function changedLines(root: string, rev: string, files: readonly string[]): Map<string, Set<number>> {
  const diff = execFileSync('git', ['diff', '-U0', '--no-color', '--no-ext-diff', rev, '--', ...files], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return parseChangedLines(diff);
}

export function parseChangedLines(diff: string): Map<string, Set<number>> {
  const changed = new Map<string, Set<number>>();
  let current: Set<number> | null = null;
  for (const line of diff.split('\n')) {
    const file = /^\+\+\+ b\/(.+)$/.exec(line);
    if (file) {
      current = new Set();
      changed.set(file[1]!, current);
      continue;
    }
    if (line.startsWith('+++ /dev/null')) current = null;
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
    if (hunk && current) {
      const start = Number(hunk[1]);
      const count = hunk[2] === undefined ? 1 : Number(hunk[2]);
      for (let i = 0; i < count; i++) current.add(start + i);
    }
  }
  return changed;
}

/** `file:line` arguments as the same line sets (`--at lib/reminders/step.ts:104`). */
export function linesAt(args: readonly string[]): Map<string, Set<number>> {
  const lines = new Map<string, Set<number>>();
  for (const arg of args) {
    const m = /^(.+):(\d+)$/.exec(arg);
    if (!m) throw new Error(`--at wants file:line, not ${arg}`);
    lines.set(m[1]!, (lines.get(m[1]!) ?? new Set()).add(Number(m[2])));
  }
  return lines;
}

/** Mutants that touch one of the given lines of their file. */
export function onChangedLines(mutants: readonly Mutant[], changed: Map<string, Set<number>>): Mutant[] {
  return mutants.filter((m) => {
    const lines = changed.get(m.file);
    if (!lines) return false;
    for (let l = m.line; l <= m.endLine; l++) if (lines.has(l)) return true;
    return false;
  });
}

/** A small seeded PRNG (mulberry32): the same seed picks the same sample on every machine. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `max` mutants picked at random with `seed` (all when there are no more), back in source order. */
export function sample(mutants: readonly Mutant[], max: number, seed: number): Mutant[] {
  if (mutants.length <= max) return [...mutants];
  const next = random(seed);
  const pool = [...mutants].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  const picked = new Set(pool.slice(0, max));
  return mutants.filter((m) => picked.has(m));
}
