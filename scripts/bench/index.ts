/**
 * `npm run bench`: builds the production extension, measures what users feel (bytes, popup first
 * paint, worker cost, wake-ups, storage growth), prints a table, writes bench/results.json and exits
 * non-zero naming every broken budget of bench/budgets.json. See docs/BENCHMARKS.md.
 *
 * Runs on plain Node 22 (type stripping); resolve-ts.ts lets it import lib/ code written for Vite.
 * Options: --no-build (measure the existing .output), --launches=N (default 20), --worker-runs=N
 * (default 10), --no-browser (bytes and simulations only; browser figures are then "not measured").
 */
import './resolve-ts.ts';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { backgroundBytes, folderBytes, pageBytes, REPO_ROOT, zipBytes } from './bytes.ts';
import { summarize, type Summary } from './stats.ts';

const { simulateDay } = await import('./wakeups.ts');
const { simulateYear } = await import('./storage-growth.ts');
const { chromiumVersion, prepareBuilds, runChromium } = await import('./chromium.ts');
const { formatSearchQuality, searchQuality } = await import('./search-quality.ts');

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const numberArg = (name: string, fallback: number) => {
  const raw = args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
  const n = raw === undefined ? fallback : Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} wants a whole number, got ${raw}`);
  return n;
};
const LAUNCHES = numberArg('launches', 20);
const WORKER_RUNS = Math.min(numberArg('worker-runs', 10), LAUNCHES);
const log = (line: string) => console.error(line);

const OUTPUT = join(REPO_ROOT, '.output');
const BENCH_OUT = join(OUTPUT, 'bench');
const budgets = JSON.parse(readFileSync(join(REPO_ROOT, 'bench/budgets.json'), 'utf8')) as {
  popupGzipBytes: number;
  backgroundGzipBytes: number;
  popupFirstPaintRatio: number;
  workerHeapRatio: number;
  workerHeapBytesWithoutBaseline: number;
  wastedWakeUps: number;
  storageBytesPerYear: number;
  searchHitAt3: number;
};

// ---------------------------------------------------------------------------------------------------
// 1. Build (both store zips; `wxt zip` builds first), then snapshot it: others may rebuild meanwhile.

function wxt(...wxtArgs: string[]): void {
  const bin = join(REPO_ROOT, 'node_modules/.bin/wxt');
  for (let attempt = 1; ; attempt++) {
    log(`$ wxt ${wxtArgs.join(' ')}`);
    const run = spawnSync(bin, wxtArgs, { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
    if (run.status === 0) return;
    if (attempt === 2) throw new Error(`wxt ${wxtArgs.join(' ')} failed (exit ${run.status})`);
    log('  the build failed; retrying in 30 s (another build may have been running)');
    spawnSync('sleep', ['30']);
  }
}

const started = Date.now();
if (!flag('no-build')) {
  wxt('zip');
  wxt('zip', '-b', 'firefox', '--mv3');
}
const shipped = join(BENCH_OUT, 'shipped');
rmSync(BENCH_OUT, { recursive: true, force: true });
for (const target of ['chrome-mv3', 'firefox-mv3']) {
  if (!existsSync(join(OUTPUT, target, 'manifest.json'))) throw new Error(`.output/${target} is missing: build first`);
  cpSync(join(OUTPUT, target), join(shipped, target), { recursive: true });
}
const chromeBuild = join(shipped, 'chrome-mv3');

const manifestVersion = JSON.parse(readFileSync(join(chromeBuild, 'manifest.json'), 'utf8')).version as string;
const zips = zipBytes(OUTPUT).filter((z) => z.file.includes(manifestVersion));
const bytes = {
  popup: pageBytes(chromeBuild, 'popup.html'),
  options: pageBytes(chromeBuild, 'options.html'),
  background: backgroundBytes(chromeBuild),
  unpackedChrome: folderBytes(chromeBuild),
  unpackedFirefox: folderBytes(join(shipped, 'firefox-mv3')),
  zips,
};

// ---------------------------------------------------------------------------------------------------
// 2–3. Real Chromium.

let browser: string | null = null;
let chromium: Awaited<ReturnType<typeof runChromium>> | null = null;
if (!flag('no-browser')) {
  const builds = prepareBuilds(chromeBuild, join(BENCH_OUT, 'run'));
  browser = await chromiumVersion(builds.product);
  log(`${browser}: ${LAUNCHES} launches (${WORKER_RUNS} of them weigh the worker next to an empty one)`);
  chromium = await runChromium(builds, { launches: LAUNCHES, workerRuns: WORKER_RUNS, log });
  for (const e of chromium.errors) log(`  failed: ${e}`);
}
const pick = <T>(list: T[] | undefined, f: (x: T) => number | null) =>
  (list ?? []).map(f).filter((v): v is number => v !== null && Number.isFinite(v));
const paint = chromium && {
  popupFcp: summarize(
    pick(
      chromium.pages.filter((p) => p.page === 'popup'),
      (p) => p.fcp,
    ),
  ),
  popupStartWalk: summarize(
    pick(
      chromium.pages.filter((p) => p.page === 'popup'),
      (p) => p.startWalk,
    ),
  ),
  baselineFcp: summarize(
    pick(
      chromium.pages.filter((p) => p.page === 'baseline'),
      (p) => p.fcp,
    ),
  ),
};
const workerOf = (w: 'product' | 'empty') => chromium?.workers.filter((x) => x.worker === w);
const worker = chromium && {
  readyMs: summarize(pick(workerOf('product'), (w) => w.readyMs)),
  heapUsed: summarize(pick(workerOf('product'), (w) => w.heapUsed)),
  emptyReadyMs: summarize(pick(workerOf('empty'), (w) => w.readyMs)),
  emptyHeapUsed: summarize(pick(workerOf('empty'), (w) => w.heapUsed)),
};

// ---------------------------------------------------------------------------------------------------
// 4–5. Simulations through the pure core (fixed zone and dates: every run gives the same figures).

const TIME_ZONE = 'Europe/Berlin';
const day = simulateDay({
  start: Date.parse('2026-03-10T09:00:00+01:00'), // a Tuesday
  hours: 8,
  timeZone: TIME_ZONE,
  reactionMs: 20_000,
});
const year = simulateYear({ start: Date.parse('2025-03-10T09:00:00+01:00'), days: 365, timeZone: TIME_ZONE });
const storageBytes = year.local.bytes + year.sync.bytes;
const search = searchQuality();
for (const line of formatSearchQuality(search)) log(line);

// ---------------------------------------------------------------------------------------------------
// Budgets, table, results.json.

interface Check {
  name: string;
  value: number | null;
  limit: number;
  shown: string;
  limitShown: string;
  /** The value must reach the limit (a quality), instead of staying under it (a cost). */
  atLeast?: boolean;
}
const within = (c: Check) => c.value !== null && (c.atLeast ? c.value >= c.limit : c.value <= c.limit);
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const ms = (n: number) => `${n.toFixed(0)} ms`;
const pct = (n: number) => `${(n * 100).toFixed(0)} %`;
const ratio = (a: number, b: number) => (b > 0 ? a / b : NaN);
const firstPaintRatio = paint ? ratio(paint.popupFcp.median, paint.baselineFcp.median) : null;
const heapLimit = worker?.emptyHeapUsed.n
  ? worker.emptyHeapUsed.median * budgets.workerHeapRatio
  : budgets.workerHeapBytesWithoutBaseline;
const checks: Check[] = [
  {
    name: 'popup JS+CSS gzip',
    value: bytes.popup.gzip,
    limit: budgets.popupGzipBytes,
    shown: kb(bytes.popup.gzip),
    limitShown: `≤ ${kb(budgets.popupGzipBytes)}`,
  },
  {
    name: 'background gzip',
    value: bytes.background.gzip,
    limit: budgets.backgroundGzipBytes,
    shown: kb(bytes.background.gzip),
    limitShown: `≤ ${kb(budgets.backgroundGzipBytes)}`,
  },
  {
    name: 'popup first paint / baseline',
    value: firstPaintRatio !== null && Number.isFinite(firstPaintRatio) ? firstPaintRatio : null,
    limit: budgets.popupFirstPaintRatio,
    shown: firstPaintRatio === null ? 'not measured' : `${firstPaintRatio.toFixed(2)} ×`,
    limitShown: `≤ ${budgets.popupFirstPaintRatio} ×`,
  },
  {
    name: 'worker heap after GC',
    value: worker?.heapUsed.n ? worker.heapUsed.median : null,
    limit: heapLimit,
    shown: worker?.heapUsed.n ? kb(worker.heapUsed.median) : 'not measured',
    limitShown: worker?.emptyHeapUsed.n
      ? `≤ ${kb(heapLimit)} (${budgets.workerHeapRatio} × empty)`
      : `≤ ${kb(heapLimit)}`,
  },
  {
    name: 'wake-ups without reminder or badge',
    value: day.wasted,
    limit: budgets.wastedWakeUps,
    shown: String(day.wasted),
    limitShown: `≤ ${budgets.wastedWakeUps}`,
  },
  {
    name: 'storage after a year',
    value: storageBytes,
    limit: budgets.storageBytesPerYear,
    shown: kb(storageBytes),
    limitShown: `≤ ${kb(budgets.storageBytesPerYear)}`,
  },
  {
    name: 'search hit@3',
    value: search.hitAt3,
    limit: budgets.searchHitAt3,
    shown: pct(search.hitAt3),
    limitShown: `≥ ${pct(budgets.searchHitAt3)}`,
    atLeast: true,
  },
];
// Unmeasured counts as broken (a launch failed), unless the browser was skipped on purpose.
const skipped = (c: Check) => c.value === null && flag('no-browser');
const broken = checks.filter((c) => !skipped(c) && !within(c));

const range = (s: Summary, f: (n: number) => string) =>
  s.n ? `${f(s.median)} (p25–p75 ${f(s.p25)}–${f(s.p75)}, n=${s.n})` : 'not measured';
const both = (raw: number, gzip: number) => `${kb(raw)} raw, ${kb(gzip)} gzip`;
const rows: [string, string][] = [
  ['Popup JS+CSS', `${both(bytes.popup.raw, bytes.popup.gzip)} (${bytes.popup.files.length} files)`],
  ['Options JS+CSS', `${both(bytes.options.raw, bytes.options.gzip)} (${bytes.options.files.length} files)`],
  ['Background script', both(bytes.background.raw, bytes.background.gzip)],
  ['Unpacked extension (Chrome)', `${kb(bytes.unpackedChrome.raw)} (${bytes.unpackedChrome.count} files)`],
  ['Unpacked extension (Firefox)', `${kb(bytes.unpackedFirefox.raw)} (${bytes.unpackedFirefox.count} files)`],
  ...bytes.zips.map((z): [string, string] => [`Zip ${z.file}`, kb(z.raw)]),
  ['Popup first contentful paint', paint ? range(paint.popupFcp, ms) : 'not measured'],
  ['Popup "Start walk" painted', paint ? range(paint.popupStartWalk, ms) : 'not measured'],
  ['Baseline page first contentful paint', paint ? range(paint.baselineFcp, ms) : 'not measured'],
  [
    'Popup / baseline (first paint, medians)',
    firstPaintRatio === null ? 'not measured' : `${firstPaintRatio.toFixed(2)} ×`,
  ],
  [
    'Popup / baseline ("Start walk" vs baseline FCP)',
    paint ? `${ratio(paint.popupStartWalk.median, paint.baselineFcp.median).toFixed(2)} ×` : 'not measured',
  ],
  ['Worker start → first event handled', worker ? range(worker.readyMs, ms) : 'not measured'],
  ['Empty worker start → first event handled', worker ? range(worker.emptyReadyMs, ms) : 'not measured'],
  ['Worker JS heap after GC', worker ? range(worker.heapUsed, kb) : 'not measured'],
  ['Empty worker JS heap after GC', worker ? range(worker.emptyHeapUsed, kb) : 'not measured'],
  [
    'Worker heap / empty worker',
    worker?.emptyHeapUsed.n
      ? `${ratio(worker.heapUsed.median, worker.emptyHeapUsed.median).toFixed(2)} ×`
      : 'not measured',
  ],
  [
    'Wake-ups in an 8-hour day',
    `${day.wakeUps} (${day.perHour.toFixed(2)}/h; ${day.reminderWakeUps} for reminders, ${day.walkWakeUps} for ${day.walks} walks; ${day.alarmEvents} alarm events)`,
  ],
  [
    'Reminders shown',
    `${day.remindersShown} (${day.shownByKind.posture} posture, ${day.shownByKind.walk} walk) → ${day.perReminder.toFixed(2)} wake-ups per reminder`,
  ],
  ['Reminders shown within 2 min of another', String(day.doubleReminders)],
  ['Wake-ups without reminder or badge update', String(day.wasted)],
  [
    'storage.local after a year',
    `${kb(year.local.bytes)} (history ${kb(year.local.keys.history ?? 0)}, ${year.history.checkIns} back check-ins in detail; walking plan ${kb(year.local.keys.plan ?? 0)}, its target ${year.planTarget} min)`,
  ],
  ['storage.sync after a year', kb(year.sync.bytes)],
  [
    'Search hit@3',
    `${pct(search.hitAt3)} (hit@1 ${pct(search.hitAt1)}; ${search.n} everyday queries, ${search.misses.length} missed)`,
  ],
];

const machine = {
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: cpus().length,
  browser: browser ?? 'not run',
  node: process.version,
  date: new Date().toISOString(),
};

const width = Math.max(...rows.map(([k]) => k.length), ...checks.map((c) => c.name.length));
const out: string[] = [];
out.push(`Backstride bench — ${machine.date} — ${machine.cpu} × ${machine.cores} — ${machine.browser}`, '');
for (const [k, v] of rows) out.push(`${k.padEnd(width)}  ${v}`);
out.push('', 'Budgets (bench/budgets.json):');
for (const c of checks) {
  const ok = within(c);
  out.push(
    `${ok ? 'ok    ' : skipped(c) ? 'skip  ' : 'BROKEN'}  ${c.name.padEnd(width)}  ${c.shown.padEnd(14)} ${c.limitShown}`,
  );
}
console.log(out.join('\n'));

const results = {
  machine,
  durationSeconds: Math.round((Date.now() - started) / 1000),
  settings: { launches: LAUNCHES, workerRuns: WORKER_RUNS, timeZone: TIME_ZONE },
  bytes,
  paint,
  worker,
  wakeUps: { ...day, log: day.log.map((w) => ({ ...w, at: new Date(w.at).toISOString() })) },
  storage: year,
  search,
  budgets: checks.map((c) => ({ ...c, ok: within(c) })),
  table: out,
  raw: chromium,
};
// Formatted as Prettier would, so `npm run format:check` (which reads only the root .gitignore) passes.
let json = `${JSON.stringify(results, null, 2)}\n`;
try {
  const prettier = await import('prettier');
  json = await prettier.format(json, { parser: 'json', filepath: join(REPO_ROOT, 'bench/results.json') });
} catch {
  // Prettier is a dev dependency; without it the plain JSON is just as valid.
}
writeFileSync(join(REPO_ROOT, 'bench/results.json'), json);
log(`\nWrote bench/results.json (${results.durationSeconds} s).`);

if (broken.length) {
  console.error(`\nBroken budgets: ${broken.map((c) => `${c.name} (${c.shown}, budget ${c.limitShown})`).join('; ')}`);
  process.exitCode = 1;
}
