import { useRef, useState } from 'preact/hooks';
import { backupFileName, createBackup, MAX_BACKUP_BYTES, parseBackup, serializeBackup } from '@/lib/history/backup';
import { compactHistory, emptyHistory, localDay, mergeHistory } from '@/lib/history/history';
import { t } from '@/lib/browser/i18n';
import { defaultSettings } from '@/lib/settings/model';
import { saveSettings, type SettingsAreas } from '@/lib/settings/sync';
import { historyItem, readHistory } from '@/lib/browser/history-store';
import { readSettings } from '@/lib/browser/storage-items';
import { backupErrorMessage, saveStatus } from './messages';

interface Props {
  areas: SettingsAreas;
  now: () => number;
  timeZone: string;
}

type Status = { kind: 'ok' | 'warning' | 'error'; text: string } | null;

/** Export, import and reset. Import checks the whole file first; a refused file changes nothing. */
export function DataPanel({ areas, now, timeZone }: Props) {
  const [status, setStatus] = useState<Status>(null);
  const [confirming, setConfirming] = useState(false);
  const resetButton = useRef<HTMLButtonElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);

  const exportData = async () => {
    const at = now();
    const text = serializeBackup(createBackup(await readSettings(), await readHistory(at), at));
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const name = backupFileName(localDay(at, timeZone));
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    document.body.append(link);
    link.click();
    link.remove();
    // The download has started by then; revoking at once can cancel it in some browsers.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    setStatus({ kind: 'ok', text: t('optionsExported', name) });
  };

  const refuse = (detail: string) => setStatus({ kind: 'error', text: t('optionsImportFailed', detail) });

  const importFile = async (file: File) => {
    setStatus(null);
    // Refuse a huge file before reading it into memory.
    if (file.size > MAX_BACKUP_BYTES) return refuse(backupErrorMessage({ code: 'tooLarge', bytes: file.size }));
    let text: string;
    try {
      text = await file.text();
    } catch (error) {
      return refuse(t('optionsImportErrorRead', error instanceof Error ? error.message : String(error)));
    }
    const at = now();
    const parsed = parseBackup(text, at);
    if (!parsed.ok) return refuse(backupErrorMessage(parsed.error));

    const current = await readHistory(at);
    const known = new Set(current.walks.map((w) => w.startedAt));
    const added = parsed.backup.history.walks.filter((w) => !known.has(w.startedAt)).length;
    const saved = await saveSettings(parsed.backup.settings, areas);
    if (!saved.ok) return refuse(saved.message);
    await historyItem.setValue(compactHistory(mergeHistory(current, parsed.backup.history), at, timeZone));
    const imported = t('optionsImported', String(added));
    setStatus(
      saved.synced
        ? { kind: 'ok', text: imported }
        : { kind: 'warning', text: `${imported} ${saveStatus(saved).text}` },
    );
  };

  const reset = async () => {
    const saved = await saveSettings(defaultSettings(), areas);
    if (!saved.ok) {
      setStatus(saveStatus(saved));
    } else {
      await historyItem.setValue(emptyHistory());
      setStatus(
        saved.synced
          ? { kind: 'ok', text: t('optionsResetDone') }
          : { kind: 'warning', text: `${t('optionsResetDone')} ${saveStatus(saved).text}` },
      );
    }
    setConfirming(false);
    requestAnimationFrame(() => resetButton.current?.focus());
  };

  return (
    <section class="card" aria-labelledby="data-heading">
      <h2 id="data-heading">{t('optionsDataHeading')}</h2>
      <p>
        <button type="button" class="button" onClick={() => void exportData()}>
          {t('optionsExport')}
        </button>
      </p>
      <div class="field">
        <label for="import-file">{t('optionsImportLabel')}</label>
        <input
          id="import-file"
          type="file"
          accept="application/json,.json"
          aria-describedby="import-hint"
          onChange={(e) => {
            const input = e.currentTarget;
            const file = input.files?.[0];
            if (file) void importFile(file).finally(() => (input.value = ''));
          }}
        />
        <p id="import-hint" class="hint">
          {t('optionsImportHint')}
        </p>
      </div>
      {/* Two live regions: changing a region's role on the fly is not announced reliably. */}
      <p role="status" class={`data-status ${status?.kind ?? ''}`}>
        {status && status.kind !== 'error' ? status.text : ''}
      </p>
      <p role="alert" class="data-status error">
        {status?.kind === 'error' ? status.text : ''}
      </p>
      {confirming ? (
        <div class="confirm" role="group" aria-labelledby="reset-question">
          <p id="reset-question">{t('optionsResetQuestion')}</p>
          <button type="button" class="button button-danger" onClick={() => void reset()}>
            {t('optionsResetConfirm')}
          </button>{' '}
          <button
            ref={cancelButton}
            type="button"
            class="button"
            onClick={() => {
              setConfirming(false);
              requestAnimationFrame(() => resetButton.current?.focus());
            }}
          >
            {t('optionsResetCancel')}
          </button>
        </div>
      ) : (
        <p>
          <button
            ref={resetButton}
            type="button"
            class="button"
            onClick={() => {
              setConfirming(true);
              requestAnimationFrame(() => cancelButton.current?.focus());
            }}
          >
            {t('optionsReset')}
          </button>
        </p>
      )}
    </section>
  );
}
