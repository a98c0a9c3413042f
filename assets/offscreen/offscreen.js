// Chrome's offscreen document for the chime: entrypoints/background/sound.ts opens it with the volume
// in its URL; it plays the sound and closes itself. Plain files copied into the Chrome build only
// (wxt.config.ts): as a bundled page it would move code the popup shares into one more chunk.
const volume = Number(new URLSearchParams(location.search).get('volume'));
const audio = new Audio('/sound/chime.wav');
audio.volume = Number.isFinite(volume) ? Math.min(1, Math.max(0, volume / 100)) : 0.6;
audio.onended = audio.onerror = () => close();
audio.play().catch(() => close());
