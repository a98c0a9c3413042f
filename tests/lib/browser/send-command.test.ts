import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sendCommand } from '@/lib/browser/send-command';

beforeEach(() => fakeBrowser.reset());

describe('sendCommand', () => {
  it('passes the background’s answer on', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({
      ok: false,
      error: 'No walk is running.',
    } as never);
    expect(await sendCommand({ type: 'walk-pause' })).toEqual({ ok: false, error: 'No walk is running.' });
  });

  it('says when no answer came', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    expect(await sendCommand({ type: 'walk-pause' })).toEqual({ ok: false, error: 'The background did not answer.' });
  });

  it('frames a message that never arrived in our words, keeping the browser’s, after trying three times', async () => {
    const send = vi
      .spyOn(fakeBrowser.runtime, 'sendMessage')
      .mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
    expect(await sendCommand({ type: 'walk-pause' })).toEqual({
      ok: false,
      error: 'the browser reported an error (Could not establish connection. Receiving end does not exist.)',
    });
    expect(send).toHaveBeenCalledTimes(3);
  });

  it('sends again when the background page was going away (Firefox suspends an idle one), and passes that answer on', async () => {
    const send = vi
      .spyOn(fakeBrowser.runtime, 'sendMessage')
      .mockRejectedValueOnce(new Error('Could not establish connection. Receiving end does not exist.'))
      .mockResolvedValueOnce({ ok: true } as never);
    expect(await sendCommand({ type: 'walk-check-in', startedAt: 1, feel: 'worse' })).toEqual({ ok: true });
    expect(send).toHaveBeenCalledTimes(2);
    expect(send).toHaveBeenLastCalledWith({ type: 'walk-check-in', startedAt: 1, feel: 'worse' });
  });

  it('does not send again after any other failure: the background may have acted on it', async () => {
    const send = vi
      .spyOn(fakeBrowser.runtime, 'sendMessage')
      .mockRejectedValue(new Error('Message manager disconnected'));
    expect(await sendCommand({ type: 'walk-start', minutes: 5 })).toEqual({
      ok: false,
      error: 'the browser reported an error (Message manager disconnected)',
    });
    expect(send).toHaveBeenCalledTimes(1);
  });
});
