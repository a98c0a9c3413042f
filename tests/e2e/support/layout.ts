/**
 * Runs in a page (`page.evaluate(overflowInPage)`): what sticks out sideways past the page's width, and
 * what scrolls sideways, each named by tag and class; whether the page itself scrolls sideways.
 */
export function overflowInPage() {
  const width = document.documentElement.clientWidth;
  const out = [...document.querySelectorAll<HTMLElement>('body *')]
    .filter((el) => el.getClientRects().length > 0 && !el.closest('.visually-hidden'))
    .map((el) => ({ el, r: el.getBoundingClientRect() }))
    .filter(({ r }) => r.width > 0 && (r.left < -1 || r.right > width + 1))
    .map(
      ({ el, r }) =>
        `<${el.tagName.toLowerCase()} class="${el.className}"> ${Math.round(r.left)}–${Math.round(r.right)}`,
    );
  const scrollers = [...document.querySelectorAll<HTMLElement>('body, body *')]
    // (A visually hidden element is a clipped 1-px box: its text "overflows" by design.)
    .filter((el) => !el.closest('.visually-hidden'))
    .filter((el) => el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible')
    .map((el) => `<${el.tagName.toLowerCase()} class="${el.className}"> scrolls sideways`);
  return { width, out: [...out, ...scrollers], pageScrolls: document.documentElement.scrollWidth > width + 1 };
}

/**
 * Runs in a loaded popup (`page.evaluate(statusHeightsInPage)`): the height of its status region as
 * it is now, and of the same region as the page's first paint has it (the prerendered HTML, fetched
 * again, placed beside the live one with the same width and styles). Equal heights mean nothing below
 * the status moves when the status arrives.
 */
export async function statusHeightsInPage(): Promise<{ live: number; firstPaint: number }> {
  const html = await (await fetch(location.pathname)).text();
  const painted = new DOMParser().parseFromString(html, 'text/html').querySelector('.status')!;
  const live = document.querySelector('.status')!;
  const copy = document.importNode(painted, true);
  live.after(copy);
  const heights = { live: live.getBoundingClientRect().height, firstPaint: copy.getBoundingClientRect().height };
  copy.remove();
  return heights;
}
