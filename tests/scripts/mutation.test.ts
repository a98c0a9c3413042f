// @vitest-environment node
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FileGuard } from '../../scripts/mutation/files.ts';
import { applyMutant, generateMutants, type Mutant, type Operator } from '../../scripts/mutation/operators.ts';
import { tally, type MutantResult } from '../../scripts/mutation/report.ts';
import { linesAt, onChangedLines, parseChangedLines, sample } from '../../scripts/mutation/select.ts';

/** Each mutant as `operator: the mutated line(s)`, blank lines dropped, for readable expectations. */
const mutatedLines = (source: string, operator: Operator): string[] =>
  generateMutants('x.ts', source, new Set([operator])).map((m) =>
    applyMutant(source, m)
      .split('\n')
      .slice(m.line - 1, m.line - 1 + (m.endLine - m.line + 1))
      .join(' ')
      .trim(),
  );

describe('generateMutants', () => {
  it.each<[Operator, string, string[]]>([
    [
      'comparison',
      'const f = (a: number) => a < 1 || a >= 2;',
      ['const f = (a: number) => a <= 1 || a >= 2;', 'const f = (a: number) => a < 1 || a > 2;'],
    ],
    ['equality', 'const f = (a: unknown) => a === null;', ['const f = (a: unknown) => a !== null;']],
    [
      'logical',
      'const f = (a: boolean, b: boolean, c: boolean) => a || b && c;',
      [
        'const f = (a: boolean, b: boolean, c: boolean) => (a && b && c);',
        'const f = (a: boolean, b: boolean, c: boolean) => a || (b || c);',
      ],
    ],
    ['boolean', 'let a = true; a = false;', ['let a = false; a = false;', 'let a = true; a = true;']],
    ['number', 'const n = 2 * 0;', ['const n = 3 * 0;', 'const n = 0 * 0;', 'const n = 2 * 1;']],
    ['math', 'const f = (a: number) => Math.max(a, 0);', ['const f = (a: number) => Math.min(a, 0);']],
    ['nullish', 'const f = (a: number | null) => a ?? 0;', ['const f = (a: number | null) => (a);']],
    [
      'arithmetic',
      'const f = (a: number) => { a += 1; return a - 2; };',
      ['const f = (a: number) => { a -= 1; return a - 2; };', 'const f = (a: number) => { a += 1; return a + 2; };'],
    ],
    [
      'negate-condition',
      'const f = (a: boolean) => { if (a) return 1; return a ? 2 : 3; };',
      [
        'const f = (a: boolean) => { if (!(a)) return 1; return a ? 2 : 3; };',
        'const f = (a: boolean) => { if (a) return 1; return !(a) ? 2 : 3; };',
      ],
    ],
  ])('%s: makes the expected mutants', (operator, source, expected) => {
    expect(mutatedLines(source, operator)).toEqual(expected);
  });

  it('removes expression statements and early exits, never the last return of a function', () => {
    const source = [
      'function f(xs: number[]): number {',
      '  for (const x of xs) {',
      '    if (x < 0) continue;',
      '    if (x > 9) break;',
      '    log(x);',
      '    if (x === 5) return x;',
      '  }',
      '  return 0;',
      '}',
      'declare function log(x: number): void;',
    ].join('\n');
    const removed = generateMutants('x.ts', source, new Set(['remove-statement'])).map((m) => [
      m.line,
      m.before,
      m.after,
    ]);
    expect(removed).toEqual([
      [3, 'continue;', '{}'],
      [4, 'break;', '{}'],
      [5, 'log(x);', '(removed)'],
      [6, 'return x;', '{}'],
    ]);
  });

  it('leaves types, interfaces and imports alone', () => {
    const source = [
      "import { a } from './a';",
      'interface I { version: 1; on: true }',
      'type T = 2 | false;',
      'const x: 3 = 3 as 3;',
      'const y = { 4: a };',
    ].join('\n');
    const mutants = generateMutants('x.ts', source);
    expect(mutants.map((m) => `${m.line}:${m.before}→${m.after}`)).toEqual(['4:3→4', '4:3→0']);
  });

  it('records where each mutant is, in which function, and ids that do not repeat', () => {
    const source = 'export function outer() {\n  const inner = () => 1 > 0;\n  return inner;\n}\n';
    const mutants = generateMutants('lib/x.ts', source);
    expect(mutants.map((m) => [m.line, m.column, m.fn, m.operator])).toEqual([
      [2, 23, 'outer/inner', 'number'],
      [2, 23, 'outer/inner', 'number'],
      [2, 25, 'outer/inner', 'comparison'],
      [2, 27, 'outer/inner', 'number'],
    ]);
    expect(new Set(mutants.map((m) => m.id)).size).toBe(mutants.length);
    expect(mutants.every((m) => m.file === 'lib/x.ts')).toBe(true);
  });
});

describe('FileGuard', () => {
  let root: string;
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  const setUp = (files: Record<string, Buffer | string>) => {
    root = mkdtempSync(join(tmpdir(), 'mutation-test-'));
    for (const [name, data] of Object.entries(files)) {
      mkdirSync(join(root, name, '..'), { recursive: true });
      writeFileSync(join(root, name), data);
    }
  };

  it('restores every written file byte for byte (BOM, CRLF, non-ASCII, no final newline)', () => {
    const tricky = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from('const a = 1;\r\n// café ✓\r\nx', 'utf8'),
    ]);
    setUp({ 'lib/a.ts': tricky, 'lib/b.ts': 'export const b = true;\n' });
    const guard = new FileGuard(root, ['lib/a.ts', 'lib/b.ts']);
    guard.write('lib/a.ts', 'const a = 2;');
    expect(readFileSync(join(root, 'lib/a.ts'), 'utf8')).toBe('const a = 2;');
    guard.restore('lib/a.ts');
    expect(readFileSync(join(root, 'lib/a.ts')).equals(tricky)).toBe(true);

    guard.write('lib/a.ts', 'broken');
    guard.write('lib/b.ts', 'broken');
    guard.dispose();
    expect(readFileSync(join(root, 'lib/a.ts')).equals(tricky)).toBe(true);
    expect(readFileSync(join(root, 'lib/b.ts'), 'utf8')).toBe('export const b = true;\n');
    expect(existsSync(guard.backupDir)).toBe(false);
    expect(readdirSync(join(root, 'lib')).sort()).toEqual(['a.ts', 'b.ts']);
  });

  it('keeps a copy of the originals in its backup folder while it runs', () => {
    setUp({ 'lib/a.ts': 'one' });
    const guard = new FileGuard(root, ['lib/a.ts']);
    guard.write('lib/a.ts', 'two');
    expect(readFileSync(join(guard.backupDir, 'lib/a.ts'), 'utf8')).toBe('one');
    guard.dispose();
  });

  it('refuses to write a file it does not guard', () => {
    setUp({ 'lib/a.ts': 'one' });
    const guard = new FileGuard(root, ['lib/a.ts']);
    expect(() => guard.write('lib/other.ts', 'x')).toThrow(/not guarded/);
    guard.dispose();
  });

  it('a mutant applied through the guard and restored leaves the source unchanged', () => {
    const source = 'export const f = (a: number) => (a > 0 ? Math.max(a, 1) : 0);\n';
    setUp({ 'lib/f.ts': source });
    const guard = new FileGuard(root, ['lib/f.ts']);
    for (const m of generateMutants('lib/f.ts', source)) {
      guard.write(m.file, applyMutant(guard.original(m.file), m));
      expect(readFileSync(join(root, 'lib/f.ts'), 'utf8')).not.toBe(source);
      guard.restore(m.file);
    }
    guard.dispose();
    expect(readFileSync(join(root, 'lib/f.ts'), 'utf8')).toBe(source);
  });
});

describe('selection', () => {
  const mutants = generateMutants('lib/x.ts', 'let a = 1;\nlet b = 2;\nlet c = 3 > 2;\n');

  it('picks the same sample for the same seed, in source order', () => {
    const one = sample(mutants, 3, 42);
    expect(one).toHaveLength(3);
    expect(sample(mutants, 3, 42)).toEqual(one);
    expect(one.map((m) => m.start)).toEqual([...one.map((m) => m.start)].sort((a, b) => a - b));
    expect(sample(mutants, 100, 42)).toEqual(mutants);
  });

  it('keeps only mutants on changed lines (git diff -U0) or on the lines asked for', () => {
    const diff = [
      'diff --git a/lib/x.ts b/lib/x.ts',
      '--- a/lib/x.ts',
      '+++ b/lib/x.ts',
      '@@ -2 +2 @@',
      '-let b = 1;',
      '+let b = 2;',
      '@@ -9,0 +10,2 @@',
    ].join('\n');
    const changed = parseChangedLines(diff);
    expect([...changed.get('lib/x.ts')!]).toEqual([2, 10, 11]);
    expect(onChangedLines(mutants, changed).map((m) => m.line)).toEqual([2, 2]);
    expect(onChangedLines(mutants, linesAt(['lib/x.ts:3'])).map((m) => m.before)).toEqual(['3', '3', '>', '2', '2']);
  });
});

describe('tally', () => {
  it('counts timeouts as killed and leaves compile errors out of the ratio', () => {
    const m = generateMutants('lib/x.ts', 'let a = 1;')[0] as Mutant;
    const r = (status: MutantResult['status']): MutantResult => ({ ...m, status, detail: null, ms: 0 });
    const t = tally([r('killed'), r('timeout'), r('survived'), r('no-tests'), r('compile-error')]);
    expect(t).toMatchObject({ mutants: 5, killed: 1, timeout: 1, survived: 1, noTests: 1, compileErrors: 1 });
    expect(t.killRatio).toBe(0.5);
  });
});
