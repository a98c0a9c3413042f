import { useState } from 'preact/hooks';
import { t } from '@/lib/browser/i18n';
import type { DayWindow, Settings } from '@/lib/settings/model';
import { formatTime, parseDayWindow, setDayWindow, WEEK_MONDAY_FIRST, type WindowErrors } from '@/lib/settings/form';
import { useCommitOnHide } from './commit-on-hide';
import { dayName } from './day-names';
import { windowErrorMessage } from './error-text';
import { useSaveNote, type SaveOutcome, type SyncNote } from './SaveNote';

interface Props {
  settings: Settings;
  onChange: (next: Settings) => SaveOutcome;
  sync?: SyncNote;
}

export function ScheduleEditor({ settings, onChange, sync }: Props) {
  const { schedule } = settings;
  const saved = useSaveNote(sync);
  return (
    <section class="card" aria-labelledby="schedule-heading">
      <h2 id="schedule-heading">{t('optionsScheduleHeading')}</h2>
      <label class="check">
        <input
          type="checkbox"
          checked={schedule.enabled}
          onChange={(e) =>
            saved.track(onChange({ ...settings, schedule: { ...schedule, enabled: e.currentTarget.checked } }))
          }
        />
        {t('optionsScheduleEnabled')}
      </label>{' '}
      {saved.element}
      {schedule.enabled ? (
        <div class="schedule">
          <div class="schedule-head" aria-hidden="true">
            <span />
            <span>{t('optionsScheduleFrom')}</span>
            <span>{t('optionsScheduleUntil')}</span>
          </div>
          {WEEK_MONDAY_FIRST.map((index) => (
            <DayRow
              key={index}
              index={index}
              window={schedule.days[index]!}
              sync={sync}
              onSave={(window) => onChange(setDayWindow(settings, index, window))}
            />
          ))}
        </div>
      ) : (
        <p class="hint">{t('optionsScheduleOffNote')}</p>
      )}
    </section>
  );
}

function DayRow({
  index,
  window,
  onSave,
  sync,
}: {
  index: number;
  window: DayWindow;
  onSave: (w: DayWindow) => SaveOutcome;
  sync: SyncNote | undefined;
}) {
  const saved = useSaveNote(sync);
  const [start, setStart] = useState(formatTime(window.start));
  const [end, setEnd] = useState(formatTime(window.end));
  const [errors, setErrors] = useState<WindowErrors>({});
  const id = `day-${index}`;
  const name = dayName(index);

  // A change from elsewhere replaces what is shown (while rendering: an effect would run late).
  const [shown, setShown] = useState(`${window.start}-${window.end}`);
  if (shown !== `${window.start}-${window.end}`) {
    setShown(`${window.start}-${window.end}`);
    setStart(formatTime(window.start));
    setEnd(formatTime(window.end));
    setErrors({});
  }

  const commit = (enabled: boolean, startText: string, endText: string) => {
    const result = parseDayWindow(enabled, startText, endText);
    if (result.ok) {
      setErrors({});
      saved.track(onSave(result.value));
    } else {
      setErrors(result.errors);
      saved.clear();
      // The day switch still applies, with the last valid times.
      if (enabled !== window.enabled) saved.track(onSave({ ...window, enabled }));
    }
  };

  /**
   * Times are saved when the user is done with the field (leaves it or presses Enter), not at every
   * step of an arrow key held down on it: one save per change, not dozens.
   */
  const commitTyped = (startText: string, endText: string) => {
    setStart(startText);
    setEnd(endText);
    if (startText !== formatTime(window.start) || endText !== formatTime(window.end) || errors.start || errors.end)
      commit(window.enabled, startText, endText);
  };

  // Closing the tab in the middle of an edit commits it too, as leaving the field would.
  const startField = useCommitOnHide<HTMLInputElement>((field) => commitTyped(field.value, end));
  const endField = useCommitOnHide<HTMLInputElement>((field) => commitTyped(start, field.value));

  const typed = parseDayWindow(window.enabled, start, end);
  const crosses = typed.ok && typed.crossesMidnight;
  const error = errors.start ?? errors.end;
  const describe = (which: 'start' | 'end') =>
    [errors[which] && `${id}-error`, which === 'end' && crosses && `${id}-next-day`].filter(Boolean).join(' ') ||
    undefined;

  return (
    <div class="day-row">
      <label class="check">
        <input type="checkbox" checked={window.enabled} onChange={(e) => commit(e.currentTarget.checked, start, end)} />
        {name}
      </label>
      <span>
        <label for={`${id}-start`} class="visually-hidden">
          {t('optionsScheduleDayStart', name)}
        </label>
        <input
          ref={startField}
          id={`${id}-start`}
          type="time"
          required
          value={start}
          aria-invalid={errors.start ? 'true' : 'false'}
          aria-describedby={describe('start')}
          onInput={(e) => setStart(e.currentTarget.value)}
          onBlur={(e) => commitTyped(e.currentTarget.value, end)}
          onKeyDown={(e) => e.key === 'Enter' && commitTyped(e.currentTarget.value, end)}
        />
      </span>
      <span>
        <label for={`${id}-end`} class="visually-hidden">
          {t('optionsScheduleDayEnd', name)}
        </label>
        <input
          ref={endField}
          id={`${id}-end`}
          type="time"
          required
          value={end}
          aria-invalid={errors.end ? 'true' : 'false'}
          aria-describedby={describe('end')}
          onInput={(e) => setEnd(e.currentTarget.value)}
          onBlur={(e) => commitTyped(start, e.currentTarget.value)}
          onKeyDown={(e) => e.key === 'Enter' && commitTyped(start, e.currentTarget.value)}
        />
      </span>
      <span class="day-notes">
        <span class="hint" id={`${id}-next-day`}>
          {crosses ? t('optionsEndsNextDay') : ''}
        </span>{' '}
        {saved.element}
      </span>
      {error && (
        <p class="field-error day-error" id={`${id}-error`}>
          {windowErrorMessage(error)}
        </p>
      )}
    </div>
  );
}
