/**
 * Formats a locale message the way browsers do: named placeholders ($name$) resolve to their content,
 * and $1..$9 to the substitutions. Used where no browser formats messages: component tests (fakeBrowser
 * leaves i18n unimplemented) and the popup's build-time prerender.
 */
export interface LocaleMessage {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

export function formatMessage(
  messages: Record<string, LocaleMessage>,
  key: string,
  substitutions?: string | string[],
): string {
  const entry = messages[key];
  if (!entry) return '';
  const subs = substitutions === undefined ? [] : ([] as string[]).concat(substitutions);
  const positional = (text: string) => text.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
  return entry.message
    .replace(/\$(\w+)\$/g, (_, name: string) => positional(entry.placeholders?.[name.toLowerCase()]?.content ?? ''))
    .replace(/\$\$/g, '$');
}
