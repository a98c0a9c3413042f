/**
 * The keyboard shortcuts in real browsers.
 *
 * Chromium: the shortcuts as the browser delivers them. No API lets a test press an extension's
 * shortcut (CDP's key events go to the page, not to the browser's accelerators), so the test dispatches
 * the command on Chrome's own `commands.onCommand` event inside the service worker: the same event, the
 * same listener (index.ts) the key press reaches. Nothing is exposed to pages. Firefox's events have no
 * such dispatch; its shortcuts are covered by the unit tests.
 *
 * Firefox: the options page's editor, which changes the shortcuts in place (commands.update): where
 * focus goes after a change, and the refusal of keys another Backstride command already has.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launch } from './support/browsers';
import { launchChromium, type ChromiumSession } from './support/chromium';
import { waitUntil, type ExtBrowser, type ExtPage } from './support/driver';
import { ui } from './support/ui';

interface CommandEvent {
  dispatch(name: string): void;
}

describe.runIf(BROWSERS.includes('chromium'))('keyboard shortcuts in real Chromium', () => {
  let session: ChromiumSession;

  const inWorker = async <R, A>(fn: (arg: A) => R | Promise<R>, arg?: A) =>
    (await session.worker()).evaluate(fn as never, arg) as Promise<R>;
  const press = (name: string) =>
    inWorker((n) => (chrome.commands.onCommand as unknown as CommandEvent).dispatch(n), name);
  const badge = () => inWorker(() => chrome.action.getBadgeText({}));
  const local = (key: string) => inWorker(async (k) => (await chrome.storage.local.get(k))[k] ?? null, key);

  beforeAll(async () => {
    session = await launchChromium();
  });
  afterAll(() => session?.close());

  it('toggle-walk starts a walk of the settings’ length, then finishes it (logged, announced, chimed)', async () => {
    await waitUntil(
      () => inWorker(() => chrome.alarms.getAll()),
      (alarms) => alarms.length === 2,
      { what: 'the reminder alarms' },
    );
    await press('toggle-walk');
    await waitUntil(badge, (text) => text === '5', { what: 'the badge to show the walk' });
    expect(await local('walk')).toMatchObject({ plannedMin: 5, pausedAt: null });
    expect(await inWorker(() => chrome.action.getTitle({}))).toBe('Walk: 5 min left');

    // Two minutes into the walk (a walk under a minute would end as a cancel, logging nothing).
    await inWorker(async () => {
      const { walk } = (await chrome.storage.local.get('walk')) as { walk: { startedAt: number } };
      walk.startedAt -= 2 * 60_000;
      await chrome.storage.local.set({ walk });
    });
    const offscreen = () =>
      inWorker(async () => {
        const runtime = chrome.runtime as unknown as {
          getContexts(filter: object): Promise<Array<{ documentUrl?: string }>>;
        };
        const docs = await runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] });
        return docs.map((c) => c.documentUrl!.replace(/^chrome-extension:\/\/[^/]+/, ''));
      });
    // Watched from before the press: the chime's document lives about a second. Under load Chromium can
    // list the document a moment before its URL is set (seen once in a full run): wait for the URL.
    const chimed = waitUntil(offscreen, (docs) => docs.some((url) => url !== ''), {
      interval: 50,
      what: 'the chime document',
    });
    await press('toggle-walk');
    await waitUntil(badge, (text) => text === '', { what: 'the badge to clear' });
    expect(await local('walk')).toBeNull();
    expect((await local('history')) as { walks: unknown[] }).toMatchObject({
      walks: [{ plannedMin: 5, actualMin: 2, finished: false }],
    });
    expect(Object.keys(await inWorker(() => chrome.notifications.getAll()))).toContain('walk-complete');
    // The chime played in an offscreen document at the default volume, which then closed itself.
    expect(await chimed).toEqual(['/offscreen.html?volume=60']);
    await waitUntil(offscreen, (docs) => docs.length === 0, { timeout: 15_000, what: 'the chime document to close' });
  });

  it('toggle-pause pauses reminders for an hour with a notification and a pause mark, then resumes them', async () => {
    const before = Date.now();
    await press('toggle-pause');
    await waitUntil(badge, (text) => text === 'II', { what: 'the pause mark' });
    expect(await inWorker(() => chrome.action.getTitle({}))).toMatch(/^Backstride: paused until /);
    const alarms = await inWorker(() => chrome.alarms.getAll());
    expect(alarms.map((a) => a.name)).toEqual(['pause-end']);
    expect(alarms[0]!.scheduledTime).toBeGreaterThanOrEqual(before + 60 * 60_000);
    expect(Object.keys(await inWorker(() => chrome.notifications.getAll()))).toContain('reminders-pause');

    await press('toggle-pause');
    await waitUntil(badge, (text) => text === '', { what: 'the pause mark to go' });
    await waitUntil(
      async () => (await inWorker(() => chrome.alarms.getAll())).map((a) => a.name).sort(),
      (names) => names.join() === 'posture-reminder,walk-reminder',
      { what: 'the reminder alarms back' },
    );
    expect(await inWorker(() => chrome.action.getTitle({}))).toMatch(/^Backstride: posture check at /);
  });
  it('the options page opens Chrome’s shortcut settings, where the user changes them', async () => {
    const options = await session.openPage('options.html');
    await options.getByRole('button', { name: 'Open the browser’s shortcut settings' }).click();
    await waitUntil(
      async () => session.context.pages().map((p) => p.url()),
      (urls) => urls.includes('chrome://extensions/shortcuts'),
      { what: 'chrome://extensions/shortcuts to open' },
    );
    await options.close();
  });
});

describe.runIf(BROWSERS.includes('firefox'))('the shortcut editor of the options page in real Firefox', () => {
  let browser: ExtBrowser;
  let options: ExtPage;

  const WALK = 'Start a walk';
  const PAUSE = 'Pause reminders';
  /** What has focus: the page's body, or a control and its accessible name. */
  const focused = () =>
    options.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return '<body>';
      return `${el.tagName} ${el.getAttribute('aria-label') ?? el.textContent}`;
    });
  const shortcuts = () =>
    options.evaluate(async () => {
      const api = (globalThis as unknown as { browser: typeof chrome }).browser;
      return Object.fromEntries((await api.commands.getAll()).map((c) => [c.name, c.shortcut]));
    });
  const status = () =>
    options.evaluate(
      () => document.querySelector('section[aria-labelledby="shortcuts-heading"] [role="status"]')?.textContent,
    );
  /**
   * Opens the key field of `command` as a click does: focus on its Change button, then the click. (Enter
   * on the button would be the keyboard's way, but the driver's tab is hidden and Firefox turns no
   * synthetic key into a click there.)
   */
  const openField = async (command: string) => {
    await options.evaluate((c) => {
      const buttons = [...document.querySelectorAll('button')];
      const change = buttons.find((b) => b.getAttribute('aria-label')?.startsWith(`Change the shortcut to “${c}`))!;
      change.focus();
      change.click();
    }, command);
    await waitUntil(focused, (f) => f.startsWith(`INPUT Press the new keys for “${command}`), {
      what: `the key field of “${command}…” to take focus`,
    });
  };
  /** A chord as the page receives it (a synthetic event: the driver has no modifier chords). */
  const chord = (key: string) =>
    options.evaluate(
      (k) =>
        void document.activeElement!.dispatchEvent(
          new KeyboardEvent('keydown', { key: k, code: `Key${k}`, altKey: true, shiftKey: true, bubbles: true }),
        ),
      key,
    );

  beforeAll(async () => {
    browser = await launch('firefox');
    options = await browser.openPage('options.html');
    await ui(options).waitForButton(`Change the shortcut to “${WALK}`);
    // Where focus is at the moment the key field leaves the page: a MutationObserver runs right after
    // the change that removed it, before any timer, so focus moved later shows here as <body>.
    await options.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { focusWhenFieldWent: string[] }).focusWhenFieldWent = seen;
      let open = false;
      new MutationObserver(() => {
        const now = Boolean(document.querySelector('.shortcut-input'));
        if (open && !now) {
          const el = document.activeElement;
          seen.push(!el || el === document.body ? '<body>' : `${el.tagName} ${el.getAttribute('aria-label')}`);
        }
        open = now;
      }).observe(document.body, { childList: true, subtree: true });
    });
  });
  afterAll(async () => {
    await options
      ?.evaluate(async () => {
        const api = (globalThis as unknown as { browser: { commands: { reset(name: string): Promise<void> } } })
          .browser;
        await Promise.all(['toggle-walk', 'toggle-pause'].map((name) => api.commands.reset(name)));
      })
      .catch(() => undefined);
    await browser?.close();
  });

  const lastFocusWhenFieldWent = () =>
    options.evaluate(() => (window as unknown as { focusWhenFieldWent: string[] }).focusWhenFieldWent.at(-1));

  it.each([
    ['a new shortcut', WALK, () => chord('U'), { 'toggle-walk': 'Alt+Shift+U' }],
    ['Backspace (removes it)', WALK, () => options.press('Backspace'), { 'toggle-walk': '' }],
    ['Escape (cancels)', PAUSE, () => options.press('Escape'), { 'toggle-pause': 'Alt+Shift+Q' }],
    ['Delete (removes it)', PAUSE, () => options.press('Delete'), { 'toggle-pause': '' }],
  ])(
    'after %s, focus is on the command’s Change button the moment the field goes, never on <body>',
    async (_keys, command, keys, expected) => {
      await options.evaluate(
        () => void (window as unknown as { focusWhenFieldWent: string[] }).focusWhenFieldWent.splice(0),
      );
      await openField(command);
      await keys();
      await waitUntil(lastFocusWhenFieldWent, (f) => f !== undefined, { what: 'the key field to go' });
      const button = `BUTTON Change the shortcut to “${command}`;
      expect(await lastFocusWhenFieldWent()).toMatch(new RegExp(`^${button}`));
      expect(await focused()).toMatch(new RegExp(`^${button}`));
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(await focused()).toMatch(new RegExp(`^${button}`));
      expect(await shortcuts()).toMatchObject(expected);
    },
  );

  it('refuses keys another Backstride command has, saving nothing and keeping focus in the field', async () => {
    await options.evaluate(async () => {
      const api = (globalThis as unknown as { browser: { commands: { reset(name: string): Promise<void> } } }).browser;
      await Promise.all(['toggle-walk', 'toggle-pause'].map((name) => api.commands.reset(name)));
    });
    expect(await shortcuts()).toMatchObject({ 'toggle-walk': 'Alt+Shift+G', 'toggle-pause': 'Alt+Shift+Q' });
    await openField(WALK);
    await chord('Q');
    await waitUntil(status, (text) => Boolean(text), { what: 'the status line' });
    expect(await status()).toBe(
      'Not saved: “Pause reminders for an hour, or resume them” already uses Alt+Shift+Q. Press other keys (Esc cancels).',
    );
    expect(await focused()).toMatch(/^INPUT Press the new keys for “Start a walk/);
    expect(await shortcuts()).toMatchObject({ 'toggle-walk': 'Alt+Shift+G', 'toggle-pause': 'Alt+Shift+Q' });
    // Other keys, in the same field, are saved.
    await chord('Y');
    await waitUntil(shortcuts, (s) => s['toggle-walk'] === 'Alt+Shift+Y', { what: 'the new shortcut' });
    expect(await focused()).toMatch(/^BUTTON Change the shortcut to “Start a walk/);
    expect(await status()).toBe('Shortcut saved.');
  });
});
