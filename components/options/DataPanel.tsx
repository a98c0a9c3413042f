import { useRef, useState } from 'preact/hooks';
import { t } from '@/lib/browser/i18n';

export type DataStatus = { kind: 'ok' | 'warning' | 'error'; text: string } | null;

interface Props {
  onExport: () => Promise<DataStatus>;
  /** Checks the whole file first; a refused file changes nothing. */
  onImport: (file: File) => Promise<DataStatus>;
  onReset: () => Promise<DataStatus>;
}

/** Export, import and reset: the options app carries them out, this section asks and reports. */
export function DataPanel({ onExport, onImport, onReset }: Props) {
  const [status, setStatus] = useState<DataStatus>(null);
  const [confirming, setConfirming] = useState(false);
  const resetButton = useRef<HTMLButtonElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);

  const exportData = async () => setStatus(await onExport());
  const importFile = async (file: File) => {
    setStatus(null);
    setStatus(await onImport(file));
  };
  const reset = async () => {
    setStatus(await onReset());
    setConfirming(false);
    requestAnimationFrame(() => resetButton.current?.focus());
  };
  /** Closes the question without resetting; focus returns to the button that asked it. */
  const cancel = () => {
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
        <div
          class="confirm"
          role="group"
          aria-labelledby="reset-question"
          onKeyDown={(e) => {
            if (e.key !== 'Escape') return;
            e.preventDefault();
            cancel();
          }}
        >
          <p id="reset-question">{t('optionsResetQuestion')}</p>
          <button type="button" class="button button-danger" onClick={() => void reset()}>
            {t('optionsResetConfirm')}
          </button>{' '}
          <button ref={cancelButton} type="button" class="button" onClick={cancel}>
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
