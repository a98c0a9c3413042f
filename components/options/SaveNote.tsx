import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '@/lib/browser/i18n';
import type { SaveResult } from '@/lib/browser/stored';

/** How long "Saved" stays next to the control that was saved (it fades out over the last part). */
export const SAVED_SHOWN_MS = 3_000;

/** What a settings card's onChange returns: the save's outcome (nothing from callers that do not say). */
export type SaveOutcome = Promise<SaveResult> | SaveResult | void;

/**
 * The page's one "not synced yet" line (derived from the stored sync status; '' while sync is fine)
 * and which save note shows it: the note of the setting the user changed last on this page, so the
 * line stands where the user is looking. `owner` is null until a setting is saved here; the page then
 * shows the line itself, near the top. Passed down as a prop: a Preact context would add its code to
 * the chunk the popup shares with this page, which the popup's first paint loads.
 */
export interface SyncNote {
  text: string;
  owner: object | null;
  setOwner(update: (owner: object | null) => object | null): void;
}

/** No sync line (pages and tests that do not show one). */
export const NO_SYNC_NOTE: SyncNote = { text: '', owner: null, setOwner: () => undefined };

/**
 * "Saved" (or "Not saved: …") next to one control, in the page's flow, so it never covers a field.
 * `track(onChange(...))` shows the outcome of that control's save; "Saved" fades and is removed after
 * SAVED_SHOWN_MS, a failure stays until the next change. `clear()` when the control refuses a value:
 * a "Saved" from before must not stand next to a refusal. The note is a polite live region, present
 * from the start, so screen readers hear the outcome too.
 *
 * While the synced copy is behind (`sync`), the note of the last saved control says so
 * instead of "Saved" ("Saved on this device; not synced yet: …") and keeps saying it until sync
 * catches up: its text changes once, so it is announced once, however often the page renders.
 */
export function useSaveNote(sync: SyncNote = NO_SYNC_NOTE) {
  const [note, setNote] = useState<{ ok: boolean; text: string } | null>(null);
  // True for the frame between a change and its outcome: the note is emptied first, so the same
  // text again is read again and its fade starts over.
  const [quiet, setQuiet] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const self = useRef({}).current;
  const { setOwner } = sync;
  const release = () => setOwner((owner) => (owner === self ? null : owner));
  useEffect(
    () => () => {
      clearTimeout(timer.current);
      // A note that goes (a day row hidden) hands the line back to the page.
      release();
    },
    [setOwner, self],
  );

  /** The control refused a value: neither "Saved" nor "Saved on this device" may stand next to it. */
  const clear = () => {
    clearTimeout(timer.current);
    setNote(null);
    setQuiet(false);
    release();
  };
  const track = (outcome: SaveOutcome) =>
    void Promise.resolve(outcome).then((result) => {
      if (!result) return;
      clearTimeout(timer.current);
      setNote(null);
      setQuiet(true);
      timer.current = setTimeout(() => {
        setQuiet(false);
        setNote(
          result.ok
            ? { ok: true, text: t('optionsSaved') }
            : { ok: false, text: t('optionsSaveFailed', result.message) },
        );
        if (!result.ok) return;
        setOwner(() => self);
        timer.current = setTimeout(() => setNote(null), SAVED_SHOWN_MS);
      }, 30);
    });
  // A failure of this very save comes first; then the sync line, when this note holds it.
  const failed = note !== null && !note.ok;
  const unsynced = !quiet && !failed && sync.owner === self ? sync.text : '';
  const kind = quiet ? '' : unsynced ? ' unsynced' : note ? (note.ok ? ' saved' : ' save-failed') : '';
  const element = (
    <span class={`save-note${kind}`} role="status">
      {quiet ? '' : unsynced || (note?.text ?? '')}
    </span>
  );
  return { track, clear, element };
}
