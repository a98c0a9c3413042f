import { browser } from 'wxt/browser';
import { t } from '@/lib/browser/i18n';

/** Opens the options page the browser's way (reusing an open one), with a real link as fallback. */
export function OptionsLink() {
  return (
    <a
      href="/options.html"
      target="_blank"
      onClick={(event) => {
        event.preventDefault();
        void browser.runtime.openOptionsPage();
      }}
    >
      {t('popupOptions')}
    </a>
  );
}
