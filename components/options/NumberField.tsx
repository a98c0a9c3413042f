import { useState } from 'preact/hooks';
import { formatNumber, tPlural } from '@/lib/browser/i18n';
import { LIMITS } from '@/lib/settings/model';
import { parseNumberField, type NumberError, type NumberFieldName } from '@/lib/settings/form';
import { useCommitOnHide } from './commit-on-hide';
import { numberErrorMessage } from './error-text';
import { useSaveNote, type SaveOutcome, type SyncNote } from './SaveNote';

interface Props {
  field: NumberFieldName;
  label: string;
  value: number;
  onSave: (value: number) => SaveOutcome;
  help?: string;
  /** The page's "not synced yet" line, shown here after this field is saved (SaveNote). */
  sync?: SyncNote;
}

/**
 * A minutes field. What the user types stays as text until they leave the field (or press Enter, or
 * close or hide the page: useCommitOnHide); only then is it checked, and only a valid value is saved.
 * A refused value stays visible with its message, so the user can see and fix it; the stored setting
 * keeps its old value.
 * type="text" with inputmode="numeric" rather than type="number": a number input hides what was typed
 * ("abc" reads as "") and changes values on scroll (https://design-system.service.gov.uk/components/text-input/#numbers).
 */
export function NumberField({ field, label, value, onSave, help, sync }: Props) {
  const [text, setText] = useState(String(value));
  const [error, setError] = useState<NumberError | null>(null);
  const range = LIMITS[field];
  const id = `field-${field}`;

  // A change from elsewhere (sync, import, reset, another options page) replaces what is shown,
  // unless the user is in the middle of typing a valid change of their own: that stays, and is saved
  // when they commit it, as the latest change. Done while rendering rather than in an effect, which
  // would run late and could overwrite what the user just typed.
  const [shownValue, setShownValue] = useState(value);
  if (shownValue !== value) {
    setShownValue(value);
    if (text === String(shownValue) || error) {
      setText(String(value));
      setError(null);
    }
  }

  const saved = useSaveNote(sync);
  const commit = () => {
    const result = parseNumberField(field, text);
    if (!result.ok) {
      saved.clear();
      return setError(result.error);
    }
    setError(null);
    setText(String(result.value));
    if (result.value !== value) saved.track(onSave(result.value));
  };
  // Closing the tab in the middle of an edit commits it too, as leaving the field would.
  const input = useCommitOnHide<HTMLInputElement>(commit);

  const describedBy = [`${id}-hint`, help && `${id}-help`, error && `${id}-error`].filter(Boolean).join(' ');
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <div class="field-row">
        <input
          ref={input}
          id={id}
          class="minutes"
          type="text"
          inputMode="numeric"
          autocomplete="off"
          size={4}
          value={text}
          aria-invalid={error ? 'true' : 'false'}
          aria-describedby={describedBy}
          onInput={(e) => {
            const next = e.currentTarget.value;
            setText(next);
            // Clear a shown error as soon as the text is acceptable; never show one mid-typing.
            if (error && parseNumberField(field, next).ok) setError(null);
          }}
          onChange={commit}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commit();
          }}
        />
        <span id={`${id}-hint`} class="hint nowrap">
          {tPlural('optionsRangeHint', range.max, [formatNumber(range.min), formatNumber(range.max)])}
        </span>
        {saved.element}
      </div>
      {help && (
        <p id={`${id}-help`} class="hint">
          {help}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} class="field-error">
          {numberErrorMessage(error, range, text)}
        </p>
      )}
    </div>
  );
}
