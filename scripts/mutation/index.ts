/**
 * `npm run test:mutation`: mutation testing of the reminder engine and the history (docs/MUTATION.md).
 * Makes small faults in the source (mutants), runs the tests that load the file, and reports which
 * faults no test notices (survivors). Runs on plain Node 22 (type stripping).
 *
 * Options:
 *   --files <glob>      source files to mutate, repeatable (default: lib/reminders/**, lib/history/**)
 *   --max <n>           test a deterministic sample of n mutants
 *   --seed <n>          seed of that sample and of every fast-check property (default 1)
 *   --since <git-rev>   only mutants on lines changed since that revision
 *   --at <file:line>    only mutants on that line, repeatable (re-check a survivor after adding a test)
 *   --operators <a,b>   only these operators (see operators.ts)
 *   --timeout-factor <f>  a mutant's tests may take f × their unmutated time (default 3, at least 5 s)
 *   --out <file>        the JSON report (default reports/mutation.json)
 *   --list              print the mutants and stop (no test runs)
 *   --verbose           show Vitest's output and every mutant's outcome
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { FileGuard } from './files.ts';
import { applyMutant, generateMutants, OPERATORS, type Mutant, type Operator } from './operators.ts';
import {
  byFile,
  byFunction,
  formatDuration,
  isSurvivor,
  summaryTable,
  survivorLine,
  tally,
  type MutantResult,
} from './report.ts';
import { VitestSession } from './runner.ts';
import { changedLines, DEFAULT_FILES, dirtyFiles, linesAt, onChangedLines, sample, sourceFiles } from './select.ts';
import { createImportGraph, testsFor } from './tests-for.ts';
import { createTypeChecker } from './typecheck.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const started = performance.now();

const { values: opts } = parseArgs({
  options: {
    files: { type: 'string', multiple: true },
    max: { type: 'string' },
    seed: { type: 'string', default: '1' },
    since: { type: 'string' },
    at: { type: 'string', multiple: true },
    operators: { type: 'string' },
    'timeout-factor': { type: 'string', default: '3' },
    out: { type: 'string', default: 'reports/mutation.json' },
    list: { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
  },
});

function fail(message: string, code = 1): never {
  console.error(`test:mutation: ${message}`);
  process.exit(code);
}

const globs = opts.files?.flatMap((g) => g.split(',')) ?? DEFAULT_FILES;
const files = sourceFiles(ROOT, globs);
if (!files.length) fail(`no source file matches ${globs.join(', ')}`);

let only: Set<Operator> | undefined;
if (opts.operators) {
  const names = opts.operators.split(',');
  const unknown = names.filter((n) => !(OPERATORS as readonly string[]).includes(n));
  if (unknown.length) fail(`unknown operator(s) ${unknown.join(', ')}; known: ${OPERATORS.join(', ')}`);
  only = new Set(names as Operator[]);
}

const dirty = dirtyFiles(ROOT, files);
if (dirty.length && !opts.list) {
  fail(`refusing to start: git shows changes in ${dirty.join(', ')} (a run rewrites these files; commit or stash)`, 2);
}

const sources = new Map(files.map((file) => [file, readFileSync(resolve(ROOT, file), 'utf8')]));
let mutants: Mutant[] = files.flatMap((file) => generateMutants(file, sources.get(file)!, only));
const generated = mutants.length;
if (opts.since) mutants = onChangedLines(mutants, changedLines(ROOT, opts.since, files));
if (opts.at) mutants = onChangedLines(mutants, linesAt(opts.at));
if (opts.max !== undefined) mutants = sample(mutants, Number(opts.max), Number(opts.seed));

if (opts.list) {
  for (const m of mutants) console.log(`${m.file}:${m.line}:${m.column}  ${m.operator}  ${m.before}  →  ${m.after}`);
  console.log(`${mutants.length} mutants (of ${generated}) in ${files.length} files`);
  process.exit(0);
}

console.log(
  `test:mutation: ${mutants.length} mutants${mutants.length < generated ? ` (of ${generated})` : ''} in ${files.length} files`,
);

// 1. Type check every mutant (in memory): those that do not compile are never run.
const checker = createTypeChecker(ROOT, files);
const results: MutantResult[] = [];
const toRun: Mutant[] = [];
for (const m of mutants) {
  const error = checker.check(m.file, applyMutant(sources.get(m.file)!, m));
  if (error) results.push({ ...m, status: 'compile-error', detail: error, ms: 0 });
  else toRun.push(m);
}
console.log(`  ${mutants.length - toRun.length} do not type check (left out); ${toRun.length} to test`);

// 2. The test files of each source file (mapped folders, narrowed to those that load the file).
const graph = createImportGraph(ROOT);
const testsOf = new Map(files.map((f) => [f, testsFor(ROOT, f, graph)]));
for (const [file, tests] of testsOf) if (opts.verbose) console.log(`  ${file}: ${tests.join(', ') || 'no tests'}`);

// 3. Run. The originals are restored after every mutant, and on any exit.
const guard = new FileGuard(ROOT, [...new Set(toRun.map((m) => m.file))]);
console.log(`  originals backed up in ${guard.backupDir} until the run ends`);
const session = new VitestSession(ROOT, Number(opts.seed), opts.verbose);
const stop = (signal: string) => {
  guard.dispose();
  session.kill();
  console.error(`\ntest:mutation: stopped by ${signal}; sources restored`);
  process.exit(130);
};
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => stop(signal));
process.on('exit', () => {
  guard.dispose();
  session.kill();
});

const abs = (f: string) => resolve(ROOT, f);
const factor = Number(opts['timeout-factor']);
const baselines = new Map<string, number>();
/** How long each test file took in its baseline run (ms), by absolute path. */
const durations = new Map<string, number>();
try {
  let previous: string | null = null;
  let done = 0;
  let lastProgress = performance.now();
  for (const m of toRun) {
    const tests = testsOf.get(m.file) ?? [];
    if (!tests.length) {
      results.push({ ...m, status: 'no-tests', detail: null, ms: 0 });
      continue;
    }
    const key = tests.join(' ');
    if (!baselines.has(key)) {
      const base = await session.run(tests.map(abs), files.map(abs), 10 * 60_000);
      if (base.kind !== 'passed') fail(`the unmutated tests fail, fix them first: ${key}\n  ${JSON.stringify(base)}`);
      baselines.set(key, base.ms);
      for (const [test, ms] of Object.entries(base.durations)) durations.set(test, ms);
      console.log(`  baseline ${formatDuration(base.ms)}: ${tests.length} test files for ${m.file}`);
    }
    const timeoutMs = Math.max(factor * baselines.get(key)!, 5000);
    // The likeliest killers first: the file's own tests (step.*.test.ts for step.ts), then the quickest.
    const own = (test: string) => (basename(test).startsWith(`${basename(m.file).replace(/\.tsx?$/, '')}.`) ? 0 : 1);
    const ordered = tests.map(abs).sort((a, b) => own(a) - own(b) || (durations.get(a) ?? 0) - (durations.get(b) ?? 0));

    guard.write(m.file, applyMutant(guard.original(m.file), m));
    let outcome;
    try {
      outcome = await session.run(ordered, [...new Set([m.file, previous ?? m.file])].map(abs), timeoutMs);
      // A busy machine can slow an honest run past the limit: one more chance, twice as long, in a
      // fresh session (the timed-out one was killed). Only a second timeout counts.
      if (outcome.kind === 'timeout') outcome = await session.run(ordered, [], 2 * timeoutMs);
    } finally {
      guard.restore(m.file);
      previous = m.file;
    }
    const status = outcome.kind === 'failed' ? 'killed' : outcome.kind === 'timeout' ? 'timeout' : 'survived';
    const result: MutantResult = {
      ...m,
      status,
      detail: outcome.kind === 'failed' ? outcome.failure : null,
      ms: outcome.ms,
    };
    results.push(result);
    done++;
    if (opts.verbose || status !== 'killed') {
      console.log(`  ${status.padEnd(8)} ${survivorLine(result)} (${formatDuration(outcome.ms)})`);
    }
    if (performance.now() - lastProgress > 60_000 || done === toRun.length) {
      lastProgress = performance.now();
      const elapsed = performance.now() - started;
      const left = (elapsed / done) * (toRun.length - done);
      console.log(
        `  … ${done}/${toRun.length} tested, ${formatDuration(elapsed)} so far, about ${formatDuration(left)} left`,
      );
    }
  }
} finally {
  guard.dispose();
  await session.close();
}

// 4. Report.
const order = new Map(mutants.map((m, i) => [m.id, i]));
results.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
const total = tally(results);
const survivors = results.filter(isSurvivor);
const report = {
  date: new Date().toISOString(),
  commit: execFileSync('git', ['rev-parse', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim(),
  options: {
    files: globs,
    max: opts.max ?? null,
    seed: Number(opts.seed),
    since: opts.since ?? null,
    at: opts.at ?? null,
    operators: opts.operators ?? null,
  },
  durationMs: Math.round(performance.now() - started),
  total,
  files: byFile(results),
  functions: byFunction(results),
  survivors: survivors.map((r) => ({
    where: `${r.file}:${r.line}:${r.column}`,
    fn: r.fn,
    operator: r.operator,
    before: r.before,
    after: r.after,
    status: r.status,
  })),
  mutants: results,
};
const out = resolve(ROOT, opts.out);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);

console.log(`\n${summaryTable(byFile(results), total)}`);
console.log(`\nSurvivors (${survivors.length}):`);
for (const r of survivors) console.log(`  ${survivorLine(r)}`);
console.log(
  `\n${formatDuration(report.durationMs)}; ${total.compileErrors} compile errors left out; report: ${relative(ROOT, out)}`,
);
