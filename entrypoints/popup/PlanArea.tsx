/**
 * The popup's back check-in and walking plan (loaded after the first paint by PlanSection.tsx): reads
 * the history, the plan and the skipped check-in from storage, derives what to show (lib/plan/), and
 * carries out the user's answers: the check-in as a command to the background, the plan's own
 * start/pause/resume as writes of the plan (lib/browser/plan.ts says why).
 */
import { useEffect, useState } from 'preact/hooks';
import { CheckIn } from '@/components/popup/CheckIn';
import { focusWhenShown } from '@/components/popup/focus';
import { StartPlan, WalkingPlan } from '@/components/popup/WalkingPlan';
import type { Send } from '@/components/hooks/use-command';
import { useNow, useStoredValue } from '@/components/hooks/use-stored-value';
import { t } from '@/lib/browser/i18n';
import { readPlan, savePlan, storedPlan } from '@/lib/browser/plan';
import { sendCommand } from '@/lib/browser/send-command';
import { KEYS, writeValue } from '@/lib/browser/storage';
import { writeErrorText } from '@/lib/browser/storage-error';
import { readHistory, storedHistory } from '@/lib/browser/stored';
import { totalsByDay } from '@/lib/history/totals';
import { CHECK_IN_WINDOW_MS, walkToCheckIn, worsePersists } from '@/lib/plan/check-in';
import { pausePlan, resumePlan, startPlan } from '@/lib/plan/plan';
import { planStatus, planTargets, suggestedStartMin } from '@/lib/plan/status';
import { localDay } from '@/lib/time/days';
import { isTimestamp } from '@/lib/validate';

const zone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
const asSkipped = (raw: unknown): number | null => (isTimestamp(raw) ? raw : null);

export function AfterWalk({ walking, send = sendCommand }: { walking: boolean; send?: Send }) {
  const history = useStoredValue(KEYS.history, storedHistory);
  const plan = useStoredValue(KEYS.plan, storedPlan);
  const skipped = useStoredValue(KEYS.checkInSkipped, asSkipped);
  // The walk answered in this popup stays on screen with its answers after the history records it.
  const [answered, setAnswered] = useState<number | null>(null);
  const [error, setError] = useState('');
  useNow(true, 60_000);
  if (!history || plan === undefined || skipped === undefined) return null;

  const now = Date.now();
  const z = zone();
  const walk =
    (answered !== null ? history.walks.find((w) => w.startedAt === answered) : null) ??
    (walking ? null : walkToCheckIn(history, now, skipped));
  const status = plan ? planStatus(plan, history, now, z) : null;
  const last = history.walks.at(-1);

  let beyondPlan = false;
  if (walk && plan) {
    const day = localDay(walk.startedAt, z);
    const target = planTargets(plan, history, [day], now, z)[0];
    beyondPlan = target != null && (totalsByDay(history, z).get(day)?.walkMin ?? 0) > target;
  }

  const answer = async (feel: 'better' | 'same' | 'worse', where?: 'lower-back' | 'hip' | 'leg') => {
    // Pinned before sending: the stored answer reaches this page (and the walk stops waiting for a
    // check-in) before the reply does, and an unpinned check-in would go and come back, focus lost.
    setAnswered(walk!.startedAt);
    const reply = await send({ type: 'walk-check-in', startedAt: walk!.startedAt, feel, where });
    setError(reply.ok ? '' : t('popupCommandFailed', reply.error));
    return reply.ok;
  };
  const save = async (next: Parameters<typeof savePlan>[0]) => {
    const result = await savePlan(next);
    setError(result.ok ? '' : result.message);
    return result.ok;
  };

  return (
    <>
      {walk && (
        <CheckIn
          key={walk.startedAt}
          walk={walk}
          beyondPlan={beyondPlan}
          persists={worsePersists(history, z) || Boolean(status?.stuck)}
          onAnswer={answer}
          onSkip={() =>
            void writeValue(KEYS.checkInSkipped, walk.startedAt).then(
              () => setError(''),
              (e: unknown) => setError(t('popupCommandFailed', writeErrorText(e))),
            )
          }
        />
      )}
      {plan && status && (
        <WalkingPlan
          status={status}
          // "Can you walk too much?" comes with the one walk that took today to twice the target, once:
          // the check-in's answers to "Worse" quote it too when the day went beyond the plan.
          overWalking={
            !walking &&
            last?.startedAt === status.overWalkingWalk &&
            now - last.endedAt <= CHECK_IN_WINDOW_MS &&
            (beyondPlan && walk?.checkIn?.feel === 'worse' ? 'said' : true)
          }
          onPause={() => save(pausePlan(plan, Date.now()))}
          onResume={() => save(resumePlan(plan, Date.now()))}
        />
      )}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </>
  );
}

/** The invitation to start a plan, while none runs; it starts near the user's typical daily minutes. */
export function PlanInvite() {
  const plan = useStoredValue(KEYS.plan, storedPlan);
  const [startMin, setStartMin] = useState<number | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    void readHistory().then((h) => setStartMin(suggestedStartMin(h, Date.now(), zone())));
  }, []);
  if (plan !== null || startMin === null) return null;
  const start = async () => {
    // Only when no plan was started elsewhere in the meantime.
    if ((await readPlan()) !== null) return;
    const result = await savePlan(startPlan(Date.now(), startMin));
    setError(result.ok ? '' : result.message);
    if (result.ok) focusWhenShown('plan-heading');
  };
  return (
    <>
      <StartPlan startMin={startMin} onStart={() => void start()} />
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </>
  );
}
