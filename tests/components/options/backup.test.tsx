import { screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { emptyHistory } from '@/lib/history/model';
import { defaultSettings } from '@/lib/settings/model';
import { BAD_BACKUPS, validBackup } from './bad-backups';
import { DAY, NOW, renderOptions, seed, seededHistory, seededSettings, stored, walk } from './fixtures';

const file = (text: string, name = 'backup.json') => new File([text], name, { type: 'application/json' });

/** Clicks Export and returns the text of the file the page offered for download. */
async function exportBackup(user: Awaited<ReturnType<typeof renderOptions>>['user']) {
  let blob: Blob | undefined;
  vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
    blob = b as Blob;
    return 'blob:backstride-test';
  });
  const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
  await user.click(screen.getByRole('button', { name: 'Export settings and history' }));
  await screen.findByText('Exported backstride-backup-2025-06-15.json.');
  const link = click.mock.contexts[0] as HTMLAnchorElement;
  expect(link.download).toBe('backstride-backup-2025-06-15.json');
  expect(link.href).toBe('blob:backstride-test');
  expect(blob?.type).toBe('application/json');
  return blob!.text();
}

async function importText(user: Awaited<ReturnType<typeof renderOptions>>['user'], text: string) {
  await user.upload(screen.getByLabelText('Import a backup file'), file(text));
}

describe('export and import', () => {
  it('round-trips settings and history', async () => {
    await seed();
    const { user, unmount } = await renderOptions();
    const text = await exportBackup(user);
    const exported = JSON.parse(text);
    expect(exported).toMatchObject({
      format: 'backstride-backup',
      version: 2,
      exportedAt: new Date(NOW).toISOString(),
    });
    expect(exported.settings).toEqual(seededSettings());
    expect(exported.history).toEqual(seededHistory());
    unmount();

    // Another device: default settings, one walk of its own.
    const own = walk(NOW - 5 * DAY);
    await seed(defaultSettings(), { ...emptyHistory(), walks: [own] });
    const second = await renderOptions();
    await importText(second.user, text);
    expect((await screen.findByText(/^Imported:/)).textContent).toBe(
      'Imported: settings replaced, 3 walks added to history.',
    );
    expect(await stored.settings()).toEqual(seededSettings());
    const history = await stored.history();
    expect(history.walks).toEqual([own, ...seededHistory().walks]);
    expect(history.postureChecks).toEqual(seededHistory().postureChecks);
    // The page shows what was imported.
    await waitFor(() => expect(screen.getByLabelText('Posture check every')).toHaveProperty('value', '45'));
  });

  it('merges history without duplicates when the same file is imported twice', async () => {
    await seed();
    const { user } = await renderOptions();
    const text = JSON.stringify(validBackup());
    await importText(user, text);
    await screen.findByText('Imported: settings replaced, 2 walks added to history.');
    const once = await stored.history();
    await importText(user, text);
    await screen.findByText('Imported: settings replaced, 0 walks added to history.');
    expect(await stored.history()).toEqual(once);
    expect(once.walks).toHaveLength(seededHistory().walks.length + 2);
    expect(once.daily).toEqual(validBackup().history.daily);
    expect((await stored.settings()).walk.intervalMin).toBe(90);
  });

  it('reads the message of an import aloud as an alert', async () => {
    await seed();
    const { user } = await renderOptions();
    await importText(user, '[]');
    const alert = await screen.findByRole('alert', { name: '' });
    await waitFor(() => expect(alert.textContent).toMatch(/^Not imported, nothing changed: /));
  });

  it.each(BAD_BACKUPS)('refuses %s with a clear message and changes nothing', async (_, text, message) => {
    await seed();
    const before = {
      settings: await stored.settings(),
      history: await stored.history(),
      synced: await stored.synced(),
    };
    const { user } = await renderOptions();
    await importText(user, text());
    const alert = screen.getByRole('alert');
    await waitFor(() => expect(alert.textContent).toMatch(/^Not imported, nothing changed: /));
    expect(alert.textContent).toContain(message);
    expect(await stored.settings()).toEqual(before.settings);
    expect(await stored.history()).toEqual(before.history);
    expect(await stored.synced()).toEqual(before.synced);
  });

  it('has at least 20 kinds of bad files', () => {
    expect(BAD_BACKUPS.length).toBeGreaterThanOrEqual(20);
  });
});

describe('reset', () => {
  it('asks first, and cancelling changes nothing', async () => {
    await seed();
    const { user } = await renderOptions();
    await user.click(screen.getByRole('button', { name: 'Reset all data…' }));
    const group = screen.getByRole('group', { name: /^Restore default settings and delete all history/ });
    await waitFor(() => expect(document.activeElement).toBe(within(group).getByRole('button', { name: 'Cancel' })));
    await user.click(within(group).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('group', { name: /^Restore default settings/ })).toBeNull();
    expect(await stored.settings()).toEqual(seededSettings());
    expect(await stored.history()).toEqual(seededHistory());
  });

  it('restores defaults and clears history once confirmed', async () => {
    await seed();
    const { user } = await renderOptions();
    await user.click(screen.getByRole('button', { name: 'Reset all data…' }));
    await user.click(screen.getByRole('button', { name: 'Reset everything' }));
    await screen.findByText('Default settings restored and history cleared.');
    expect(await stored.settings()).toEqual(defaultSettings());
    expect(await stored.history()).toEqual(emptyHistory());
    await waitFor(() => expect(screen.getByLabelText('Posture check every')).toHaveProperty('value', '30'));
    expect(await screen.findByText('No walks yet. Start one from the Backstride toolbar button.')).toBeTruthy();
  });
});
