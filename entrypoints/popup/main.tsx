import { hydrate, render } from 'preact';
import { App } from './App';
import './style.css';

const root = document.getElementById('app')!;
// popup.html arrives with the first paint already in it (scripts/prerender-popup.ts): let the browser
// paint it, then adopt that markup instead of building it again. (A dev build has none, and renders.)
// data-hydrated tells the bench (and tests) that the click handlers are attached.
const boot = (mount: typeof hydrate) => {
  mount(<App />, root);
  root.dataset.hydrated = '';
};
if (root.firstElementChild) requestAnimationFrame(() => setTimeout(() => boot(hydrate)));
else boot(render);
