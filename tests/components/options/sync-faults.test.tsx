import { screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { renderOptions, seed, seededSettings, stored } from './fixtures';

// The messages browsers give when storage.sync refuses a write
// (https://developer.chrome.com/docs/extensions/reference/api/storage#property-sync; Chromium 156 and
// Firefox 153 as seen in tests/e2e/storage-full.e2e.test.ts).
const FAULTS: Array<[string, string, string]> = [
  ['the item quota', 'QUOTA_BYTES_PER_ITEM quota exceeded', "your browser's sync storage is full"],
  ['the total quota', 'QUOTA_BYTES quota exceeded', "your browser's sync storage is full"],
  ['the total quota (Chromium 156)', 'Resource::kQuotaBytes quota exceeded', "your browser's sync storage is full"],
  [
    'the total quota (Firefox)',
    'QuotaExceededError: storage.sync API call exceeded its quota limitations.',
    "your browser's sync storage is full",
  ],
  [
    'the per-minute write limit',
    'This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.',
    'too many changes in a short time; Backstride will sync them in a minute',
  ],
  [
    'the per-hour write limit',
    'This request exceeds the MAX_WRITE_OPERATIONS_PER_HOUR quota.',
    'too many changes in a short time; Backstride will sync them in a minute',
  ],
  ['sync switched off', 'Sync is disabled.', 'sync is not available (Sync is disabled.); Backstride will try again'],
];

const NOT_SYNCED = /^Saved on this device; not synced yet: /;
const FULL = "Saved on this device; not synced yet: your browser's sync storage is full";

/** The field's own block (label, input, hint, note, error). */
const fieldOf = (label: string) => within(screen.getByLabelText(label).closest('.field') as HTMLElement);

describe('when sync storage refuses writes', () => {
  it.each(FAULTS)('%s: keeps the local change, says it did not sync yet, loses nothing', async (_, error, reason) => {
    await seed();
    const before = seededSettings();
    const syncSet = vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error(error));
    const { user, background } = await renderOptions();

    const input = screen.getByLabelText('Walk break every');
    await user.clear(input);
    await user.type(input, '90');
    await user.tab();
    await screen.findByText('Saved');
    // The background writes the synced copy a moment later; sync refuses it.
    await background.settle();
    await background.fire('settings-sync');

    // Said next to the setting the user changed, and only there.
    const status = await fieldOf('Walk break every').findByText(NOT_SYNCED);
    expect(status.textContent).toContain(reason);
    expect(status.getAttribute('role')).toBe('status');
    expect(screen.getAllByText(NOT_SYNCED)).toHaveLength(1);
    expect(syncSet).toHaveBeenCalled();
    // The change is in force on this device, every other setting as it was.
    expect(await stored.settings()).toEqual({ ...before, walk: { ...before.walk, intervalMin: 90 } });
    expect(await stored.synced()).toBeNull();
    // The field shows the saved value, not an error.
    expect(input).toHaveProperty('value', '90');
    expect(input.getAttribute('aria-invalid')).toBe('false');

    // Once sync works again, the background's retry carries everything, and the warning goes.
    syncSet.mockRestore();
    await user.click(screen.getByRole('checkbox', { name: 'Posture checks' }));
    await background.settle();
    await background.fire('settings-sync');
    expect(await stored.synced()).toEqual({
      ...before,
      posture: { ...before.posture, enabled: false },
      walk: { ...before.walk, intervalMin: 90 },
    });
    await waitFor(() => expect(screen.queryByText(NOT_SYNCED)).toBeNull());
  });

  it('announces the line once, however often sync is retried and the page renders again', async () => {
    await seed();
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    const { user, background } = await renderOptions();
    const box = screen.getByRole('checkbox', { name: 'Walk breaks' });
    const note = box.closest('.group')!.querySelector('.save-note')!;
    // Every text the live region takes, in order (a screen reader reads each change).
    const texts: string[] = [];
    new MutationObserver(() => {
      if (note.textContent !== texts.at(-1)) texts.push(note.textContent ?? '');
    }).observe(note, { childList: true, characterData: true, subtree: true });

    await user.click(box);
    await screen.findByText('Saved');
    await background.settle();
    await background.fire('settings-sync');
    await within(note as HTMLElement).findByText(FULL);
    // The retries fail the same way (the same status written again) and other values change.
    for (let i = 0; i < 3; i++) {
      await background.fire('settings-sync');
      await fakeBrowser.storage.local.set({ history: { ...(await stored.history()) } });
    }
    await new Promise((r) => setTimeout(r, 3_100)); // past the fade of "Saved"
    expect(note.textContent).toBe(FULL);
    expect(texts.filter(Boolean)).toEqual(['Saved', FULL]);
  });

  it('says it at the top when the page opens behind sync, then next to the setting the user saves', async () => {
    await seed();
    await fakeBrowser.storage.local.set({ syncStatus: { problem: 'quota', message: 'QUOTA_BYTES quota exceeded' } });
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    const { user, container } = await renderOptions();

    const top = await screen.findByText(FULL);
    expect(top.getAttribute('role')).toBe('status');
    // Above the first card, where the page starts.
    expect(
      top.compareDocumentPosition(container.querySelector('.card')!) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();

    await user.click(screen.getByRole('checkbox', { name: 'Posture checks' }));
    const group = within(screen.getByRole('checkbox', { name: 'Posture checks' }).closest('.group') as HTMLElement);
    await group.findByText(FULL);
    expect(screen.getAllByText(FULL)).toHaveLength(1);
    expect(top.textContent).toBe('');

    // A value the field refuses takes the line away from it: "Saved on this device" must not stand
    // next to a refusal. The page says it at the top again.
    const field = screen.getByLabelText('Posture check every');
    await user.clear(field);
    await user.type(field, '90');
    await user.tab();
    await fieldOf('Posture check every').findByText(FULL);
    await user.clear(field);
    await user.type(field, '999');
    await user.tab();
    await waitFor(() => expect(fieldOf('Posture check every').queryByText(FULL)).toBeNull());
    expect(screen.getAllByText(FULL)).toEqual([top]);
  });

  it('says so when even this device could not save, and shows the old value again', async () => {
    await seed();
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('IO error'));
    const { user } = await renderOptions();
    const box = screen.getByRole('checkbox', { name: 'Walk breaks' });
    await user.click(box);
    await screen.findByText('Not saved: the browser reported an error (IO error)');
    await waitFor(() => expect(box).toHaveProperty('checked', true));
  });
});
