import { useEffect, useRef, useState } from 'preact/hooks';
import { HealthNote } from '@/components/shared/HealthNote';
import { DataPanel } from '@/components/options/DataPanel';
import { HistoryView } from '@/components/options/HistoryView';
import { NotificationSettings } from '@/components/options/NotificationSettings';
import { ReminderSettings } from '@/components/options/ReminderSettings';
import { ScheduleEditor } from '@/components/options/ScheduleEditor';
import { saveStatus } from '@/components/options/messages';
import { parseHistory, type History } from '@/lib/history/history';
import { t } from '@/lib/browser/i18n';
import type { sendCommand } from '@/lib/commands';
import { summarizeSchedule } from '@/lib/settings/summary';
import type { Settings } from '@/lib/settings/model';
import { parseSettings } from '@/lib/settings/parse';
import { saveSettings, type SettingsAreas } from '@/lib/settings/sync';
import { historyItem, readHistory } from '@/lib/browser/history-store';
import { readSettings, settingsItem, syncedSettingsItem } from '@/lib/browser/storage-items';

interface Props {
  /** Injected in tests; the real clock and time zone otherwise. */
  now?: () => number;
  timeZone?: string;
  areas?: SettingsAreas;
  sendCommand?: typeof sendCommand;
}

const DEFAULT_AREAS: SettingsAreas = { local: settingsItem, sync: syncedSettingsItem };

/**
 * The options page. There is no Save button: each valid change is saved the moment the user commits
 * it (leaves the field, presses Enter, ticks a box), as browser settings pages do, so closing the tab
 * never loses a change and the background reschedules at once from the storage change. Invalid values
 * are never saved (see NumberField).
 */
export function App({
  now = Date.now,
  timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone,
  areas = DEFAULT_AREAS,
  sendCommand,
}: Props) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [history, setHistory] = useState<History | null>(null);
  const [status, setStatus] = useState<ReturnType<typeof saveStatus> | null>(null);
  const latest = useRef<Settings | null>(null);
  latest.current = settings;

  useEffect(() => {
    void readSettings().then(setSettings);
    void readHistory(now()).then(setHistory);
    // Changes from elsewhere (another browser via sync, an import, the background) show at once.
    const unwatchSettings = settingsItem.watch((raw) => setSettings(parseSettings(raw).settings));
    const unwatchHistory = historyItem.watch((raw) => setHistory(parseHistory(raw, now()).history));
    return () => {
      unwatchSettings();
      unwatchHistory();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const change = async (next: Settings) => {
    const previous = latest.current;
    setSettings(next);
    // Emptied first so that a second "Saved" in a row is announced again.
    setStatus(null);
    const result = await saveSettings(next, areas);
    if (!result.ok) setSettings(previous);
    setStatus(saveStatus(result));
  };

  if (!settings) return <p class="loading">{t('optionsLoading')}</p>;

  return (
    <main class="options">
      <header class="options-header">
        <h1>{t('optionsHeading')}</h1>
        <HealthNote />
      </header>
      <section class="card summary" aria-labelledby="summary-heading">
        <h2 id="summary-heading">{t('optionsSummaryHeading')}</h2>
        <p class="summary-text">{summarizeSchedule(settings, t)}</p>
      </section>
      <ReminderSettings settings={settings} onChange={change} />
      <ScheduleEditor settings={settings} onChange={change} />
      <NotificationSettings settings={settings} onChange={change} sendCommand={sendCommand} />
      {history && <HistoryView history={history} now={now()} timeZone={timeZone} />}
      <DataPanel areas={areas} now={now} timeZone={timeZone} />
      <p role="status" class={`save-status ${status?.kind ?? ''}`}>
        {status?.text ?? ''}
      </p>
    </main>
  );
}
