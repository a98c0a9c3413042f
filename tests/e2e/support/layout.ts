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
