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
    // Its 2 walks in detail and the 2 of its daily total (a day this device does not have).
    await screen.findByText('Imported: settings replaced, 4 walks added to history.');
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

  /**
   * What the page says for each bad file: plain words, the setting's own label, the entry counted from
   * 1 (BAD_BACKUPS holds the checker's technical reasons, which the page never shows).
   */
  const USER_WORDS: Record<string, string> = {
    'malformed JSON': 'the file is damaged or is not a Backstride backup',
    'an empty file': 'the file is empty',
    'a file of blanks': 'the file is empty',
    'truncated JSON': 'the file is damaged or is not a Backstride backup',
    'an array instead of an object': 'the file does not hold a Backstride backup',
    'a bare string': 'the file does not hold a Backstride backup',
    null: 'the file does not hold a Backstride backup',
    'a foreign format': 'this is not a Backstride backup file',
    'no format marker': 'this is not a Backstride backup file',
    'a missing version': 'the backup has no version number',
    'a future version': 'made by a newer Backstride (backup version 3)',
    'a version as text': 'the backup’s version number is not valid',
    'a bad export date': 'the export date is missing or not valid',
    'oversize (> 1 MB)': 'the file is too large',
    'no settings': 'a setting has a value Backstride cannot use',
    'a setting of the wrong type': 'the setting “Posture checks” has a value Backstride cannot use',
    'a number as text': 'the setting “Walk break every” has a value Backstride cannot use',
    'an out-of-range interval': 'the setting “Posture check every” has a value Backstride cannot use',
    'an interval of 0': 'the setting “Walk length” has a value Backstride cannot use',
    'a fractional interval': 'the setting “Snooze for” has a value Backstride cannot use',
    'an infinite interval (1e999)': 'the setting “Count me as away after” has a value Backstride cannot use',
    'a missing setting': 'the setting “Snooze for” has a value Backstride cannot use',
    'a bad schedule day': 'the schedule for Monday is not valid',
    'six schedule days': 'the schedule does not list the seven days of the week',
    'a day starting when it ends': 'the schedule for Tuesday is not valid',
    'no history': 'the history in the file is not in Backstride’s format',
    'a file nested 100,000 deep': 'the file nests its data far deeper than a Backstride backup does',
    'a truncated file full of brackets': 'the file is damaged or is not a Backstride backup',
    'walks not a list': 'the history in the file is not in Backstride’s format',
    'NaN-like minutes': 'walk number 1 in the file is not valid',
    'negative minutes': 'walk number 2 in the file is not valid',
    'a walk in 1970': 'walk number 1 in the file has a date before 2020 or in the future',
    'a walk in the year 3000': 'walk number 1 in the file has a date before 2020 or in the future',
    'actual minutes way over planned': 'walk number 1 in the file is not valid',
    'a walk that ends before it starts': 'walk number 1 in the file is not valid',
    'the same walk twice': 'the history in the file lists the same entry twice',
    'a posture check that is text': 'posture check number 1 in the file is not valid',
    'an impossible daily day': 'daily total number 1 in the file is not valid',
    'more finished walks than walks': 'daily total number 1 in the file is not valid',
    'a huge posture check list': 'the history in the file holds more entries than Backstride keeps',
    'a duplicated key whose last value is bad': 'made by a newer Backstride (backup version 3)',
    'a check-in that is not an answer': 'walk number 1 in the file is not valid',
    'a check-in in an unknown place': 'walk number 1 in the file is not valid',
    'a check-in from the future': 'walk number 1 in the file has a date before 2020 or in the future',
    'a check-in that is text': 'walk number 1 in the file is not valid',
    'more "Worse" days than walks': 'daily total number 1 in the file is not valid',
    'a version 2 file without its plan': 'the walking plan in the file is not valid',
    'a plan that is text': 'the walking plan in the file is not valid',
    'a plan starting at 11 minutes': 'the walking plan in the file is not valid',
    'a plan starting at 2.5 minutes': 'the walking plan in the file is not valid',
    'a plan started in the future': 'the walking plan in the file is not valid',
    'a plan of an unknown version': 'the walking plan in the file is not valid',
    'a plan paused before it started': 'the walking plan in the file is not valid',
    'a plan resumed before it was paused': 'the walking plan in the file is not valid',
    'plan pauses not a list': 'the walking plan in the file is not valid',
    'a plan paused at a time that is text': 'the walking plan in the file is not valid',
  };

  it('has words for every bad file', () => {
    expect(BAD_BACKUPS.map(([name]) => name).filter((name) => !(name in USER_WORDS))).toEqual([]);
  });

  it.each(BAD_BACKUPS)('refuses %s with a clear message and changes nothing', async (name, text) => {
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
    expect(alert.textContent).toContain(USER_WORDS[name]);
    // Never the checker's own words: no field names, no raw timestamps, no engine messages.
    expect(alert.textContent).not.toMatch(/[a-z][A-Z]\w*(Min|At)\b|\[\d+\]|\d{9,}|JSON at position|Unexpected/);
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
    const group = screen.getByRole('group', {
      name: /^Restore default settings, also in the other browsers your settings sync to, and delete all history and the walking plan on this device\?/,
    });
    await waitFor(() => expect(document.activeElement).toBe(within(group).getByRole('button', { name: 'Cancel' })));
    await user.click(within(group).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('group', { name: /^Restore default settings/ })).toBeNull();
    expect(await stored.settings()).toEqual(seededSettings());
    expect(await stored.history()).toEqual(seededHistory());
  });

  it('closes the question with Escape, changes nothing, and puts focus back on the button that asked', async () => {
    await seed();
    const { user } = await renderOptions();
    const reset = screen.getByRole('button', { name: 'Reset all data…' });
    await user.click(reset);
    const group = screen.getByRole('group', {
      name: /^Restore default settings, also in the other browsers your settings sync to, and delete all history and the walking plan on this device\?/,
    });
    await waitFor(() => expect(document.activeElement).toBe(within(group).getByRole('button', { name: 'Cancel' })));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('group', { name: /^Restore default settings/ })).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Reset all data…' })));
    expect(await stored.settings()).toEqual(seededSettings());
  });

  it('restores defaults and clears history once confirmed', async () => {
    await seed();
    const { user } = await renderOptions();
    await user.click(screen.getByRole('button', { name: 'Reset all data…' }));
    await user.click(screen.getByRole('button', { name: 'Reset everything' }));
    await screen.findByText('Default settings restored; history and walking plan cleared.');
    expect(await stored.settings()).toEqual(defaultSettings());
    expect(await stored.history()).toEqual(emptyHistory());
    await waitFor(() => expect(screen.getByLabelText('Posture check every')).toHaveProperty('value', '30'));
    expect(await screen.findByText('No walks yet. Start one from the Backstride toolbar button.')).toBeTruthy();
  });
});
