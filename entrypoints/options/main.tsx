import { render } from 'preact';
import { applyLocale, t } from '@/lib/browser/i18n';
import { whenBrowser } from '@/lib/browser/page-browser';
import { App } from './App';
import './style.css';

whenBrowser(() => {
  // The language and direction of the messages (Arabic lays the page out right to left).
  applyLocale();
  document.title = t('optionsTitle');
  render(<App />, document.getElementById('app')!);
});
