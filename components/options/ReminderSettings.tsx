import { t } from '@/lib/browser/i18n';
import type { Settings } from '@/lib/settings/model';
import { setNumberField, type NumberFieldName } from '@/lib/settings/form';
import { NumberField } from './NumberField';
import { useSaveNote, type SaveOutcome, type SyncNote } from './SaveNote';

interface Props {
  settings: Settings;
  onChange: (next: Settings) => SaveOutcome;
  sync?: SyncNote;
}

/** Both reminder kinds with their intervals, the walk length, snooze and the away threshold. */
export function ReminderSettings({ settings, onChange, sync }: Props) {
  const save = (field: NumberFieldName) => (value: number) => onChange(setNumberField(settings, field, value));
  const notes = { posture: useSaveNote(sync), walk: useSaveNote(sync) };
  const toggle = (kind: 'posture' | 'walk', enabled: boolean) =>
    notes[kind].track(onChange({ ...settings, [kind]: { ...settings[kind], enabled } }));

  return (
    <section class="card" aria-labelledby="reminders-heading">
      <h2 id="reminders-heading">{t('optionsRemindersHeading')}</h2>
      <div class="group">
        <label class="check">
          <input
            type="checkbox"
            checked={settings.posture.enabled}
            onChange={(e) => toggle('posture', e.currentTarget.checked)}
          />
          {t('optionsPostureEnabled')}
        </label>{' '}
        {notes.posture.element}
        <NumberField
          sync={sync}
          field="postureIntervalMin"
          label={t('optionsPostureInterval')}
          value={settings.posture.intervalMin}
          onSave={save('postureIntervalMin')}
        />
      </div>
      <div class="group">
        <label class="check">
          <input
            type="checkbox"
            checked={settings.walk.enabled}
            onChange={(e) => toggle('walk', e.currentTarget.checked)}
          />
          {t('optionsWalkEnabled')}
        </label>{' '}
        {notes.walk.element}
        <NumberField
          sync={sync}
          field="walkIntervalMin"
          label={t('optionsWalkInterval')}
          value={settings.walk.intervalMin}
          onSave={save('walkIntervalMin')}
        />
        <NumberField
          sync={sync}
          field="walkLengthMin"
          label={t('optionsWalkLength')}
          value={settings.walk.lengthMin}
          onSave={save('walkLengthMin')}
        />
      </div>
      <div class="group">
        <NumberField
          sync={sync}
          field="snoozeMin"
          label={t('optionsSnooze')}
          value={settings.snoozeMin}
          onSave={save('snoozeMin')}
        />
        <NumberField
          sync={sync}
          field="idleThresholdMin"
          label={t('optionsIdle')}
          value={settings.idleThresholdMin}
          help={t('optionsIdleHelp')}
          onSave={save('idleThresholdMin')}
        />
      </div>
    </section>
  );
}
