import { screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { renderOptions, seed, seededSettings, stored } from './fixtures';

// The messages Chrome gives when storage.sync refuses a write
// (https://developer.chrome.com/docs/extensions/reference/api/storage#property-sync).
const FAULTS: Array<[string, string, string]> = [
  ['the item quota', 'QUOTA_BYTES_PER_ITEM quota exceeded', "your browser's sync storage is full"],
  ['the total quota', 'QUOTA_BYTES quota exceeded', "your browser's sync storage is full"],
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

    const status = await screen.findByText(/^Saved on this device; not synced yet: /);
    expect(status.textContent).toContain(reason);
    expect(status.getAttribute('role')).toBe('status');
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
    await waitFor(() => expect(screen.queryByText(/^Saved on this device; not synced yet: /)).toBeNull());
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
