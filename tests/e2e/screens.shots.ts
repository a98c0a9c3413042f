/**
 * Screenshots of every screen of the popup, the options page and the welcome page, in Chromium and
 * Firefox, light and dark, at the size a user sees them, from the real build (`npm run
 * screenshots:docs`; not part of npm test). They land in docs/screenshots/<browser>-<screen>-<scheme>.png.
 *
 * States are set the way the journeys set them: written to storage from an extension page (a walk
 * that just ended, weeks of history under a walking plan), never waited for. The one live action is
 * the walk itself, started with the popup's own button and cancelled after the picture.
 */
import { mkdirSync } from 'node:fs';
import { describe, it } from 'vitest';
import { emptyHistory, type CheckIn, type History, type WalkEntry } from '@/lib/history/model';
import { DAY, HOUR, MINUTE } from '@/lib/time/units';
import { BROWSERS } from './support/browsers';
import { chromiumDriver } from './support/chromium-driver';
import { waitUntil, type BrowserName, type Clip, type ExtBrowser, type ExtPage } from './support/driver';
import { extensionState } from './support/extension-state';
import { firefoxDriver } from './support/firefox-driver';
import { ui } from './support/ui';

const OUT = 'docs/screenshots';
/**
 * The popup at the size the browsers give it: its body is 380 px wide and its page 600 px tall (the
 * journeys' 400 px page would add a strip of background that no popup shows).
 */
const POPUP = { width: 380, height: 600 };
/** The options and welcome pages, as a window a little narrower than a laptop's. */
const PAGE_WIDTH = 900;

type Scheme = 'light' | 'dark';

/** Writes values to the extension's local storage, as the options page or the background would. */
const seed = (page: ExtPage, values: Record<string, unknown>) =>
  page.evaluate(async (v) => {
    const api = (globalThis as { browser?: typeof chrome }).browser ?? chrome;
    await api.storage.local.set(v);
  }, values);

const history = (walks: WalkEntry[], postureChecks: number[] = []): History => ({
  ...emptyHistory(),
  walks,
  postureChecks,
});

/** One walk that ended a few minutes ago, with no check-in yet: the popup asks how the back feels. */
function justWalked(now: number) {
  const startedAt = now - 9 * MINUTE;
  return history([{ startedAt, endedAt: startedAt + 6 * MINUTE, plannedMin: 6, actualMin: 6, finished: true }]);
}

/**
 * Four weeks of walks, the last three under a walking plan started at 5 min: met on most days of its
 * first two weeks (it grew to 6, then 7 min), one "Worse" in its third (it held at 7), a short walk
 * today. Every walk has its check-in, so the popup shows the plan, not a question.
 */
function underAPlan(now: number) {
  const midnight = new Date(now);
  midnight.setHours(0, 0, 0, 0);
  const at = (daysAgo: number, hour: number) => midnight.getTime() - daysAgo * DAY + hour * HOUR;
  // Minutes walked each day, from 27 days ago to yesterday (0: no walk).
  const minutes = [4, 0, 6, 5, 0, 5, 6, 0, 5, 7, 6, 5, 0, 6, 7, 0, 6, 8, 7, 6, 7, 8, 0, 7, 9, 7, 8];
  const feels: CheckIn['feel'][] = ['better', 'same', 'better', 'same'];
  const walks: WalkEntry[] = [];
  const postureChecks: number[] = [];
  minutes.forEach((min, i) => {
    const daysAgo = minutes.length - i;
    for (const hour of [9.5, 11, 14.25, 16]) postureChecks.push(at(daysAgo, hour));
    if (!min) return;
    const startedAt = at(daysAgo, 12);
    const endedAt = startedAt + min * MINUTE;
    // Four days ago the back felt worse: the third week holds its target.
    const feel = daysAgo === 4 ? 'worse' : feels[i % feels.length]!;
    walks.push({
      startedAt,
      endedAt,
      plannedMin: Math.max(min, 5),
      actualMin: min,
      finished: true,
      checkIn: { at: endedAt + MINUTE, feel },
    });
  });
  // Today: a walk of 4 min, answered.
  const startedAt = now - 40 * MINUTE;
  walks.push({
    startedAt,
    endedAt: startedAt + 4 * MINUTE,
    plannedMin: 7,
    actualMin: 4,
    finished: false,
    checkIn: { at: startedAt + 5 * MINUTE, feel: 'same' },
  });
  return {
    history: history(walks, postureChecks),
    plan: { version: 1, startedAt: at(21, 8), startMin: 5, pausedAt: null, pauses: [] },
  };
}

/** A browser with the built extension, showing pages in `scheme`. */
async function open(name: BrowserName, scheme: Scheme): Promise<ExtBrowser> {
  if (name === 'firefox') return firefoxDriver({ colorScheme: scheme });
  const chromium = await chromiumDriver();
  return {
    ...chromium,
    async openPage(path) {
      const page = await chromium.openPage(path);
      await page.colorScheme!(scheme);
      return page;
    },
  };
}

/** The popup, its storage read and the sections that load after the first paint in place. */
async function popupReady(browser: ExtBrowser): Promise<ExtPage> {
  const popup = await browser.openPage('popup.html');
  await popup.setViewport(POPUP.width, POPUP.height);
  await ui(popup).waitEnabled('Start walk');
  await waitUntil(
    () => popup.evaluate(() => document.querySelectorAll('.mini-exercise-loading, .quick-answers-loading').length),
    (n) => n === 0,
    { what: 'the sections loaded after the first paint' },
  );
  return popup;
}

/** The box around the elements matching `selector` (all of them), with a margin, in document pixels. */
const around = (page: ExtPage, selector: string, margin = 12) =>
  page.evaluate(
    ([sel, m]) => {
      const boxes = [...document.querySelectorAll(sel)].map((el) => el.getBoundingClientRect());
      if (!boxes.length) throw new Error(`nothing matches ${sel}`);
      const top = Math.min(...boxes.map((b) => b.top)) + scrollY - m;
      const bottom = Math.max(...boxes.map((b) => b.bottom)) + scrollY + m;
      const left = Math.min(...boxes.map((b) => b.left)) + scrollX - m;
      const right = Math.max(...boxes.map((b) => b.right)) + scrollX + m;
      const x = Math.max(0, Math.floor(left));
      const y = Math.max(0, Math.floor(top));
      return { x, y, width: Math.ceil(right) - x, height: Math.ceil(bottom) - y } as Clip;
    },
    [selector, margin] as const,
  );

/** Lets fonts, lazy chunks and transitions settle before a picture. */
const settle = (ms = 400) => new Promise((r) => setTimeout(r, ms));

async function capture(name: BrowserName, scheme: Scheme) {
  const file = (screen: string) => `${OUT}/${name}-${screen}-${scheme}.png`;
  const browser = await open(name, scheme);
  try {
    // The popup as a new install opens it.
    let popup = await popupReady(browser);
    await settle();
    await popup.screenshot(file('popup-default'));

    // Quick answers: a search the document answers (the excerpt shows the word the question does not),
    // then one it does not answer (nothing listed, suggestions instead).
    for (const [query, shown, screen] of [
      ['sciatica when walking', 'How do I get past lower back pain while walking?', 'popup-search'],
      ['knee pain', 'Show all questions', 'popup-search-none'],
    ] as const) {
      await popup.close();
      popup = await popupReady(browser);
      await ui(popup).tabTo('Search answers');
      await popup.type(query);
      await waitUntil(
        () => ui(popup).names('button', 'Quick answers'),
        (list) => list.includes(shown) && list.length <= 5, // with the clear button
        { what: `the results for "${query}"` },
      );
      await settle();
      await popup.screenshot(file(screen));
    }

    // During a walk, in a popup opened afresh (not the one with the last search typed in): started with
    // the popup's own button; cancelled after the picture (nothing logged).
    await popup.close();
    popup = await popupReady(browser);
    await ui(popup).click('Start walk');
    await ui(popup).waitForButton('Pause walk');
    await settle(1_200);
    await popup.screenshot(file('popup-walking'));
    await ui(popup).click('Cancel');
    await waitUntil(
      () => extensionState(popup).badge(),
      (text) => text === '',
      { what: 'the walk to be cancelled' },
    );
    await popup.close();

    // A walk just ended: the back check-in waits.
    const setup = await browser.openPage('options.html');
    await seed(setup, { history: justWalked(Date.now()) });
    popup = await popupReady(browser);
    await ui(popup).waitForButton('Worse');
    await settle();
    await popup.screenshot(file('popup-check-in'));
    await popup.close();

    // Weeks under a walking plan: the popup's plan section with today's target.
    await seed(setup, underAPlan(Date.now()));
    await setup.close();
    popup = await popupReady(browser);
    await waitUntil(
      () => ui(popup).names('heading'),
      (headings) => headings.includes('Walking plan'),
      { what: 'the Walking plan heading' },
    );
    await settle();
    await popup.screenshot(file('popup-plan'));
    await popup.close();

    // The options page with that plan: its card, the history with the plan's target marks, the sound
    // setting and the shortcuts. The window is made as tall as the page so every clip is in view.
    const options = await browser.openPage('options.html');
    await options.setViewport(PAGE_WIDTH, 900);
    await ui(options).waitForButton('Pause plan');
    await waitUntil(
      () => options.evaluate(() => document.querySelectorAll('.chart-target').length),
      (n) => n > 0,
      { what: 'the plan’s target marks on the chart' },
    );
    await waitUntil(
      () => ui(options).text(),
      (text) => text.includes('Alt+Shift+G'),
      { what: 'the shortcut list' },
    );
    const height = await options.evaluate(() => document.documentElement.scrollHeight);
    await options.setViewport(PAGE_WIDTH, height);
    await settle();
    const card = (heading: string) => `section.card:has(#${heading})`;
    await options.screenshot(file('options-plan'), await around(options, card('plan-card-heading')));
    await options.screenshot(file('options-history'), await around(options, card('history-heading')));
    await options.screenshot(
      file('options-sound-shortcuts'),
      await around(options, `${card('sound-heading')}, ${card('shortcuts-heading')}`),
    );
    await options.close();

    // The welcome page, whole.
    const welcome = await browser.openPage('welcome.html');
    await welcome.setViewport(PAGE_WIDTH, 900);
    await waitUntil(
      () => ui(welcome).text(),
      (text) => /Your first posture check: at .+\(in \d+\s(min|h)\)/.test(text),
      { what: 'the first posture check time' },
    );
    await settle();
    await welcome.screenshot(file('welcome'));
    await welcome.close();
  } finally {
    await browser.close();
  }
}

describe.each(BROWSERS)('screens in %s', (name) => {
  it.each(['light', 'dark'] as const)('captures every screen, %s', (scheme) => capture(name, scheme), 180_000);
});

mkdirSync(OUT, { recursive: true });
