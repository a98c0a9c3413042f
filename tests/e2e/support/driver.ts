/**
 * The small driver layer that lets every end-to-end journey run, unchanged, against real Chromium
 * (playwright-core over CDP) and real Firefox (puppeteer-core over WebDriver BiDi).
 */

export type BrowserName = 'chromium' | 'firefox';

/** Between the two clicks of a double-click (a person's is about 100–200 ms; both browsers count up to 500 ms). */
export const DOUBLE_CLICK_GAP_MS = 150;

/** A held key starts repeating after this long (a desktop's usual delay), then repeats this often. */
export const KEY_REPEAT_DELAY_MS = 500;
export const KEY_REPEAT_EVERY_MS = 33;

/** Presses `key` down, again and again while held (each a repeat), then lets it go: both drivers' keyboards mark a second down of a key still down as a repeat. */
export async function holdWith(
  keyboard: { down(key: string): Promise<void>; up(key: string): Promise<void> },
  key: string,
  ms: number,
): Promise<void> {
  const pause = (t: number) => new Promise((r) => setTimeout(r, t));
  await keyboard.down(key);
  await pause(KEY_REPEAT_DELAY_MS);
  for (let held = KEY_REPEAT_DELAY_MS; held < ms; held += KEY_REPEAT_EVERY_MS) {
    await keyboard.down(key);
    await pause(KEY_REPEAT_EVERY_MS);
  }
  await keyboard.up(key);
}

/** A rectangle of the page, in CSS pixels. */
export interface Clip {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The common surface of a Playwright page and a Puppeteer page that the journeys use. */
export interface ExtPage {
  /** Runs `fn(arg)` in the page. `fn` is serialised: it can use only its argument and page globals. */
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Runs a script source in the page (for injecting axe-core, which the page's CSP would block as a tag). */
  run(source: string): Promise<unknown>;
  /**
   * Emulates the system colour scheme for the page; absent where the driver cannot (Firefox over
   * WebDriver BiDi has no media emulation).
   */
  colorScheme?(scheme: 'light' | 'dark'): Promise<void>;
  press(key: string): Promise<void>;
  type(text: string): Promise<void>;
  /**
   * Double-clicks with the mouse at (x, y), CSS pixels of the viewport, as a person does: two clicks
   * `DOUBLE_CLICK_GAP_MS` apart (time for the page to act on the first), the second with detail 2.
   */
  doubleClick(x: number, y: number): Promise<void>;
  /**
   * Holds `key` down for `ms`, as a person whose finger rests on it: after the system's repeat delay
   * (`KEY_REPEAT_DELAY_MS`) the key repeats (`repeat` true) every `KEY_REPEAT_EVERY_MS`, then it is let go.
   */
  holdKey(key: string, ms: number): Promise<void>;
  /** Saves a PNG of the whole page, or of `clip` (CSS pixels from the document's top left) when given. */
  screenshot(path: string, clip?: Clip): Promise<void>;
  /** Resizes the page's viewport (CSS pixels, device scale 1). */
  setViewport(width: number, height: number): Promise<void>;
  close(): Promise<void>;
}

export interface ExtBrowser {
  name: BrowserName;
  version: string;
  /** Opens an extension page (`popup.html`, `options.html`) in a new tab and waits until it is loaded. */
  openPage(path: string): Promise<ExtPage>;
  /**
   * Unloads the background: Chromium stops its service worker; Firefox's event page is suspended by
   * its (shortened) idle timeout. Open extension pages stay open.
   */
  stopBackground(): Promise<void>;
  close(): Promise<void>;
}

export async function waitUntil<T>(
  read: () => Promise<T>,
  ok: (value: T) => boolean,
  { timeout = 10_000, interval = 100, what = 'condition' } = {},
): Promise<T> {
  const end = Date.now() + timeout;
  let value = await read();
  while (!ok(value)) {
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}; last value: ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, interval));
    value = await read();
  }
  return value;
}

/** The colour schemes a page can be checked in: both where emulation works, else the default. */
export const schemesOf = (page: ExtPage) => (page.colorScheme ? (['light', 'dark'] as const) : (['light'] as const));
