/**
 * Whether two commands would share a shortcut. Pure. Firefox lets `commands.update` give two commands
 * of one extension the same keys (measured in Firefox ESR: "Shortcut saved" twice); only one of them
 * then runs, so the options page refuses it before asking the browser.
 */

export interface NamedShortcut {
  name?: string;
  shortcut?: string;
}

/**
 * The keys of a shortcut in one spelling: modifiers as a set, in any order or case ("Shift+Alt+o" is
 * "Alt+Shift+O"). On a Mac, Firefox reads "Ctrl" as the Command key.
 * https://developer.mozilla.org/docs/Mozilla/Add-ons/WebExtensions/manifest.json/commands#shortcut_values
 */
function keysOf(shortcut: string, mac: boolean): string {
  const parts = shortcut.split('+').map((part) => part.trim().toLowerCase());
  const key = parts.pop();
  const modifiers = parts.map((m) => (mac && m === 'ctrl' ? 'command' : m)).sort();
  return [...modifiers, key].join('+');
}

/** Whether `a` and `b` are the same keys. No shortcut ("" or none) is never the same as another. */
export function sameShortcut(a: string | undefined, b: string | undefined, mac: boolean): boolean {
  return Boolean(a && b) && keysOf(a!, mac) === keysOf(b!, mac);
}

/** The other command of `commands` that already has `shortcut`, if one does. */
export function holderOf<C extends NamedShortcut>(
  commands: readonly C[],
  name: string,
  shortcut: string,
  mac: boolean,
): C | undefined {
  return commands.find((c) => c.name !== name && sameShortcut(c.shortcut, shortcut, mac));
}
