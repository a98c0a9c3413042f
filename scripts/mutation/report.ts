/**
 * Kill ratios and the survivor list: the JSON report and the summary printed at the end of a run.
 */
import type { Mutant } from './operators.ts';

/**
 * - killed: a test failed; timeout: the tests ran over the time limit (counted as killed);
 * - survived: every test passed; no-tests: no mapped test file loads the source (counted as survived);
 * - compile-error: the mutant does not type check, so it was never run (left out of the ratio).
 */
export type Status = 'killed' | 'timeout' | 'survived' | 'no-tests' | 'compile-error';

export interface MutantResult extends Mutant {
  status: Status;
  /** The first failing test (killed), or the first new type error (compile-error). */
  detail: string | null;
  ms: number;
}

export interface Tally {
  mutants: number;
  killed: number;
  timeout: number;
  survived: number;
  noTests: number;
  compileErrors: number;
  /** (killed + timeout) / (killed + timeout + survived + noTests); null when nothing ran. */
  killRatio: number | null;
}

export function tally(results: readonly MutantResult[]): Tally {
  const count = (s: Status) => results.filter((r) => r.status === s).length;
  const killed = count('killed');
  const timeout = count('timeout');
  const survived = count('survived');
  const noTests = count('no-tests');
  const ran = killed + timeout + survived + noTests;
  return {
    mutants: results.length,
    killed,
    timeout,
    survived,
    noTests,
    compileErrors: count('compile-error'),
    killRatio: ran ? (killed + timeout) / ran : null,
  };
}

function groupBy(results: readonly MutantResult[], key: (r: MutantResult) => string): Record<string, Tally> {
  const groups = new Map<string, MutantResult[]>();
  for (const r of results) groups.set(key(r), [...(groups.get(key(r)) ?? []), r]);
  return Object.fromEntries([...groups].map(([k, rs]) => [k, tally(rs)]));
}

export const byFile = (results: readonly MutantResult[]) => groupBy(results, (r) => r.file);
/** `file › outermost function` (module-level code is `file › (module)`). */
export const byFunction = (results: readonly MutantResult[]) =>
  groupBy(results, (r) => `${r.file} › ${r.fn?.split('/')[0] ?? '(module)'}`);

export const isSurvivor = (r: MutantResult) => r.status === 'survived' || r.status === 'no-tests';

const percent = (ratio: number | null) => (ratio === null ? '—' : `${(ratio * 100).toFixed(1)}%`);

export function formatDuration(ms: number): string {
  const s = Math.round(ms / 1000);
  return s < 60 ? `${s} s` : `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`;
}

export function summaryTable(rows: Record<string, Tally>, total: Tally): string {
  const head = ['file', 'mutants', 'killed', 'timeout', 'survived', 'compile err', 'kill ratio'];
  const line = (name: string, t: Tally) => [
    name,
    String(t.mutants),
    String(t.killed),
    String(t.timeout),
    String(t.survived + t.noTests),
    String(t.compileErrors),
    percent(t.killRatio),
  ];
  const table = [head, ...Object.entries(rows).map(([name, t]) => line(name, t)), line('total', total)];
  const widths = head.map((_, i) => Math.max(...table.map((row) => row[i]!.length)));
  return table
    .map((row) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  '))
    .join('\n');
}

export function survivorLine(r: MutantResult): string {
  const where = `${r.file}:${r.line}:${r.column}`;
  const fn = r.fn ? ` in ${r.fn}` : '';
  const note = r.status === 'no-tests' ? ' (no test loads this file)' : '';
  return `${where}  ${r.operator}${fn}: ${r.before}  →  ${r.after}${note}`;
}
