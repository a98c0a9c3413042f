import { useRef } from 'preact/hooks';
import { formatNumber, t } from '@/lib/browser/i18n';
import type { PlanStatus } from '@/lib/plan/status';
import { AdviceList } from '../shared/AdviceList';
import { HealthNote } from '../shared/HealthNote';
import { changeText, nextText } from '../shared/plan-text';
import './WalkingPlan.css';

interface Props {
  status: PlanStatus;
  /**
   * Today's walking reached twice the target with the last walk: say so, and bring up "Can you walk
   * too much?" unless it is on screen already ('said': the back check-in's answers to "Worse" quote it).
   */
  overWalking: boolean | 'said';
  onPause(): Promise<boolean>;
  onResume(): Promise<boolean>;
}

/**
 * The running walking plan: today's target and minutes, the week's days met, what happens next, and
 * pause/resume. The rules are the product's (the words say so on the options page); the only document
 * text here is quoted, with its question.
 */
export function WalkingPlan({ status, overWalking, onPause, onResume }: Props) {
  const toggle = useRef<HTMLButtonElement>(null);
  const act = async (action: () => Promise<boolean>) => {
    // The button is replaced by its opposite: keep focus on the button in its place.
    if (await action()) requestAnimationFrame(() => toggle.current?.focus());
  };
  const { target, todayMin } = status;
  const met = todayMin >= target;
  const change = changeText(status.change, target);

  return (
    <section class="walking-plan" aria-labelledby="plan-heading">
      <h2 id="plan-heading" tabIndex={-1}>
        {t('planHeading')}
      </h2>
      {status.paused ? (
        <p class="plan-paused">{t('planPaused', formatNumber(target))}</p>
      ) : (
        <>
          <p class="plan-today">
            {t(met ? 'planTodayMet' : 'planToday', [formatNumber(todayMin), formatNumber(target)])}
          </p>
          <div class="plan-bar" aria-hidden="true">
            <span style={{ width: `${Math.min(100, (todayMin / target) * 100)}%` }} />
          </div>
          {change && <p class="plan-change">{change}</p>}
          <p class="plan-week">{t('planWeek', formatNumber(status.weekMet))}</p>
          <p class="plan-next">{nextText(status.next)}</p>
          {status.stuck && (
            <div class="advice-note">
              <AdviceList ids={['shallowPool']} />
              <HealthNote />
            </div>
          )}
          {overWalking && (
            <div class="advice-note">
              <p>{t('planOverWalking')}</p>
              {overWalking !== 'said' && <AdviceList ids={['tooMuch']} />}
            </div>
          )}
        </>
      )}
      <button ref={toggle} type="button" class="button" onClick={() => void act(status.paused ? onResume : onPause)}>
        {t(status.paused ? 'planResume' : 'planPause')}
      </button>
    </section>
  );
}

/** The invitation to start a plan, while none runs. */
export function StartPlan({ startMin, onStart }: { startMin: number; onStart(): void }) {
  return (
    <section class="plan-invite" aria-labelledby="plan-invite-text">
      <p id="plan-invite-text">{t('planInvite', formatNumber(startMin))}</p>
      <button type="button" class="button" onClick={onStart}>
        {t('planStart')}
      </button>
    </section>
  );
}
