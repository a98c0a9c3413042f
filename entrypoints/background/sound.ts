import type { Browser } from 'wxt/browser';
import { CHIME_FILE } from '@/lib/sound/chime';
import type { BackgroundApi } from './browser-api';
import { createSerialQueue } from './serial';

/**
 * Plays the chime at a volume (0–100). Chrome's service worker has no DOM: an offscreen document
 * plays it (entrypoints/offscreen/), told the volume in its URL, and closes itself when the sound
 * ends (Chrome would close it 30 s after the last sound anyway). Firefox's MV3 background is an event
 * page with a DOM, so it plays the sound itself.
 *
 * Chimes keep their own order (one offscreen document at a time) but never hold the background's
 * queue: the caller does not wait for them, and one that has not started within `startTimeoutMs`
 * (a sound device that never answers) is given up so the next can play.
 */
export function createChimePlayer(api: BackgroundApi, startTimeoutMs = 5_000) {
  // The background's own queue mechanism, a second instance: ordered, each chime bounded. Its
  // failures are reported by the caller, so the queue itself logs nothing.
  const chimes = createSerialQueue(startTimeoutMs, () => undefined);
  return (volume: number): Promise<void> => chimes('chime', () => playNow(api, volume));
}

async function playNow(api: BackgroundApi, volume: number): Promise<void> {
  const { offscreen } = api;
  if (offscreen) {
    // One offscreen document per extension: one left from a chime a moment ago goes first.
    await offscreen.closeDocument().catch(() => undefined);
    await offscreen.createDocument({
      url: `/offscreen.html?volume=${volume}`,
      reasons: ['AUDIO_PLAYBACK' as Browser.offscreen.Reason],
      justification: 'Plays the chime the user chose.',
    });
  } else if (typeof Audio === 'function') {
    const audio = new Audio(api.runtime.getURL(CHIME_FILE));
    audio.volume = volume / 100;
    await audio.play();
  }
}
