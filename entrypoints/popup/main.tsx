import { hydrate, render } from 'preact';
import { App } from './App';
import './style.css';

const root = document.getElementById('app')!;
// popup.html arrives with the first paint already in it (scripts/prerender-popup.ts): let the browser
// paint it, then adopt that markup instead of building it again. (A dev build has none, and renders.)
if (root.firstElementChild) requestAnimationFrame(() => setTimeout(() => hydrate(<App />, root)));
else render(<App />, root);
