import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sendCommand } from '@/lib/browser/send-command';

beforeEach(() => fakeBrowser.reset());

describe('sendCommand', () => {
  it('passes the background’s answer on', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({
      ok: false,
      error: 'A walk is already running.',
    } as never);
    expect(await sendCommand({ type: 'walk-pause' })).toEqual({ ok: false, error: 'A walk is already running.' });
  });

  it('says when no answer came', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    expect(await sendCommand({ type: 'walk-pause' })).toEqual({ ok: false, error: 'The background did not answer.' });
  });

  it('frames a message that never arrived in our words, keeping the browser’s', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValue(
      new Error('Could not establish connection. Receiving end does not exist.'),
    );
    expect(await sendCommand({ type: 'walk-pause' })).toEqual({
      ok: false,
      error: 'the browser reported an error (Could not establish connection. Receiving end does not exist.)',
    });
  });
});
