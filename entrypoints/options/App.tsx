import { useEffect, useRef, useState } from 'preact/hooks';
import { EnglishContentNote, HealthNote } from '@/components/shared/HealthNote';
import { DataPanel, type DataStatus } from '@/components/options/DataPanel';
import { HistoryView } from '@/components/options/HistoryView';
import { PlanCard } from '@/components/options/PlanCard';
import { NotificationSettings } from '@/components/options/NotificationSettings';
import { ReminderSettings } from '@/components/options/ReminderSettings';
import { ScheduleEditor } from '@/components/options/ScheduleEditor';
import { ShortcutsCard } from '@/components/options/ShortcutsCard';
import { SoundSettings } from '@/components/options/SoundSettings';
import { backupErrorMessage, syncStatusText } from '@/components/options/error-text';
import type { SyncNote } from '@/components/options/SaveNote';
import { formatNumber, t, tPlural, uiLocale } from '@/lib/browser/i18n';
import { readPlan, savePlan, storedPlan } from '@/lib/browser/plan';
import { sendCommand as defaultSendCommand } from '@/lib/browser/send-command';
import { KEYS, readValue, watchValue } from '@/lib/browser/storage';
import {
  readHistory,
  readSettings,
  saveSettings,
  storedHistory,
  storedSettings,
  type SaveResult,
} from '@/lib/browser/stored';
import { backupFileName, createBackup, MAX_BACKUP_BYTES, parseBackup, serializeBackup } from '@/lib/history/backup';
import type { History } from '@/lib/history/model';
import type { Plan } from '@/lib/plan/plan';
import type { Settings } from '@/lib/settings/model';
import { formatMinuteOfDay } from '@/lib/i18n/time';
import { summarizeSchedule } from '@/lib/settings/summary';
import { parseSyncStatus, type SyncStatus } from '@/lib/settings/sync';
import { localDay } from '@/lib/time/days';

interface Props {
  /** Injected in tests; the real clock, time zone and background otherwise. */
  now?: () => number;
  timeZone?: string;
  sendCommand?: typeof defaultSendCommand;
}

/**
 * The options page. It owns storage and commands; its sections only show values and call back.
 * There is no Save button: each valid change is saved the moment the user commits it (leaves the
 * field, presses Enter, ticks a box), as browser settings pages do, and a field still being edited
 * commits when the tab is closed or hidden (useCommitOnHide), so closing the tab never loses a
 * change; the background reschedules at once from the storage change. Invalid values are never
 * saved (see NumberField). Imports and resets run in the background's queue.
 */
export function App({
  now = Date.now,
  timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone,
  sendCommand = defaultSendCommand,
}: Props) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [history, setHistory] = useState<History | null>(null);
  const [sync, setSync] = useState<SyncStatus | null>(null);
  const [plan, setPlan] = useState<Plan | null | undefined>(undefined);
  // Which save note shows the "not synced yet" line (the last setting saved here), null for none yet.
  const [syncOwner, setSyncOwner] = useState<object | null>(null);
  const syncNote: SyncNote = { text: syncStatusText(sync), owner: syncOwner, setOwner: setSyncOwner };
  const latest = useRef<Settings | null>(null);
  latest.current = settings;

  useEffect(() => {
    void readSettings().then(setSettings);
    void readHistory().then(setHistory);
    void readValue(KEYS.syncStatus).then((raw) => setSync(parseSyncStatus(raw)));
    void readPlan().then(setPlan);
    // Changes from elsewhere (another browser via sync, an import, the background) show at once.
    const unwatch = [
      watchValue(KEYS.settings, (raw) => setSettings(storedSettings(raw))),
      watchValue(KEYS.history, (raw) => setHistory(storedHistory(raw))),
      watchValue(KEYS.syncStatus, (raw) => setSync(parseSyncStatus(raw))),
      watchValue(KEYS.plan, (raw) => setPlan(storedPlan(raw))),
    ];
    return () => unwatch.forEach((stop) => stop());
  }, []);

  /** Saves a change; the control that made it shows the outcome next to itself (SaveNote). */
  const change = async (next: Settings): Promise<SaveResult> => {
    const previous = latest.current;
    setSettings(next);
    const result = await saveSettings(next);
    if (!result.ok) setSettings(previous);
    return result;
  };

  const exportData = async (): Promise<DataStatus> => {
    const at = now();
    const text = serializeBackup(createBackup(await readSettings(), await readHistory(), at, await readPlan()));
    const name = backupFileName(localDay(at, timeZone));
    download(text, name);
    return { kind: 'ok', text: t('optionsExported', name) };
  };

  const importFile = async (file: File): Promise<DataStatus> => {
    const refuse = (detail: string): DataStatus => ({ kind: 'error', text: t('optionsImportFailed', detail) });
    // Refuse a huge file before reading it into memory.
    if (file.size > MAX_BACKUP_BYTES) return refuse(backupErrorMessage({ code: 'tooLarge', bytes: file.size }));
    let text: string;
    try {
      text = await file.text();
    } catch (error) {
      // The browser's own words (a DOMException name) help no one here.
      console.warn('Backstride: the backup file could not be read', error);
      return refuse(t('optionsImportErrorRead'));
    }
    const parsed = parseBackup(text, now());
    if (!parsed.ok) return refuse(backupErrorMessage(parsed.error));
    const { settings: s, history: h, plan: p } = parsed.backup;
    // A backup's plan replaces this device's; a backup without one leaves it as it is.
    const reply = await sendCommand({ type: 'import-backup', settings: s, history: h, ...(p && { plan: p }) });
    if (!reply.ok) return refuse(reply.error);
    return { kind: 'ok', text: tPlural('optionsImported', reply.added ?? 0) };
  };

  const reset = async (): Promise<DataStatus> => {
    const reply = await sendCommand({ type: 'reset-data' });
    return reply.ok
      ? { kind: 'ok', text: t('optionsResetDone') }
      : { kind: 'error', text: t('optionsResetFailed', reply.error) };
  };

  if (!settings) return <p class="loading">{t('optionsLoading')}</p>;

  return (
    <main class="options">
      <header class="options-header">
        <h1>{t('optionsHeading')}</h1>
        <HealthNote />
        <EnglishContentNote />
        <p class="welcome-link">
          <a href="/welcome.html">{t('optionsWelcomeLink')}</a>
        </p>
      </header>
      {/* Sync falling behind before any setting was saved here (another page's change, or an earlier
          one): said at the top. Once a setting is saved here, its own note says it (SaveNote). */}
      <p role="status" class="sync-status">
        {syncOwner ? '' : syncNote.text}
      </p>
      <section class="card summary" aria-labelledby="summary-heading">
        <h2 id="summary-heading">{t('optionsSummaryHeading')}</h2>
        <p class="summary-text">
          {summarizeSchedule(settings, t, (minute) => formatMinuteOfDay(minute, uiLocale()), uiLocale(), formatNumber)}
        </p>
      </section>
      <ReminderSettings settings={settings} onChange={change} sync={syncNote} />
      <ScheduleEditor settings={settings} onChange={change} sync={syncNote} />
      <NotificationSettings settings={settings} onChange={change} sendCommand={sendCommand} sync={syncNote} />
      {history && plan !== undefined && (
        <PlanCard plan={plan} history={history} now={now()} timeZone={timeZone} onSave={savePlan} />
      )}
      <SoundSettings settings={settings} onChange={change} sync={syncNote} />
      <ShortcutsCard />
      {history && <HistoryView history={history} now={now()} timeZone={timeZone} plan={plan} />}
      <DataPanel onExport={exportData} onImport={importFile} onReset={reset} />
    </main>
  );
}

/** Saves text as a file through the browser's download of a temporary link. */
function download(text: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by then; revoking at once can cancel it in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
