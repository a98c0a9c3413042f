import { formatNumber, t, uiLocale } from '@/lib/browser/i18n';
import { formatMinuteOfDay } from '@/lib/i18n/time';
import type { Settings } from '@/lib/settings/model';
import { describeSchedule } from '@/lib/settings/summary';

interface Props {
  settings: Settings;
  onChange: (next: Settings) => void;
}

// A few common choices, all within the settings' limits; any other value stays a choice while it is set.
const POSTURE_EVERY = [20, 30, 45, 60];
const WALK_EVERY = [45, 60, 90, 120];
const WALK_LENGTH = [5, 10, 15];

/** Posture interval, walk interval and length, working hours on or off. Every pick is saved at once. */
export function QuickChoices({ settings, onChange }: Props) {
  const { posture, walk, schedule } = settings;
  return (
    <section class="card" aria-labelledby="choices-heading">
      <h2 id="choices-heading">{t('welcomeChoicesHeading')}</h2>
      <p class="hint">{t('welcomeChoicesIntro')}</p>
      <Choice
        name="posture-every"
        legend={t('welcomeChoicePosture')}
        value={posture.intervalMin}
        options={POSTURE_EVERY}
        onPick={(intervalMin) => onChange({ ...settings, posture: { ...posture, intervalMin } })}
      />
      <Choice
        name="walk-every"
        legend={t('welcomeChoiceWalkEvery')}
        value={walk.intervalMin}
        options={WALK_EVERY}
        onPick={(intervalMin) => onChange({ ...settings, walk: { ...walk, intervalMin } })}
      />
      <Choice
        name="walk-length"
        legend={t('welcomeChoiceWalkLength')}
        value={walk.lengthMin}
        options={WALK_LENGTH}
        onPick={(lengthMin) => onChange({ ...settings, walk: { ...walk, lengthMin } })}
      />
      <label class="check">
        <input
          type="checkbox"
          checked={schedule.enabled}
          aria-describedby="working-hours-hint"
          onChange={(e) => onChange({ ...settings, schedule: { ...schedule, enabled: e.currentTarget.checked } })}
        />
        {t('welcomeWorkingHours')}
      </label>
      <p id="working-hours-hint" class="hint">
        {t(
          'welcomeWorkingHoursHint',
          describeSchedule(
            { ...schedule, enabled: true },
            t,
            (minute) => formatMinuteOfDay(minute, uiLocale()),
            uiLocale(),
          ),
        )}
      </p>
    </section>
  );
}

interface ChoiceProps {
  name: string;
  legend: string;
  value: number;
  options: number[];
  onPick: (value: number) => void;
}

/** A group of radio buttons: arrow keys move between them, as in every native radio group. */
function Choice({ name, legend, value, options, onPick }: ChoiceProps) {
  const shown = options.includes(value) ? options : [...options, value].sort((a, b) => a - b);
  return (
    <fieldset class="choice">
      <legend>{legend}</legend>
      <div class="choice-options">
        {shown.map((minutes) => (
          <label class="chip" key={minutes}>
            <input
              type="radio"
              name={name}
              value={minutes}
              checked={minutes === value}
              onChange={() => onPick(minutes)}
            />
            <span>{t('welcomeMinutes', formatNumber(minutes))}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
