import { fakeBrowser } from 'wxt/testing/fake-browser';
import messages from '../../assets/public/_locales/en/messages.json';

interface Message {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

/**
 * Formats a message the way browsers do: named placeholders ($name$) resolve to their content, and
 * $1..$9 to the substitutions. fakeBrowser leaves i18n unimplemented, so component tests use this.
 */
export function formatMessage(key: string, substitutions?: string | string[]): string {
  const entry = (messages as Record<string, Message>)[key];
  if (!entry) return '';
  const subs = substitutions === undefined ? [] : ([] as string[]).concat(substitutions);
  const positional = (text: string) => text.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
  return entry.message
    .replace(/\$(\w+)\$/g, (_, name: string) => positional(entry.placeholders?.[name.toLowerCase()]?.content ?? ''))
    .replace(/\$\$/g, '$');
}

export function installFakeI18n(): void {
  fakeBrowser.i18n.getMessage = formatMessage as typeof fakeBrowser.i18n.getMessage;
}
