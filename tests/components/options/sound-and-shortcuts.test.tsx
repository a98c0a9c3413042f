import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ShortcutsCard, type ShortcutsApi } from '@/components/options/ShortcutsCard';
import { SoundSettings } from '@/components/options/SoundSettings';
import { defaultSettings } from '@/lib/settings/model';
import { renderOptions, seed, stored } from './fixtures';

describe('the sound card on the options page', () => {
  it('shows the defaults: kept on screen, a chime when a walk ends, none with reminders, volume 60 %', async () => {
    await seed();
    await renderOptions();
    expect(screen.getByRole('checkbox', { name: 'Keep reminders on screen until I act' })).toHaveProperty(
      'checked',
      true,
    );
    expect(screen.getByRole('checkbox', { name: 'Play a chime when a walk ends' })).toHaveProperty('checked', true);
    expect(screen.getByRole('checkbox', { name: 'Play a chime with reminders' })).toHaveProperty('checked', false);
    const volume = screen.getByRole('slider', { name: 'Chime volume' });
    expect(volume).toHaveProperty('value', '60');
    expect(volume.getAttribute('aria-valuetext')).toBe('60%');
    // 0–100 % in steps of 10 (the arrow keys move it by 10).
    expect([volume.getAttribute('min'), volume.getAttribute('max'), volume.getAttribute('step')]).toEqual([
      '0',
      '100',
      '10',
    ]);
  });

  it('saves each choice at once', async () => {
    await seed();
    const { user } = await renderOptions();
    await user.click(screen.getByRole('checkbox', { name: 'Play a chime with reminders' }));
    await waitFor(async () => expect((await stored.settings()).sound.reminders).toBe(true));
    await user.click(screen.getByRole('checkbox', { name: 'Keep reminders on screen until I act' }));
    await waitFor(async () => expect((await stored.settings()).keepOnScreen).toBe(false));
    const volume = screen.getByRole('slider', { name: 'Chime volume' });
    fireEvent.input(volume, { target: { value: '30' } });
    // Dragging shows the value; letting go saves it.
    expect(screen.getByText('30%', { selector: 'output' })).toBeTruthy();
    expect((await stored.settings()).sound.volume).toBe(60);
    fireEvent.change(volume, { target: { value: '30' } });
    await waitFor(async () => expect((await stored.settings()).sound.volume).toBe(30));
  });

  it('says "Saved" next to each choice, and why not when the browser refuses it (storage full)', async () => {
    await seed();
    const { user } = await renderOptions();
    const box = screen.getByRole('checkbox', { name: 'Play a chime with reminders' });
    await user.click(box);
    const group = box.closest('div') as HTMLElement;
    await waitFor(() => expect(group.querySelector('.save-note')?.textContent).toBe('Saved'));

    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('Resource::kQuotaBytes quota exceeded'));
    const keep = screen.getByRole('checkbox', { name: 'Keep reminders on screen until I act' });
    await user.click(keep);
    const note = await screen.findByText(/^Not saved: the storage Backstride may use in this browser is full\./);
    expect(note.getAttribute('role')).toBe('status');
    expect(keep.closest('.group')?.contains(note)).toBe(true);
    // The box shows the stored choice again.
    await waitFor(() => expect(keep).toHaveProperty('checked', true));
    expect((await stored.settings()).keepOnScreen).toBe(true);
  });
});

describe('SoundSettings', () => {
  it('plays the chime at the volume shown, and says so when it cannot', async () => {
    const user = userEvent.setup({ delay: null });
    const play = vi.fn().mockResolvedValueOnce(undefined).mockRejectedValueOnce(new Error('no audio device'));
    render(
      <SoundSettings
        settings={{ ...defaultSettings(), sound: { walkEnd: true, reminders: false, volume: 40 } }}
        onChange={() => undefined}
        play={play}
      />,
    );
    const button = screen.getByRole('button', { name: 'Play the chime' });
    await user.click(button);
    expect(play).toHaveBeenCalledWith(40);
    // The card's own status line (each control also has its save note).
    const status = () => document.querySelector('p[role="status"]')!.textContent;
    expect(status()).toBe('');
    await user.click(button);
    expect(status()).toBe('Could not play the chime: no audio device');
    expect(document.activeElement).toBe(button);
  });
});

function fakeCommands(options: { update?: boolean } = {}) {
  const list = [
    { name: '_execute_action', shortcut: 'Alt+Shift+O', description: '' },
    // As Chrome lists them: by name.
    { name: 'toggle-pause', shortcut: '', description: 'Pause reminders for an hour, or resume them' },
    { name: 'toggle-walk', shortcut: 'Alt+Shift+W', description: 'Start a walk, or finish the one under way' },
  ];
  const api: ShortcutsApi & { list: typeof list } = {
    list,
    getAll: async () => structuredClone(list),
    openShortcutSettings: vi.fn(async () => undefined),
  };
  if (options.update)
    api.update = vi.fn(async ({ name, shortcut }: { name: string; shortcut: string }) => {
      if (shortcut === 'Ctrl+Shift+Q') throw new Error('Type error for parameter detail');
      list.find((c) => c.name === name)!.shortcut = shortcut;
    });
  return api;
}

const rows = () =>
  screen.getAllByRole('row').map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent));

/**
 * Where focus is at the moment the key field leaves the page. A MutationObserver's callback runs right
 * after the change that removed the field, before any timer: focus moved later (a re-read, a timeout)
 * is seen here as the page's body, as a keyboard or screen reader user meets it.
 */
function focusWhenTheFieldGoes(): Promise<Element | null> {
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (document.querySelector('.shortcut-input')) return;
      observer.disconnect();
      resolve(document.activeElement);
    });
    observer.observe(document.body, { childList: true, subtree: true });
  });
}

describe('ShortcutsCard', () => {
  it('lists the current shortcuts, and in Chrome opens chrome://extensions/shortcuts to change them', async () => {
    const user = userEvent.setup({ delay: null });
    const openChromePage = vi.fn(async () => undefined);
    render(<ShortcutsCard api={fakeCommands()} firefox={false} openChromePage={openChromePage} />);
    await waitFor(() => expect(rows()).toHaveLength(3));
    expect(rows()).toEqual([
      ['Open Backstride', 'Alt+Shift+O'],
      ['Start a walk, or finish the one under way', 'Alt+Shift+W'],
      ['Pause reminders for an hour, or resume them', 'Not set'],
    ]);
    expect(screen.getByText(/chrome:\/\/extensions\/shortcuts/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Change the shortcut/ })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Open the browser’s shortcut settings' }));
    expect(openChromePage).toHaveBeenCalledOnce();
  });

  it('in Firefox, changes a shortcut in place from the keys pressed, and focus returns to its button', async () => {
    const user = userEvent.setup({ delay: null });
    const api = fakeCommands({ update: true });
    render(<ShortcutsCard api={api} firefox mac={false} />);
    expect(await screen.findByText(/Manage Extension Shortcuts/)).toBeTruthy();
    const change = await screen.findByRole('button', {
      name: 'Change the shortcut to “Pause reminders for an hour, or resume them”',
    });
    await user.click(change);
    const field = screen.getByRole('textbox', { name: /Press the new keys for “Pause reminders/ });
    expect(document.activeElement).toBe(field);
    // Shift alone is not a shortcut yet; a letter alone is refused.
    fireEvent.keyDown(field, { key: 'Shift', code: 'ShiftLeft', shiftKey: true });
    expect(screen.getByRole('status').textContent).toBe('');
    fireEvent.keyDown(field, { key: 'k', code: 'KeyK' });
    expect(screen.getByRole('status').textContent).toMatch(/^Use Ctrl or Alt/);
    fireEvent.keyDown(field, { key: 'K', code: 'KeyK', altKey: true, shiftKey: true });
    await waitFor(() =>
      expect(rows()[2]).toEqual(['Pause reminders for an hour, or resume them', 'Alt+Shift+K', 'Change']),
    );
    expect(api.update).toHaveBeenCalledWith({ name: 'toggle-pause', shortcut: 'Alt+Shift+K' });
    expect(screen.getByRole('status').textContent).toBe('Shortcut saved.');
    await waitFor(() => expect(document.activeElement).toBe(change));
  });

  it('in Firefox, removes a shortcut with Backspace, cancels with Escape, and says why a change was refused', async () => {
    const user = userEvent.setup({ delay: null });
    const api = fakeCommands({ update: true });
    render(<ShortcutsCard api={api} firefox mac={false} />);
    const change = await screen.findByRole('button', { name: /Change the shortcut to “Start a walk/ });
    await user.click(change);
    fireEvent.keyDown(screen.getByRole('textbox'), { key: 'Escape', code: 'Escape' });
    await waitFor(() => expect(document.activeElement).toBe(change));
    expect(api.update).not.toHaveBeenCalled();
    await user.click(change);
    fireEvent.keyDown(screen.getByRole('textbox'), { key: 'Backspace', code: 'Backspace' });
    await waitFor(() => expect(rows()[1]).toEqual(['Start a walk, or finish the one under way', 'Not set', 'Change']));
    await user.click(change);
    fireEvent.keyDown(screen.getByRole('textbox'), { key: 'Q', code: 'KeyQ', ctrlKey: true, shiftKey: true });
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe('Not saved: Type error for parameter detail'),
    );
    await user.click(screen.getByRole('button', { name: 'Open the browser’s shortcut settings' }));
    expect(api.openShortcutSettings).toHaveBeenCalledOnce();
  });

  it.each([
    ['a new shortcut is saved', { key: 'K', code: 'KeyK', altKey: true, shiftKey: true }, 'Alt+Shift+K'],
    ['the shortcut is removed (Backspace)', { key: 'Backspace', code: 'Backspace' }, 'Not set'],
    ['the shortcut is removed (Delete)', { key: 'Delete', code: 'Delete' }, 'Not set'],
    ['the change is cancelled (Escape)', { key: 'Escape', code: 'Escape' }, 'Alt+Shift+W'],
  ])(
    'in Firefox, focus is on the command’s Change button the moment the field goes, when %s',
    async (_when, key, shown) => {
      const user = userEvent.setup({ delay: null });
      const api = fakeCommands({ update: true });
      render(<ShortcutsCard api={api} firefox mac={false} />);
      const change = await screen.findByRole('button', { name: /Change the shortcut to “Start a walk/ });
      await user.click(change);
      const focusAfter = focusWhenTheFieldGoes();
      fireEvent.keyDown(screen.getByRole('textbox'), key);
      expect(await focusAfter).toBe(change);
      await waitFor(() => expect(rows()[1]).toEqual(['Start a walk, or finish the one under way', shown, 'Change']));
      expect(document.activeElement).toBe(change);
    },
  );

  it('in Firefox, focus stays where the user put it when they leave the field while a change is saved', async () => {
    const user = userEvent.setup({ delay: null });
    const api = fakeCommands({ update: true });
    let finish = () => undefined as void;
    const update = api.update!;
    api.update = vi.fn((detail) => new Promise<void>((resolve) => (finish = () => void update(detail).then(resolve))));
    render(<ShortcutsCard api={api} firefox mac={false} />);
    const change = await screen.findByRole('button', { name: /Change the shortcut to “Start a walk/ });
    await user.click(change);
    fireEvent.keyDown(screen.getByRole('textbox'), { key: 'K', code: 'KeyK', altKey: true, shiftKey: true });
    const other = screen.getByRole('button', { name: 'Open the browser’s shortcut settings' });
    other.focus();
    await waitFor(() => expect(api.update).toHaveBeenCalled());
    finish();
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Shortcut saved.'));
    // Nothing takes focus back a moment later either.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(document.activeElement).toBe(other);
  });

  it('in Firefox, refuses a shortcut another Backstride command has, naming it; nothing is saved and the field keeps focus', async () => {
    const user = userEvent.setup({ delay: null });
    const api = fakeCommands({ update: true });
    // As a browser may spell it: the same keys, the modifiers in another order.
    api.list[0]!.shortcut = 'Shift+Alt+O';
    render(<ShortcutsCard api={api} firefox mac={false} />);
    const change = await screen.findByRole('button', { name: /Change the shortcut to “Start a walk/ });
    await user.click(change);
    const field = screen.getByRole('textbox', { name: /Press the new keys for “Start a walk/ });
    fireEvent.keyDown(field, { key: 'O', code: 'KeyO', altKey: true, shiftKey: true });
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe(
        'Not saved: “Open Backstride” already uses Shift+Alt+O. Press other keys (Esc cancels).',
      ),
    );
    expect(api.update).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(field);
    expect(field.getAttribute('aria-describedby')).toBe(screen.getByRole('status').id);
    expect(rows().map((row) => row[1])).toEqual(['Shift+Alt+O', '', 'Not set']);
    // The user presses other keys in the same field; these are saved.
    fireEvent.keyDown(field, { key: 'Y', code: 'KeyY', altKey: true, shiftKey: true });
    await waitFor(() =>
      expect(rows()[1]).toEqual(['Start a walk, or finish the one under way', 'Alt+Shift+Y', 'Change']),
    );
    expect(api.update).toHaveBeenCalledExactlyOnceWith({ name: 'toggle-walk', shortcut: 'Alt+Shift+Y' });
    expect(screen.getByRole('status').textContent).toBe('Shortcut saved.');
    expect(document.activeElement).toBe(change);
    // A command's own keys are no conflict; nor is “no shortcut”, which “Pause reminders…” has too.
    for (const key of [
      { key: 'Y', code: 'KeyY', altKey: true, shiftKey: true },
      { key: 'Backspace', code: 'Backspace' },
    ]) {
      await user.click(change);
      fireEvent.keyDown(screen.getByRole('textbox'), key);
      await waitFor(() => expect(document.activeElement).toBe(change));
      expect(screen.getByRole('status').textContent).toBe('Shortcut saved.');
    }
    expect(api.update).toHaveBeenLastCalledWith({ name: 'toggle-walk', shortcut: '' });
    await waitFor(() => expect(rows()[1]?.[1]).toBe('Not set'));
  });
});
