/**
 * A Vitest instance kept alive across mutants, in its own process (started by runner.ts). Each run
 * message names the test files to run and the source files to re-read; the answer says whether any
 * test failed. Starting Vitest once instead of once per mutant saves its start-up (config, plugins,
 * module graph), and `isolate: false` lets the test files of one run share a worker and its DOM
 * (Vitest still starts fresh workers for every run, so no module outlives a mutant).
 *
 * The parent kills this process (its whole process group) when a run outlives the mutant timeout:
 * a mutant that loops forever inside a test cannot be cancelled from within.
 */
import { createVitest, type Reporter, type TestModule, type TestSequencer, type TestSpecification } from 'vitest/node';
import { resolve } from 'node:path';
import type { SessionReply, SessionRequest } from './runner.ts';

const send = (reply: SessionReply) => process.send!(reply);

let ended: { modules: ReadonlyArray<TestModule>; unhandled: number } | null = null;
const reporter: Reporter = {
  onTestRunEnd(testModules, unhandledErrors) {
    ended = { modules: testModules, unhandled: unhandledErrors.length };
  },
};

/**
 * Runs the files in the order the parent asks for (the likeliest killers first: the mutated file's own
 * tests, then the quickest), so that `bail` stops a killed mutant's run early. Vitest's default
 * order (slowest first) is right for a full suite, wrong here.
 */
let order: string[] = [];
class RequestedOrder implements TestSequencer {
  async shard(files: TestSpecification[]) {
    return files;
  }
  async sort(files: TestSpecification[]) {
    const rank = (s: TestSpecification) => (order.includes(s.moduleId) ? order.indexOf(s.moduleId) : order.length);
    return [...files].sort((a, b) => rank(a) - rank(b));
  }
}

const vitest = await createVitest(
  {
    watch: false,
    reporters: [reporter],
    bail: 1,
    isolate: false,
    passWithNoTests: false,
    sequence: { sequencer: RequestedOrder, shuffle: false },
  },
  { logLevel: 'silent', test: { setupFiles: [resolve(import.meta.dirname, 'fixed-seed.ts')] } },
);
const specs = await vitest.globTestSpecifications();

function firstFailure(modules: ReadonlyArray<TestModule>): string | null {
  for (const m of modules) {
    for (const test of m.children.allTests()) {
      if (test.result().state === 'failed') return `${m.relativeModuleId} › ${test.fullName}`;
    }
    if (m.state() === 'failed') return `${m.relativeModuleId} (failed to load)`;
  }
  return null;
}

process.on('message', async (request: SessionRequest) => {
  if (request.type === 'close') {
    await vitest.close();
    process.exit(0);
  }
  const started = performance.now();
  for (const file of request.invalidate) vitest.invalidateFile(file);
  const wanted = new Set(request.tests);
  const selected = specs.filter((s) => wanted.has(s.moduleId));
  if (selected.length !== wanted.size) {
    send({ type: 'error', message: `Vitest does not know every test file of ${request.tests.join(', ')}` });
    return;
  }
  order = request.tests;
  ended = null;
  try {
    await vitest.runTestSpecifications(selected);
  } catch (error) {
    send({ type: 'result', failed: true, failure: `Vitest threw: ${String(error)}`, tests: 0, durations: {}, ms: 0 });
    return;
  }
  const result = ended as { modules: ReadonlyArray<TestModule>; unhandled: number } | null;
  const modules = result?.modules ?? [];
  const tests = modules.reduce((n, m) => n + [...m.children.allTests()].length, 0);
  const failure =
    firstFailure(modules) ??
    (result && result.unhandled > 0 ? `${result.unhandled} unhandled error(s)` : null) ??
    (tests === 0 ? 'no test ran' : null);
  const durations = Object.fromEntries(modules.map((m) => [m.moduleId, m.diagnostic().duration]));
  send({
    type: 'result',
    failed: failure !== null,
    failure,
    tests,
    durations,
    ms: Math.round(performance.now() - started),
  });
});

send({ type: 'ready' });
