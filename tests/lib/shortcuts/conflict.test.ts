import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { holderOf, sameShortcut } from '@/lib/shortcuts/conflict';

describe('sameShortcut', () => {
  it.each([
    ['Alt+Shift+Q', 'Alt+Shift+Q', false, true],
    ['Shift+Alt+Q', 'Alt+Shift+Q', false, true],
    ['alt+shift+q', 'Alt+Shift+Q', false, true],
    ['Alt+Shift+Q', 'Alt+Shift+W', false, false],
    ['Alt+Q', 'Alt+Shift+Q', false, false],
    ['Ctrl+Shift+Y', 'Alt+Shift+Y', false, false],
    ['F7', 'F7', false, true],
    ['F7', 'Alt+F7', false, false],
    // On a Mac, Firefox's "Ctrl" is the Command key; MacCtrl is Control.
    ['Ctrl+Shift+Y', 'Command+Shift+Y', true, true],
    ['Ctrl+Shift+Y', 'Command+Shift+Y', false, false],
    ['MacCtrl+Shift+Y', 'Command+Shift+Y', true, false],
    ['', '', false, false],
    [undefined, '', false, false],
    ['Alt+Shift+Q', '', false, false],
  ])('%j and %j (mac: %s): %s', (a, b, mac, same) => {
    expect(sameShortcut(a, b, mac)).toBe(same);
    expect(sameShortcut(b, a, mac)).toBe(same);
  });

  const modifier = fc.constantFrom('Alt', 'Ctrl', 'Command', 'MacCtrl', 'Shift');
  const key = fc.constantFrom('A', 'Q', '5', 'F7', 'Comma', 'Up', 'Space');
  const shortcut = fc.tuple(fc.uniqueArray(modifier, { maxLength: 2 }), key);

  it('does not depend on the order of the modifiers', () => {
    fc.assert(
      fc.property(shortcut, fc.boolean(), ([mods, k], mac) => {
        const spelled = [...mods, k].join('+');
        const reversed = [...[...mods].reverse(), k].join('+');
        expect(sameShortcut(spelled, reversed, mac)).toBe(true);
      }),
    );
  });

  it('tells apart shortcuts with different keys or modifiers (off a Mac)', () => {
    fc.assert(
      fc.property(shortcut, shortcut, ([m1, k1], [m2, k2]) => {
        const same = k1 === k2 && [...m1].sort().join() === [...m2].sort().join();
        expect(sameShortcut([...m1, k1].join('+'), [...m2, k2].join('+'), false)).toBe(same);
      }),
    );
  });
});

describe('holderOf', () => {
  const commands = [
    { name: '_execute_action', shortcut: 'Alt+Shift+O' },
    { name: 'toggle-walk', shortcut: 'Alt+Shift+G' },
    { name: 'toggle-pause', shortcut: '' },
  ];

  it('names the other command that has the keys', () => {
    expect(holderOf(commands, 'toggle-walk', 'Shift+Alt+O', false)?.name).toBe('_execute_action');
  });

  it('finds none for a command’s own keys, for free keys, or for no shortcut', () => {
    expect(holderOf(commands, 'toggle-walk', 'Alt+Shift+G', false)).toBeUndefined();
    expect(holderOf(commands, 'toggle-walk', 'Alt+Shift+Y', false)).toBeUndefined();
    expect(holderOf(commands, 'toggle-walk', '', false)).toBeUndefined();
  });
});
