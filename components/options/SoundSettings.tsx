import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { formatNumber, t } from '@/lib/browser/i18n';
import { VOLUME, type Settings } from '@/lib/settings/model';
import { parseVolume, setSound } from '@/lib/settings/form';
import { CHIME_FILE } from '@/lib/sound/chime';
import { useSaveNote, type SaveOutcome, type SyncNote } from './SaveNote';

interface Props {
  settings: Settings;
  onChange: (next: Settings) => SaveOutcome;
  sync?: SyncNote;
  /** Plays the chime at a volume (0–100); injected in tests. */
  play?: (volume: number) => Promise<void>;
}

/** The preview plays in the page itself: the user's click allows the sound in both browsers. */
async function playHere(volume: number): Promise<void> {
  const audio = new Audio(browser.runtime.getURL(CHIME_FILE));
  audio.volume = volume / 100;
  await audio.play();
}

/** Reminders that stay on screen, and the chime: when it plays, how loud, and a preview. */
export function SoundSettings({ settings, onChange, sync, play = playHere }: Props) {
  const { sound } = settings;
  // The slider's position while it is dragged; saved when it is let go (one write, not one per step).
  const [volume, setVolume] = useState(sound.volume);
  const [shown, setShown] = useState(sound.volume);
  if (shown !== sound.volume) {
    setShown(sound.volume);
    setVolume(sound.volume);
  }
  const [error, setError] = useState('');
  // "Saved" or why not, next to each control (SaveNote).
  const notes = {
    keep: useSaveNote(sync),
    walkEnd: useSaveNote(sync),
    reminders: useSaveNote(sync),
    volume: useSaveNote(sync),
  };

  const commitVolume = (text: string) => {
    const result = parseVolume(text);
    if (result.ok && result.value !== sound.volume)
      notes.volume.track(onChange(setSound(settings, { volume: result.value })));
  };
  const preview = async () => {
    setError('');
    try {
      await play(volume);
    } catch (e) {
      setError(t('optionsSoundPlayFailed', e instanceof Error ? e.message : String(e)));
    }
  };

  return (
    <section class="card" aria-labelledby="sound-heading">
      <h2 id="sound-heading">{t('optionsSoundHeading')}</h2>
      <div class="group">
        <label class="check">
          <input
            type="checkbox"
            checked={settings.keepOnScreen}
            aria-describedby="keep-on-screen-note"
            onChange={(e) => notes.keep.track(onChange({ ...settings, keepOnScreen: e.currentTarget.checked }))}
          />
          {t('optionsKeepOnScreen')}
        </label>{' '}
        {notes.keep.element}
        <p id="keep-on-screen-note" class="hint">
          {t('optionsKeepOnScreenHint')}
        </p>
      </div>
      <div class="group">
        <div>
          <label class="check">
            <input
              type="checkbox"
              checked={sound.walkEnd}
              onChange={(e) => notes.walkEnd.track(onChange(setSound(settings, { walkEnd: e.currentTarget.checked })))}
            />
            {t('optionsSoundWalkEnd')}
          </label>{' '}
          {notes.walkEnd.element}
        </div>
        <div>
          <label class="check">
            <input
              type="checkbox"
              checked={sound.reminders}
              onChange={(e) =>
                notes.reminders.track(onChange(setSound(settings, { reminders: e.currentTarget.checked })))
              }
            />
            {t('optionsSoundReminders')}
          </label>{' '}
          {notes.reminders.element}
        </div>
        <p class="hint">{t('optionsSoundQuiet')}</p>
        <div class="field">
          <label for="sound-volume">{t('optionsVolume')}</label>
          <div class="field-row">
            <input
              id="sound-volume"
              type="range"
              min={VOLUME.min}
              max={VOLUME.max}
              step={VOLUME.step}
              value={volume}
              aria-valuetext={t('optionsVolumeValue', formatNumber(volume))}
              onInput={(e) => setVolume(Number(e.currentTarget.value))}
              onChange={(e) => commitVolume(e.currentTarget.value)}
            />
            {/* The slider says its value itself (aria-valuetext): this is for the eye only. */}
            <output for="sound-volume" aria-hidden="true">
              {t('optionsVolumeValue', formatNumber(volume))}
            </output>
            <button type="button" class="button" onClick={preview}>
              {t('optionsSoundPlay')}
            </button>
            {notes.volume.element}
          </div>
        </div>
        <p role="status" class="field-error">
          {error}
        </p>
      </div>
    </section>
  );
}
