import { useRef, useState } from 'preact/hooks';
import { formatNumber, t } from '@/lib/browser/i18n';
import type { SaveResult } from '@/lib/browser/stored';
import type { History } from '@/lib/history/model';
import { pausePlan, PLAN_START, resumePlan, startPlan, type Plan } from '@/lib/plan/plan';
import { planStatus, suggestedStartMin } from '@/lib/plan/status';
import { AdviceList } from '../shared/AdviceList';
import { HealthNote } from '../shared/HealthNote';
import { changeText, nextText } from '../shared/plan-text';
import './PlanCard.css';

interface Props {
  plan: Plan | null;
  history: History;
  now: number;
  timeZone: string;
  /** Saves the plan (null ends it); a failure says why, in a whole sentence. */
  onSave(plan: Plan | null): Promise<SaveResult>;
}

const STARTS = Array.from({ length: PLAN_START.max - PLAN_START.min + 1 }, (_, i) => PLAN_START.min + i);

/**
 * The walking plan on the options page: start it at a chosen target (5–10 min), see where it stands,
 * pause, resume or end it. The rules are stated as Backstride's own.
 */
export function PlanCard({ plan, history, now, timeZone, onSave }: Props) {
  const suggested = suggestedStartMin(history, now, timeZone);
  const [startMin, setStartMin] = useState<number | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const endButton = useRef<HTMLButtonElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const startButton = useRef<HTMLButtonElement>(null);

  /** Saves, then puts focus where the user's next step is (the control they used may be gone). */
  const save = async (next: Plan | null, focus: () => HTMLElement | null) => {
    const result = await onSave(next);
    setError(result.ok ? '' : result.message);
    if (result.ok) setConfirming(false);
    requestAnimationFrame(() => focus()?.focus());
  };

  const status = plan ? planStatus(plan, history, now, timeZone) : null;
  const change = status ? changeText(status.change, status.target) : '';

  return (
    <section class="card plan-card" aria-labelledby="plan-card-heading">
      <h2 id="plan-card-heading" ref={heading} tabIndex={-1}>
        {t('planHeading')}
      </h2>
      {!plan || !status ? (
        <>
          <p>{t('planInvite', formatNumber(startMin ?? suggested))}</p>
          <div class="field">
            <label for="plan-start">{t('planStartAt')}</label>
            <select
              id="plan-start"
              aria-describedby="plan-start-hint"
              value={String(startMin ?? suggested)}
              onChange={(e) => setStartMin(Number(e.currentTarget.value))}
            >
              {STARTS.map((min) => (
                <option key={min} value={String(min)}>
                  {t('planStartMinutes', formatNumber(min))}
                </option>
              ))}
            </select>
            <p id="plan-start-hint" class="hint">
              {t('planSuggested', formatNumber(suggested))}
            </p>
          </div>
          <p>
            <button
              ref={startButton}
              type="button"
              class="button button-primary"
              onClick={() => void save(startPlan(Date.now(), startMin ?? suggested), () => heading.current)}
            >
              {t('planStart')}
            </button>
          </p>
        </>
      ) : (
        <>
          {/* One element around what pausing changes: its siblings (the pause button) are then never moved
              in the DOM, which would drop their focus. */}
          <div>
            {status.paused ? (
              <p>{t('planPaused', formatNumber(status.target))}</p>
            ) : (
              <>
                <p class="plan-today">
                  {t(status.todayMin >= status.target ? 'planTodayMet' : 'planToday', [
                    formatNumber(status.todayMin),
                    formatNumber(status.target),
                  ])}
                </p>
                {change && <p>{change}</p>}
                <p>{t('planWeek', formatNumber(status.weekMet))}</p>
                <p>{nextText(status.next)}</p>
                {status.stuck && (
                  <>
                    <AdviceList ids={['shallowPool']} />
                    <HealthNote />
                  </>
                )}
              </>
            )}
          </div>
          <p class="plan-actions">
            <button
              type="button"
              class="button"
              onClick={() =>
                void save(status.paused ? resumePlan(plan, Date.now()) : pausePlan(plan, Date.now()), () =>
                  document.activeElement === document.body ? heading.current : null,
                )
              }
            >
              {t(status.paused ? 'planResume' : 'planPause')}
            </button>{' '}
            {!confirming && (
              <button
                ref={endButton}
                type="button"
                class="button"
                onClick={() => {
                  setConfirming(true);
                  requestAnimationFrame(() => cancelButton.current?.focus());
                }}
              >
                {t('planEnd')}
              </button>
            )}
          </p>
          {confirming && (
            <div class="confirm" role="group" aria-labelledby="plan-end-question">
              <p id="plan-end-question">{t('planEndQuestion')}</p>
              <button
                type="button"
                class="button button-danger"
                onClick={() => void save(null, () => startButton.current)}
              >
                {t('planEndConfirm')}
              </button>{' '}
              <button
                ref={cancelButton}
                type="button"
                class="button"
                onClick={() => {
                  setConfirming(false);
                  requestAnimationFrame(() => endButton.current?.focus());
                }}
              >
                {t('planEndCancel')}
              </button>
            </div>
          )}
        </>
      )}
      <p class="hint">{t('planRules')}</p>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
