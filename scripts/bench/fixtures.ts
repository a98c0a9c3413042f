/**
 * What the bench compares Backstride against, built at bench time into bench/tmp (never shipped, never
 * committed):
 *
 * - the API-floor worker: an extension whose service worker registers exactly the listeners
 *   Backstride's background registers and makes its start-up calls, with webextension-polyfill
 *   loaded as the product's worker loads it, with no logic. Its heap is what any worker with Backstride's features
 *   pays before its first line of logic, so the worker heap is budgeted against it;
 * - stand-ins for peers' popups, each its own small extension with a tiny worker (as real ones have):
 *   a plain Preact popup rendered by script on load (no prerender, stylesheet linked) and a vanilla-JS
 *   popup building its DOM on load.
 *
 * Bundled with rolldown (Vite 8's bundler, already installed with WXT), minified like a production
 * build.
 */
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';
import { POLYFILL_FILE } from '../../lib/browser/polyfill-file.ts';

/**
 * Every event listener Backstride's background registers (entrypoints/background/index.ts). One list:
 * when the background gains a listener, add it here too, or the floor is too low. `commands.onCommand`
 * is already in (issue 14 adds keyboard commands). Storage changes: `storage.onChanged` (WXT's storage
 * helper listens per area instead, `storage.local.onChanged` / `storage.sync.onChanged`: list whichever
 * the background uses).
 */
export const FLOOR_LISTENERS = [
  'runtime.onInstalled',
  'runtime.onStartup',
  'runtime.onMessage',
  'alarms.onAlarm',
  'idle.onStateChanged',
  'notifications.onClicked',
  'notifications.onClosed',
  'notifications.onButtonClicked',
  'storage.onChanged',
  'commands.onCommand',
] as const;

/**
 * The calls Backstride's worker makes at every start (its reconcile and badge refresh), with harmless
 * arguments. Also one list, to extend with the background.
 */
export const FLOOR_START_UP_CALLS: readonly (readonly [path: string, args: unknown[]])[] = [
  ['alarms.getAll', []],
  ['storage.local.get', [null]],
  ['idle.setDetectionInterval', [60]],
  ['idle.queryState', [60]],
  ['action.setBadgeText', [{ text: '' }]],
  ['action.setTitle', [{ title: '' }]],
  // The popup prerendered in the browser's language (entrypoints/background/index.ts).
  ['i18n.getMessage', ['locale']],
  ['action.setPopup', [{ popup: 'popup.html' }]],
];

/** The alarm each bench worker (empty, floor) arms when it handles its first event (install). */
export const READY_ALARM = 'bench-ready';
export const READY_DELAY_MS = 3_600_000;

// The product worker's own \`browser\` (lib/browser/worker-browser.ts): webextension-polyfill loaded
// from its own file, and only where the browser has no \`browser\` of its own (Chrome 156 has one).
const WORKER_BROWSER = fileURLToPath(new URL('../../lib/browser/worker-browser.ts', import.meta.url));

const floorWorkerSource = () => `import { browser } from ${JSON.stringify(WORKER_BROWSER)};

const LISTENERS = ${JSON.stringify(FLOOR_LISTENERS)};
const START_UP_CALLS = ${JSON.stringify(FLOOR_START_UP_CALLS)};
const at = (path) => path.split('.').reduce((o, k) => (o == null ? o : o[k]), browser);
const ready = () => browser.alarms.create(${JSON.stringify(READY_ALARM)}, { when: Date.now() + ${READY_DELAY_MS} });

for (const path of LISTENERS) {
  const event = at(path);
  if (event) event.addListener(path === 'runtime.onInstalled' ? ready : () => undefined);
}
for (const [path, args] of START_UP_CALLS) {
  const dot = path.lastIndexOf('.');
  const owner = at(path.slice(0, dot));
  if (owner) Promise.resolve(owner[path.slice(dot + 1)](...args)).catch(() => undefined);
}
`;

interface ManifestBits {
  permissions?: string[];
  commands?: Record<string, unknown>;
}

function writeJson(file: string, value: unknown): void {
  writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
}

async function bundle(input: string, file: string, format: 'iife' | 'esm'): Promise<void> {
  await build({
    input,
    platform: 'browser',
    logLevel: 'silent',
    output: { file, format, minify: true },
  });
}

/**
 * The API floor: same permissions (and commands) as the product's manifest, an action, and the worker
 * above bundled into background.js.
 */
export async function buildApiFloor(productBuild: string, dir: string): Promise<string> {
  const product = JSON.parse(readFileSync(join(productBuild, 'manifest.json'), 'utf8')) as ManifestBits;
  const src = join(dir, 'src');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(src, { recursive: true });
  writeFileSync(join(src, 'worker.js'), floorWorkerSource());
  const out = join(dir, 'extension');
  mkdirSync(out);
  copyFileSync(join(productBuild, POLYFILL_FILE), join(out, POLYFILL_FILE));
  await bundle(join(src, 'worker.js'), join(out, 'background.js'), 'iife');
  writeJson(join(out, 'manifest.json'), {
    manifest_version: 3,
    name: 'Bench API floor',
    version: '1.0.0',
    permissions: product.permissions ?? [],
    ...(product.commands ? { commands: product.commands } : {}),
    action: {},
    background: { service_worker: 'background.js' },
  });
  return out;
}

// --- Stand-ins for peers' popups -----------------------------------------------------------------

/** A stylesheet of the size and kind peers ship (system font, a few components), linked from the page. */
const PEER_CSS = `:root{color-scheme:light dark;--bg:#f6f7f9;--fg:#1c2430;--muted:#5a6472;--accent:#2563eb;--card:#fff;--line:#d9dee5;font:14px/1.45 system-ui,-apple-system,Segoe UI,Roboto,sans-serif}
@media (prefers-color-scheme:dark){:root{--bg:#15181d;--fg:#e7ebf0;--muted:#a3adba;--accent:#7aa7ff;--card:#1e232a;--line:#343b45}}
*{box-sizing:border-box}body{margin:0;width:380px;background:var(--bg);color:var(--fg)}
main{display:flex;flex-direction:column;gap:.75rem;padding:.75rem}
section{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:.75rem}
h1{font-size:1.1rem;margin:0}h2{font-size:1rem;margin:0 0 .5rem}p{margin:0 0 .5rem}
.muted{color:var(--muted);font-size:.85rem}.row{display:flex;gap:.5rem;align-items:center;flex-wrap:wrap}
button{font:inherit;color:inherit;border:1px solid var(--line);background:var(--card);border-radius:8px;padding:.35rem .75rem;cursor:pointer}
button.primary{background:var(--accent);border-color:var(--accent);color:#fff;font-weight:600;flex:1}
input{font:inherit;width:100%;padding:.35rem .5rem;border:1px solid var(--line);border-radius:8px;background:var(--card);color:inherit}
ul{margin:0;padding-left:1.1rem}li{margin:.2rem 0}
`;

const PEER_ITEMS = [
  'Check your posture every 30 minutes',
  'Take a short walk every hour',
  'Stretch your hips',
  'Rest your eyes',
];

const peerHtml = (title: string, head: string, body: string) => `<!DOCTYPE html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>${title}</title>
${head}
  </head>
  <body>
${body}
  </body>
</html>
`;

const PREACT_PEER_SOURCE = `import { h, render } from 'preact';
import { useEffect, useState } from 'preact/hooks';

const ITEMS = ${JSON.stringify(PEER_ITEMS)};

function App() {
  const [minutes, setMinutes] = useState(5);
  const [next, setNext] = useState(null);
  useEffect(() => {
    chrome.storage.local.get('next').then((v) => setNext(v.next ?? 'in 25 min'));
  }, []);
  return h('main', null,
    h('h1', null, 'Peer (Preact)'),
    h('section', null, h('p', null, 'Next reminder ', next ?? '…'),
      h('div', { class: 'row' },
        h('button', { class: 'primary', onClick: () => chrome.runtime.sendMessage({ start: minutes }) }, 'Start walk (', minutes, ' min)'),
        h('button', { onClick: () => setMinutes(minutes - 1) }, '−'),
        h('button', { onClick: () => setMinutes(minutes + 1) }, '+'))),
    h('section', null, h('h2', null, 'Tips'), h('ul', null, ITEMS.map((t) => h('li', { key: t }, t)))),
    h('section', null, h('h2', null, 'Search'), h('input', { type: 'search', 'aria-label': 'Search' })),
    h('p', { class: 'muted' }, 'General information, not medical advice.'));
}

render(h(App, null), document.getElementById('app'));
`;

const VANILLA_PEER_JS = `(() => {
  const ITEMS = ${JSON.stringify(PEER_ITEMS)};
  const el = (tag, props, ...children) => {
    const node = Object.assign(document.createElement(tag), props);
    node.append(...children);
    return node;
  };
  let minutes = 5;
  const start = el('button', { className: 'primary', onclick: () => chrome.runtime.sendMessage({ start: minutes }) }, 'Start walk (5 min)');
  const next = el('p', {}, 'Next reminder …');
  const shift = (d) => () => { minutes += d; start.textContent = 'Start walk (' + minutes + ' min)'; };
  document.body.append(
    el('main', {},
      el('h1', {}, 'Peer (vanilla)'),
      el('section', {}, next, el('div', { className: 'row' }, start, el('button', { onclick: shift(-1) }, '−'), el('button', { onclick: shift(1) }, '+'))),
      el('section', {}, el('h2', {}, 'Tips'), el('ul', {}, ...ITEMS.map((t) => el('li', {}, t)))),
      el('section', {}, el('h2', {}, 'Search'), el('input', { type: 'search' })),
      el('p', { className: 'muted' }, 'General information, not medical advice.')),
  );
  chrome.storage.local.get('next').then((v) => { next.textContent = 'Next reminder ' + (v.next ?? 'in 25 min'); });
})();
`;

const PEER_WORKER = `chrome.runtime.onInstalled.addListener(() => {});\n`;

export interface PeerPage {
  /** Short id used in results (`peer-preact`, `peer-vanilla`). */
  id: string;
  /** What it stands for, for the table. */
  label: string;
  /** The unpacked extension folder. */
  dir: string;
  /** Its manifest name, to find its id among the loaded extensions. */
  name: string;
  page: string;
}

function writePeerManifest(dir: string, name: string): void {
  writeJson(join(dir, 'manifest.json'), {
    manifest_version: 3,
    name,
    version: '1.0.0',
    permissions: ['storage'],
    action: { default_popup: 'popup.html' },
    background: { service_worker: 'background.js' },
  });
  writeFileSync(join(dir, 'background.js'), PEER_WORKER);
}

/** Builds the peer stand-ins into `dir` (each a folder with an unpacked extension). */
export async function buildPeers(dir: string): Promise<PeerPage[]> {
  rmSync(dir, { recursive: true, force: true });

  const preact = join(dir, 'peer-preact');
  mkdirSync(join(preact, 'src'), { recursive: true });
  writeFileSync(join(preact, 'src', 'popup.js'), PREACT_PEER_SOURCE);
  const preactOut = join(preact, 'extension');
  mkdirSync(preactOut);
  await bundle(join(preact, 'src', 'popup.js'), join(preactOut, 'popup.js'), 'esm');
  writeFileSync(join(preactOut, 'popup.css'), PEER_CSS);
  writeFileSync(
    join(preactOut, 'popup.html'),
    peerHtml(
      'Peer (Preact)',
      '    <link rel="stylesheet" href="popup.css">\n    <script type="module" src="popup.js"></script>',
      '    <div id="app"></div>',
    ),
  );
  writePeerManifest(preactOut, 'Bench peer (Preact)');

  const vanilla = join(dir, 'peer-vanilla', 'extension');
  mkdirSync(vanilla, { recursive: true });
  writeFileSync(join(vanilla, 'popup.js'), VANILLA_PEER_JS);
  writeFileSync(join(vanilla, 'popup.css'), PEER_CSS);
  writeFileSync(
    join(vanilla, 'popup.html'),
    peerHtml('Peer (vanilla)', '    <link rel="stylesheet" href="popup.css">', '    <script src="popup.js"></script>'),
  );
  writePeerManifest(vanilla, 'Bench peer (vanilla)');

  return [
    {
      id: 'peer-preact',
      label: 'Preact popup rendered on load',
      dir: preactOut,
      name: 'Bench peer (Preact)',
      page: 'popup.html',
    },
    {
      id: 'peer-vanilla',
      label: 'vanilla-JS popup built on load',
      dir: vanilla,
      name: 'Bench peer (vanilla)',
      page: 'popup.html',
    },
  ];
}
