/**
 * Build time only (scripts/prerender-popup.ts loads this through Vite's SSR): the popup's first paint
 * as HTML, so popup.html shows its sections and the Start walk button before any script has run.
 * main.tsx then hydrates it. Storage-dependent parts render their "not read yet" state, exactly as the
 * real first render does.
 */
import { renderToString } from 'preact-render-to-string';
import { formatMessage } from '@/lib/i18n/format';
import messages from '@/assets/public/_locales/en/messages.json';

export async function renderFirstPaint(): Promise<string> {
  // Just enough of an extension environment for the components' first render: English messages.
  (globalThis as Record<string, unknown>).chrome = {
    runtime: { id: 'prerender' },
    i18n: { getMessage: (key: string, subs?: string | string[]) => formatMessage(messages, key, subs) },
  };
  const { App } = await import('./App');
  return renderToString(<App />);
}
