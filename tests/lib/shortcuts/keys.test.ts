import { describe, expect, it } from 'vitest';
import { shortcutFromKeyPress, type KeyPress } from '@/lib/shortcuts/keys';

const press = (code: string, mods: Partial<Omit<KeyPress, 'code'>> = {}): KeyPress => ({
  code,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  ...mods,
});

describe('shortcutFromKeyPress', () => {
  it.each([
    [press('KeyW', { altKey: true, shiftKey: true }), false, 'Alt+Shift+W'],
    [press('KeyP', { ctrlKey: true, shiftKey: true }), false, 'Ctrl+Shift+P'],
    [press('Digit5', { altKey: true }), false, 'Alt+5'],
    [press('Numpad5', { ctrlKey: true }), false, 'Ctrl+5'],
    [press('KeyY', { ctrlKey: true, altKey: true }), false, 'Ctrl+Alt+Y'],
    [press('ArrowUp', { altKey: true }), false, 'Alt+Up'],
    [press('Comma', { ctrlKey: true }), false, 'Ctrl+Comma'],
    [press('F7'), false, 'F7'],
    [press('F12', { altKey: true }), false, 'Alt+F12'],
    // On a Mac: Control is MacCtrl, the Command key is Command.
    [press('KeyW', { ctrlKey: true, shiftKey: true }), true, 'MacCtrl+Shift+W'],
    [press('KeyB', { metaKey: true, shiftKey: true }), true, 'Command+Shift+B'],
    [press('KeyB', { altKey: true, metaKey: true }), true, 'Alt+Command+B'],
  ])('turns %j (mac: %s) into %s', (key, mac, shortcut) => {
    expect(shortcutFromKeyPress(key, mac)).toEqual({ ok: true, shortcut });
  });

  it.each(['ShiftLeft', 'AltRight', 'ControlLeft', 'MetaLeft'])('waits while only a modifier (%s) is down', (code) => {
    expect(shortcutFromKeyPress(press(code, { shiftKey: true, altKey: true }), false)).toEqual({
      ok: false,
      reason: 'incomplete',
    });
  });

  it.each([
    ['a letter alone', press('KeyW'), false],
    ['Shift alone with a letter', press('KeyW', { shiftKey: true }), false],
    ['Shift with a function key', press('F5', { shiftKey: true }), false],
    ['three modifiers', press('KeyW', { ctrlKey: true, altKey: true, shiftKey: true }), false],
    ['the Windows key', press('KeyW', { metaKey: true }), false],
    ['a key no browser takes', press('Backquote', { altKey: true }), false],
    ['Enter', press('Enter', { ctrlKey: true }), false],
  ])('refuses %s', (_what, key, mac) => {
    expect(shortcutFromKeyPress(key, mac)).toEqual({ ok: false, reason: 'invalid' });
  });
});
