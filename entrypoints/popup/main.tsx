import { hydrate, options, render } from 'preact';
import { applyLocale, messagesLocale } from '@/lib/browser/i18n';
import { whenBrowser } from '@/lib/browser/page-browser';
import { onePress } from '@/components/shared/one-press';
import { App } from './App';
import './style.css';

// Effects (the storage reads that enable "Start walk", the sections' lazy imports, timers) run in the
// task right after a render, not after the next frame: the popup's effects never measure or paint, and
// waiting a frame after hydration delayed "Start walk" by 10 ms (median).
options.requestAnimationFrame = (flush) => setTimeout(flush);

addEventListener('click', onePress, true);
addEventListener('keydown', onePress, true);

const root = document.getElementById('app')!;
// data-hydrated tells the bench (and tests) that the click handlers are attached.
const boot = (mount: typeof hydrate) => {
  mount(<App />, root);
  root.dataset.hydrated = '';
};

whenBrowser(() => {
  // Each language has its own prerendered page (scripts/prerender-popup.ts) and the background points the
  // toolbar button at the browser's. A page in another language (opened before the background chose, or
  // after the browser's language changed) is rendered afresh in the right one instead of hydrated.
  if (document.documentElement.lang !== messagesLocale()) {
    applyLocale();
    root.replaceChildren();
  }
  // popup.html arrives with the first paint already in it (scripts/prerender-popup.ts): adopt that markup
  // instead of building it again, but never before the browser has painted it. Usually this script runs
  // after that paint (hydrate at once); when it wins the race against the first frame, wait for that
  // frame. (A dev build has no markup, and renders.)
  if (!root.firstElementChild) boot(render);
  else if (performance.getEntriesByType('paint').length) boot(hydrate);
  else requestAnimationFrame(() => setTimeout(() => boot(hydrate)));
});
