import { render } from 'preact';
import { t } from '@/lib/browser/i18n';
import { App } from './App';
import './style.css';

document.title = t('welcomeTitle');
render(<App />, document.getElementById('app')!);
