import { hydrate, render } from 'preact';
import { App } from './App';
import './style.css';

const root = document.getElementById('app')!;
// data-hydrated tells the bench (and tests) that the click handlers are attached.
const boot = (mount: typeof hydrate) => {
  mount(<App />, root);
  root.dataset.hydrated = '';
};
// popup.html arrives with the first paint already in it (scripts/prerender-popup.ts): adopt that markup
// instead of building it again, but never before the browser has painted it. Usually this script runs
// after that paint (hydrate at once); when it wins the race against the first frame, wait for that
// frame. (A dev build has no markup, and renders.)
if (!root.firstElementChild) boot(render);
else if (performance.getEntriesByType('paint').length) boot(hydrate);
else requestAnimationFrame(() => setTimeout(() => boot(hydrate)));
