/**
 * `npm run bench`: builds the production extension, measures what users feel (bytes, popup first
 * paint and main-button time to interactive, worker cost against an empty worker and the API floor,
 * wake-ups, storage growth), prints a table, writes bench/results.json and exits non-zero naming every
 * broken budget of bench/budgets.json. See docs/BENCHMARKS.md.
 *
 * Runs on plain Node 22 (type stripping); resolve-ts.ts lets it import lib/ code written for Vite.
 * Options: --no-build (measure the existing .output), --launches=N (default 20), --worker-runs=N
 * (default 10), --multi-launches=N (default 5), --rounds=N (default 10), --locale-launches=N (default
 * 5: fresh launches per UI language, en, de and ar), --locale-rounds=N (default 6: rounds of the
 * language's pages in each launch), --paint-designs (also measure, per language, the first-paint
 * designs not chosen: the English prerender and no prerender), --no-browser (bytes and simulations
 * only; browser figures are then "not measured").
 */
import './resolve-ts.ts';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { backgroundBytes, backgroundFallbackBytes, folderBytes, pageBytes, REPO_ROOT, zipBytes } from './bytes.ts';
import { summarize, type Summary } from './stats.ts';

const { simulateDay } = await import('./wakeups.ts');
const { simulateYear } = await import('./storage-growth.ts');
const { BENCH_LOCALES, chromiumVersion, prepareBuilds, runChromium } = await import('./chromium.ts');
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
const MULTI_LAUNCHES = numberArg('multi-launches', 5);
const ROUNDS = numberArg('rounds', 10);
const LOCALE_LAUNCHES = numberArg('locale-launches', 5);
const LOCALE_ROUNDS = numberArg('locale-rounds', 6);
/** How many launches and rounds each browser harness runs (also written to results.json). */
const RUNS = {
  launches: LAUNCHES,
  workerRuns: WORKER_RUNS,
  multiLaunches: MULTI_LAUNCHES,
  rounds: ROUNDS,
  localeLaunches: LOCALE_LAUNCHES,
  localeRounds: LOCALE_ROUNDS,
};
const DESIGNS = flag('paint-designs');
const log = (line: string) => console.error(line);

const OUTPUT = join(REPO_ROOT, '.output');
const BENCH_OUT = join(OUTPUT, 'bench');
const BENCH_TMP = join(REPO_ROOT, 'bench/tmp');
const budgets = JSON.parse(readFileSync(join(REPO_ROOT, 'bench/budgets.json'), 'utf8')) as {
  popupGzipBytes: number;
  backgroundGzipBytes: number;
  popupFirstPaintRatio: number;
  popupInteractiveRatio: number;
  workerHeapVsFloor: number;
  wastedWakeUps: number;
  storageBytesPerYear: number;
  searchHitAt3: number;
  searchUnmarkedFalsePositives: number;
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
  backgroundFallback: backgroundFallbackBytes(chromeBuild),
  unpackedChrome: folderBytes(chromeBuild),
  unpackedFirefox: folderBytes(join(shipped, 'firefox-mv3')),
  zips,
};

// ---------------------------------------------------------------------------------------------------
// 2–3. Real Chromium.

let browser: string | null = null;
let chromium: Awaited<ReturnType<typeof runChromium>> | null = null;
let peers: { id: string; label: string }[] = [];
if (!flag('no-browser')) {
  const builds = await prepareBuilds(chromeBuild, join(BENCH_OUT, 'run'), BENCH_TMP);
  peers = builds.peers.map(({ id, label }) => ({ id, label }));
  browser = await chromiumVersion(builds.product);
  log(
    `${browser}: ${LAUNCHES} launches of one page each (${WORKER_RUNS} of them weigh the worker next to an ` +
      `empty one and the API floor), then ${MULTI_LAUNCHES} × ${ROUNDS} rounds of ${2 + peers.length} popups in one browser`,
  );
  chromium = await runChromium(builds, { ...RUNS, designs: DESIGNS, log });
  for (const e of chromium.errors) log(`  failed: ${e}`);
}
const pick = <T>(list: T[] | undefined, f: (x: T) => number | null) =>
  (list ?? []).map(f).filter((v): v is number => v !== null && Number.isFinite(v));
type PageTiming = NonNullable<typeof chromium>['pages'][number];
const samples = (harness: PageTiming['harness'], page: string) =>
  (chromium?.pages ?? []).filter((p) => p.harness === harness && p.page === page);
/** Time to interactive of the main button: painted, hydrated and enabled (the later of the two). */
const tti = (p: PageTiming) =>
  p.startWalk === null || p.interactive === null ? null : Math.max(p.startWalk, p.interactive);
const paintOf = (harness: PageTiming['harness']) => {
  const popup = samples(harness, 'popup');
  return {
    popupFcp: summarize(pick(popup, (p) => p.fcp)),
    popupStartWalk: summarize(pick(popup, (p) => p.startWalk)),
    popupHydrated: summarize(pick(popup, (p) => p.hydrated)),
    popupInteractive: summarize(pick(popup, tti)),
    popupNotInteractive: popup.filter((p) => tti(p) === null).length,
    baselineFcp: summarize(pick(samples(harness, 'baseline'), (p) => p.fcp)),
    peers: Object.fromEntries(peers.map((peer) => [peer.id, summarize(pick(samples(harness, peer.id), (p) => p.fcp))])),
  };
};
const paint = chromium && { single: paintOf('single'), multi: paintOf('multi') };

/**
 * The popup's first paint per UI language, each against the blank page in that language: FCP of the
 * page the toolbar button opens there (prerendered in it), and with --paint-designs the designs not
 * chosen. "In the language" is when the user first sees the popup in their language: the FCP of a page
 * prerendered or rendered in it; for the English prerender in another language, the paint of the
 * Start walk button after the page rendered itself afresh.
 */
const localeSamples = (locale: string, page: string) =>
  (chromium?.pages ?? []).filter((p) => p.harness === 'locale' && p.locale === locale && p.page === page);
const localePaint = chromium
  ? Object.fromEntries(
      BENCH_LOCALES.map((locale) => [
        locale,
        {
          baselineFcp: summarize(pick(localeSamples(locale, 'baseline'), (p) => p.fcp)),
          popupFcp: summarize(pick(localeSamples(locale, 'popup'), (p) => p.fcp)),
          popupInteractive: summarize(pick(localeSamples(locale, 'popup'), tti)),
          clientFcp: summarize(pick(localeSamples(locale, 'client'), (p) => p.fcp)),
          englishFcp: summarize(pick(localeSamples(locale, 'english'), (p) => p.fcp)),
          englishInLanguage: summarize(pick(localeSamples(locale, 'english'), (p) => p.startWalkFinal)),
        },
      ]),
    )
  : null;
const workerOf = (w: 'product' | 'empty' | 'floor') => chromium?.workers.filter((x) => x.worker === w);
const worker = chromium && {
  readyMs: summarize(pick(workerOf('product'), (w) => w.readyMs)),
  heapUsed: summarize(pick(workerOf('product'), (w) => w.heapUsed)),
  emptyReadyMs: summarize(pick(workerOf('empty'), (w) => w.readyMs)),
  emptyHeapUsed: summarize(pick(workerOf('empty'), (w) => w.heapUsed)),
  floorReadyMs: summarize(pick(workerOf('floor'), (w) => w.readyMs)),
  floorHeapUsed: summarize(pick(workerOf('floor'), (w) => w.heapUsed)),
  restartHeapUsed: summarize(pick(workerOf('product'), (w) => w.restartHeapUsed ?? null)),
  floorRestartHeapUsed: summarize(pick(workerOf('floor'), (w) => w.restartHeapUsed ?? null)),
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
const times = (n: number) => `${n.toFixed(2)} ×`;
const ratio = (a: Summary | undefined, b: Summary | undefined) =>
  a?.n && b?.n && b.median > 0 ? a.median / b.median : null;
const NOT_MEASURED = 'not measured';

/** A ratio budget (medians of the same run); null when either side was not measured. */
function ratioCheck(name: string, value: number | null, limit: number, note = ''): Check {
  return {
    name,
    value,
    limit,
    shown: value === null ? NOT_MEASURED : times(value),
    limitShown: `≤ ${limit} ×${note}`,
  };
}
const singlePaint = paint ? ratio(paint.single.popupFcp, paint.single.baselineFcp) : null;
const multiPaint = paint ? ratio(paint.multi.popupFcp, paint.multi.baselineFcp) : null;
const singleTti = paint ? ratio(paint.single.popupInteractive, paint.single.baselineFcp) : null;
const multiTti = paint ? ratio(paint.multi.popupInteractive, paint.multi.baselineFcp) : null;
const heapVsFloor = worker ? ratio(worker.heapUsed, worker.floorHeapUsed) : null;
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
  ratioCheck('popup first paint / blank (one per launch)', singlePaint, budgets.popupFirstPaintRatio),
  ratioCheck('popup first paint / blank (in one browser)', multiPaint, budgets.popupFirstPaintRatio),
  ...BENCH_LOCALES.map((locale) =>
    ratioCheck(
      `popup first paint / blank (${locale} UI)`,
      localePaint ? ratio(localePaint[locale]!.popupFcp, localePaint[locale]!.baselineFcp) : null,
      budgets.popupFirstPaintRatio,
    ),
  ),
  ratioCheck('"Start walk" TTI / blank FCP (one per launch)', singleTti, budgets.popupInteractiveRatio),
  ratioCheck('"Start walk" TTI / blank FCP (in one browser)', multiTti, budgets.popupInteractiveRatio),
  {
    ...ratioCheck('worker heap / API floor', heapVsFloor, budgets.workerHeapVsFloor),
    shown:
      heapVsFloor === null || !worker
        ? NOT_MEASURED
        : `${times(heapVsFloor)} (${kb(worker.heapUsed.median)} / ${kb(worker.floorHeapUsed.median)})`,
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
  {
    name: 'search answers to queries it cannot answer, unmarked',
    value: search.unmarked,
    limit: budgets.searchUnmarkedFalsePositives,
    shown: `${search.unmarked} of ${search.outOfScope} (${search.falsePositives} with answers)`,
    limitShown: `≤ ${budgets.searchUnmarkedFalsePositives}`,
  },
];
// Unmeasured counts as broken (a launch failed), unless the browser was skipped on purpose.
const skipped = (c: Check) => c.value === null && flag('no-browser');
const broken = checks.filter((c) => !skipped(c) && !within(c));

const range = (s: Summary | undefined, f: (n: number) => string) =>
  s?.n ? `${f(s.median)} (p25–p75 ${f(s.p25)}–${f(s.p75)}, n=${s.n})` : NOT_MEASURED;
const shownRatio = (r: number | null) => (r === null ? NOT_MEASURED : times(r));
const both = (raw: number, gzip: number) => `${kb(raw)} raw, ${kb(gzip)} gzip`;
const paintRows = (harness: 'single' | 'multi', title: string): [string, string][] => {
  const p = paint?.[harness];
  const rows: [string, string][] = [
    [title, ''],
    ['  Blank page FCP (baseline)', range(p?.baselineFcp, ms)],
    ['  Backstride popup FCP', range(p?.popupFcp, ms)],
    ['  "Start walk" painted', range(p?.popupStartWalk, ms)],
    ['  "Start walk" hydrated', range(p?.popupHydrated, ms)],
    [
      '  "Start walk" interactive (TTI)',
      `${range(p?.popupInteractive, ms)}${p?.popupNotInteractive ? `, ${p.popupNotInteractive} never` : ''}`,
    ],
  ];
  // The peer stand-ins are loaded only in the pages-in-one-browser harness.
  const peerRows = harness === 'multi' ? peers : [];
  for (const peer of peerRows) rows.push([`  Peer stand-in FCP: ${peer.label}`, range(p?.peers[peer.id], ms)]);
  rows.push(['  Backstride FCP / blank', shownRatio(p ? ratio(p.popupFcp, p.baselineFcp) : null)]);
  rows.push(['  "Start walk" TTI / blank FCP', shownRatio(p ? ratio(p.popupInteractive, p.baselineFcp) : null)]);
  for (const peer of peerRows)
    rows.push([`  Peer FCP / blank: ${peer.id}`, shownRatio(p ? ratio(p.peers[peer.id], p.baselineFcp) : null)]);
  return rows;
};
function localeRows(): [string, string][] {
  const rows: [string, string][] = [
    [
      `Popup first paint per UI language (${LOCALE_LAUNCHES} launches × ${LOCALE_ROUNDS} rounds each; blank page in that language)`,
      '',
    ],
  ];
  for (const locale of BENCH_LOCALES) {
    const p = localePaint?.[locale];
    rows.push(
      [`  ${locale}: blank page FCP`, range(p?.baselineFcp, ms)],
      [`  ${locale}: popup FCP (prerendered in ${locale})`, range(p?.popupFcp, ms)],
      [`  ${locale}: "Start walk" interactive (TTI)`, range(p?.popupInteractive, ms)],
      [`  ${locale}: popup FCP / blank`, shownRatio(p ? ratio(p.popupFcp, p.baselineFcp) : null)],
    );
    if (!DESIGNS) continue;
    rows.push(
      [`  ${locale}: no prerender, FCP (rendered by script)`, range(p?.clientFcp, ms)],
      [`  ${locale}: no prerender, FCP / blank`, shownRatio(p ? ratio(p.clientFcp, p.baselineFcp) : null)],
    );
    if (locale !== 'en')
      rows.push(
        [`  ${locale}: English prerender, FCP (in English)`, range(p?.englishFcp, ms)],
        [`  ${locale}: English prerender, first paint in ${locale}`, range(p?.englishInLanguage, ms)],
        [
          `  ${locale}: English prerender, in ${locale} / blank`,
          shownRatio(p ? ratio(p.englishInLanguage, p.baselineFcp) : null),
        ],
      );
  }
  return rows;
}

const rows: [string, string][] = [
  ['Popup JS+CSS', `${both(bytes.popup.raw, bytes.popup.gzip)} (${bytes.popup.files.length} files)`],
  ['Options JS+CSS', `${both(bytes.options.raw, bytes.options.gzip)} (${bytes.options.files.length} files)`],
  ['Background script', both(bytes.background.raw, bytes.background.gzip)],
  [
    '  + where the browser has no `browser`',
    bytes.backgroundFallback.files.length
      ? `${both(bytes.backgroundFallback.raw, bytes.backgroundFallback.gzip)} (${bytes.backgroundFallback.files.map((f) => f.file).join(', ')})`
      : 'nothing',
  ],
  ['Unpacked extension (Chrome)', `${kb(bytes.unpackedChrome.raw)} (${bytes.unpackedChrome.count} files)`],
  ['Unpacked extension (Firefox)', `${kb(bytes.unpackedFirefox.raw)} (${bytes.unpackedFirefox.count} files)`],
  ...bytes.zips.map((z): [string, string] => [`Zip ${z.file}`, kb(z.raw)]),
  ...paintRows('single', `Popup paint, one page per launch (${LAUNCHES} launches)`),
  ...paintRows(
    'multi',
    `Popup paint, ${2 + peers.length} pages in one browser (${MULTI_LAUNCHES} launches × ${ROUNDS} shuffled rounds)`,
  ),
  ...localeRows(),
  ['Worker start → first event handled', range(worker?.readyMs, ms)],
  ['API-floor worker start → first event handled', range(worker?.floorReadyMs, ms)],
  ['Empty worker start → first event handled', range(worker?.emptyReadyMs, ms)],
  ['Worker JS heap after GC (Backstride)', range(worker?.heapUsed, kb)],
  ['API-floor worker JS heap after GC', range(worker?.floorHeapUsed, kb)],
  ['Empty worker JS heap after GC', range(worker?.emptyHeapUsed, kb)],
  ['Worker heap / API floor', shownRatio(worker ? ratio(worker.heapUsed, worker.floorHeapUsed) : null)],
  ['Worker JS heap after a restart (Backstride)', range(worker?.restartHeapUsed, kb)],
  ['API-floor worker JS heap after a restart', range(worker?.floorRestartHeapUsed, kb)],
  [
    'Worker heap / API floor after a restart (info)',
    shownRatio(worker ? ratio(worker.restartHeapUsed, worker.floorRestartHeapUsed) : null),
  ],
  ['API floor / empty worker (info)', shownRatio(worker ? ratio(worker.floorHeapUsed, worker.emptyHeapUsed) : null)],
  ['Worker heap / empty worker (info)', shownRatio(worker ? ratio(worker.heapUsed, worker.emptyHeapUsed) : null)],
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
    `${pct(search.hitAt3)} (hit@1 ${pct(search.hitAt1)}; ${search.n} everyday queries, ${search.misses.length - search.falsePositives} missed; ${search.falsePositives} of ${search.outOfScope} it does not answer listed an answer)`,
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
  settings: {
    ...RUNS,
    paintDesigns: DESIGNS,
    timeZone: TIME_ZONE,
  },
  bytes,
  paint,
  localePaint,
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
