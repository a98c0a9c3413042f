import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '@/lib/browser/i18n';
import type { SaveResult } from '@/lib/browser/stored';

/** How long "Saved" stays next to the control that was saved (it fades out over the last part). */
export const SAVED_SHOWN_MS = 3_000;

/** What a settings card's onChange returns: the save's outcome (nothing from callers that do not say). */
export type SaveOutcome = Promise<SaveResult> | SaveResult | void;

/**
 * "Saved" (or "Not saved: …") next to one control, in the page's flow, so it never covers a field.
 * `track(onChange(...))` shows the outcome of that control's save; "Saved" fades and is removed after
 * SAVED_SHOWN_MS, a failure stays until the next change. `clear()` when the control refuses a value:
 * a "Saved" from before must not stand next to a refusal. The note is a polite live region, present
 * from the start, so screen readers hear the outcome too.
 */
export function useSaveNote() {
  const [note, setNote] = useState<{ ok: boolean; text: string } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const clear = () => {
    clearTimeout(timer.current);
    setNote(null);
  };
  const track = (outcome: SaveOutcome) =>
    void Promise.resolve(outcome).then((result) => {
      if (!result) return;
      clear();
      // Emptied first (one frame), so the same text again is read again and its fade starts over.
      timer.current = setTimeout(() => {
        setNote(
          result.ok
            ? { ok: true, text: t('optionsSaved') }
            : { ok: false, text: t('optionsSaveFailed', result.message) },
        );
        if (result.ok) timer.current = setTimeout(() => setNote(null), SAVED_SHOWN_MS);
      }, 30);
    });
  const element = (
    <span class={`save-note${note ? (note.ok ? ' saved' : ' save-failed') : ''}`} role="status">
      {note?.text ?? ''}
    </span>
  );
  return { track, clear, element };
}
