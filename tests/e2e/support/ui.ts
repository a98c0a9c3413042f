import { waitUntil, type ExtPage } from './driver';

/**
 * User-level actions on an extension page, written once for both browsers. Controls are found the
 * way a user or a screen reader finds them: by role and accessible name (aria-label, else text).
 */
export function ui(page: ExtPage) {
  /** Names of the visible controls of `role` ('button', 'link', 'heading'), in document order. */
  const names = (role: 'button' | 'link' | 'heading' | 'timer' | 'status', within?: string) =>
    page.evaluate(
      ([r, scope]) => {
        const selector = {
          button: 'button',
          link: 'a[href]',
          heading: 'h1, h2, h3',
          timer: '[role="timer"]',
          status: '[role="status"]',
        }[r];
        const root: ParentNode =
          (scope
            ? [...document.querySelectorAll('section')].find((s) => s.querySelector('h2')?.textContent === scope)
            : null) ?? document;
        return [...root.querySelectorAll<HTMLElement>(selector)]
          .filter((el) => el.offsetParent !== null || el.getClientRects().length > 0)
          .map((el) => (el.getAttribute('aria-label') ?? el.textContent ?? '').trim());
      },
      [role, within ?? ''] as const,
    );

  const buttonDisabled = (prefix: string) =>
    page.evaluate((p) => {
      const b = [...document.querySelectorAll('button')].find((el) =>
        (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().startsWith(p),
      );
      return b ? b.disabled || b.getAttribute('aria-disabled') === 'true' : null;
    }, prefix);

  return {
    names,
    async waitForButton(prefix: string, timeout = 10_000) {
      await waitUntil(
        () => names('button'),
        (list) => list.some((n) => n.startsWith(prefix)),
        {
          timeout,
          what: `a button named "${prefix}…"`,
        },
      );
    },
    /**
     * Clicks the first enabled, visible button whose accessible name starts with `prefix`, as soon as
     * there is one: a control whose panel has a command on its way is aria-disabled for that moment,
     * and a user would wait for it too.
     */
    async click(prefix: string, timeout = 10_000) {
      const clickEnabled = () =>
        page.evaluate((p) => {
          const target = [...document.querySelectorAll<HTMLButtonElement>('button')].find(
            (b) =>
              !b.disabled &&
              b.getAttribute('aria-disabled') !== 'true' &&
              b.getClientRects().length > 0 &&
              (b.getAttribute('aria-label') ?? b.textContent ?? '').trim().startsWith(p),
          );
          target?.click();
          return Boolean(target);
        }, prefix);
      await waitUntil(clickEnabled, (clicked) => clicked, { timeout, what: `an enabled button named "${prefix}…"` });
    },
    /**
     * Waits until the button named `prefix…` takes presses, as a user would: focus can land on a control
     * while the command before is still on its way, and then it is aria-disabled and ignores a key.
     */
    async waitEnabled(prefix: string, timeout = 10_000) {
      await waitUntil(
        () => buttonDisabled(prefix),
        (d) => d === false,
        { timeout, what: `"${prefix}…" to take presses` },
      );
    },
    buttonDisabled,
    /** Double-clicks the middle of the first visible button named `prefix…` with the mouse, as a person does. */
    async doubleClick(prefix: string) {
      const at = await page.evaluate((p) => {
        const b = [...document.querySelectorAll('button')].find(
          (el) =>
            el.getClientRects().length > 0 &&
            (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().startsWith(p),
        );
        const r = b?.getBoundingClientRect();
        return r ? { x: r.x + r.width / 2, y: r.y + r.height / 2 } : null;
      }, prefix);
      if (!at) throw new Error(`no button named "${prefix}…" to double-click`);
      await page.doubleClick(at.x, at.y);
    },
    /** Presses Tab until the control labelled `label` has focus (at most 40 presses). */
    async tabTo(label: string) {
      for (let i = 0; i < 40; i++) {
        const focused = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el || el === document.body) return '';
          const labelled = el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null;
          return (el.getAttribute('aria-label') ?? labelled ?? el.textContent ?? '').trim();
        });
        if (focused === label) return i;
        await page.press('Tab');
      }
      throw new Error(`Tab never reached "${label}"`);
    },
    text: () => page.evaluate(() => document.body.innerText),
    expandedQuestions: () =>
      page.evaluate(() =>
        [...document.querySelectorAll('button[aria-expanded="true"]')].map((b) => (b.textContent ?? '').trim()),
      ),
  };
}
