import { fakeBrowser } from 'wxt/testing/fake-browser';
import { formatMessage as format } from '@/lib/i18n/format';
import messages from '../../assets/public/_locales/en/messages.json';

/** The English message for `key`, as the browser would give it. */
export const formatMessage = (key: string, substitutions?: string | string[]) => format(messages, key, substitutions);

/** fakeBrowser leaves i18n unimplemented: component tests get the real English messages, in en-US. */
export function installFakeI18n(): void {
  fakeBrowser.i18n.getMessage = formatMessage as typeof fakeBrowser.i18n.getMessage;
  fakeBrowser.i18n.getUILanguage = () => 'en-US';
}
