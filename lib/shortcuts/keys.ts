/**
 * Turning a key press into a shortcut string the browser's `commands` API takes ("Alt+Shift+W").
 * Pure. The rules are Firefox's, the one browser that lets an extension change its shortcuts in
 * place (commands.update): one or two modifiers, one of them Alt, Ctrl, Command or MacCtrl (Shift only
 * as the second), and a letter, digit, function key or one of a few named keys; a function key may
 * stand alone. https://developer.mozilla.org/docs/Mozilla/Add-ons/WebExtensions/manifest.json/commands
 */

export interface KeyPress {
  /** KeyboardEvent.code: the physical key, whatever the layout ("KeyW", "Digit1", "F5", "ArrowUp"). */
  code: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
}

export type ShortcutResult = { ok: true; shortcut: string } | { ok: false; reason: 'incomplete' | 'invalid' };

const NAMED: Record<string, string> = {
  Comma: 'Comma',
  Period: 'Period',
  Space: 'Space',
  Home: 'Home',
  End: 'End',
  PageUp: 'PageUp',
  PageDown: 'PageDown',
  Insert: 'Insert',
  Delete: 'Delete',
  ArrowUp: 'Up',
  ArrowDown: 'Down',
  ArrowLeft: 'Left',
  ArrowRight: 'Right',
};

const MODIFIER_CODES = /^(Shift|Control|Alt|Meta|OS)(Left|Right)?$/;

/** The key's name in a shortcut, or null when it cannot be part of one. */
function keyName(code: string): string | null {
  const letter = /^Key([A-Z])$/.exec(code);
  if (letter) return letter[1]!;
  const digit = /^(?:Digit|Numpad)([0-9])$/.exec(code);
  if (digit) return digit[1]!;
  if (/^F([1-9]|1[0-2])$/.test(code)) return code;
  return NAMED[code] ?? null;
}

/**
 * The shortcut for a key press, or why there is none yet: 'incomplete' while only modifiers are down
 * (the user is still pressing), 'invalid' for a combination no browser accepts.
 */
export function shortcutFromKeyPress(press: KeyPress, mac: boolean): ShortcutResult {
  if (MODIFIER_CODES.test(press.code)) return { ok: false, reason: 'incomplete' };
  const key = keyName(press.code);
  if (!key) return { ok: false, reason: 'invalid' };
  // On a Mac, Ctrl is Control (MacCtrl) and the Command key is Command; elsewhere there is no Command.
  if (press.metaKey && !mac) return { ok: false, reason: 'invalid' };
  const primary = [
    press.ctrlKey && (mac ? 'MacCtrl' : 'Ctrl'),
    press.altKey && 'Alt',
    press.metaKey && 'Command',
  ].filter((m): m is string => Boolean(m));
  const modifiers = press.shiftKey ? [...primary, 'Shift'] : primary;
  const functionKey = /^F\d+$/.test(key);
  if (primary.length === 0 && !(functionKey && !press.shiftKey)) return { ok: false, reason: 'invalid' };
  if (modifiers.length > 2) return { ok: false, reason: 'invalid' };
  return { ok: true, shortcut: [...modifiers, key].join('+') };
}
