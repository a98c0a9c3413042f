import { useEffect, useState } from 'preact/hooks';
import { EnglishContentNote, HealthNote } from '@/components/shared/HealthNote';
import { OptionsLink } from '@/components/popup/OptionsLink';
import { STATUS_LINE_ID, waitingKinds } from '@/components/popup/status-ids';
import { WalkPanel } from '@/components/popup/WalkPanel';
import { useAnnouncer } from '@/components/hooks/use-announcer';
import { useFocusNext } from '@/components/hooks/use-focus-next';
import { useLoaded } from '@/components/hooks/use-loaded';
import { useNow, useStoredValue } from '@/components/hooks/use-stored-value';
import { useWalkChanges, type WalkChange } from '@/components/hooks/use-walk-changes';
import { t, tPlural } from '@/lib/browser/i18n';
import { sendCommand } from '@/lib/browser/send-command';
import { KEYS } from '@/lib/browser/storage';
import { asStatusState, isCurrentState, reminderStatus } from '@/lib/reminders/status';
import { readGlanceSettings } from '@/lib/settings/glance';
import { isAheadOfClock, parseWalk } from '@/lib/walk/walk';
import { AnswersSection } from './AnswersSection';
import { ExerciseSection } from './ExerciseSection';
import { PlanSection } from './PlanSection';
import { StatusSection } from './StatusSection';

const zone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** What a change of the walk says, to screen readers and (when it ended) on the walk panel. */
function walkChangeText(change: WalkChange): string {
  switch (change.type) {
    case 'started':
      return tPlural('popupAnnounceWalkStarted', change.walk.plannedMin);
    case 'paused':
      return t('popupAnnounceWalkPaused');
    case 'resumed':
      return t('popupAnnounceWalkResumed');
    case 'logged':
      return tPlural('popupAnnounceWalkLogged', change.minutes);
    case 'cancelled':
      return t('popupAnnounceWalkCancelled');
  }
}

export function App() {
  // The first paint needs only static text and this code; storage values fill in after, and the
  // exercise and the answers (the document's text) load right after it.
  const settings = useStoredValue(KEYS.settings, readGlanceSettings);
  const stored = useStoredValue(KEYS.reminderState, asStatusState);
  const walk = useStoredValue(KEYS.walk, parseWalk);
  // The tick only re-renders; each render reads the clock, so values that just arrived read right.
  useNow(true, 15_000);
  const now = Date.now();
  // A state that is missing, implausible or from another time zone is not shown: the background is
  // asked to decide again, and its answer arrives through storage.
  const current = stored ? isCurrentState(stored, now, zone()) : stored === undefined;
  const state = stored && current ? stored : undefined;
  // So is a walk the clock was set back under: its time left would stand still until the clock caught up.
  const decideAgain = !current || Boolean(walk && isAheadOfClock(walk, now));
  useEffect(() => {
    if (decideAgain) void sendCommand({ type: 'reconcile' });
  }, [decideAgain]);

  // With a schedule on, "outside your schedule" needs the calendar code: it loads after the first
  // paint, and only then (until it is there, the status line waits rather than say something wrong).
  const scheduleOn = settings?.schedule.enabled === true;
  const calendar = useLoaded(() => import('@/lib/reminders/schedule-view'), scheduleOn);
  const schedule =
    !settings || !scheduleOn ? null : calendar ? calendar.scheduleView(settings.schedule, now, zone()) : undefined;
  const status =
    settings && state && schedule !== undefined ? reminderStatus(settings, state, now, schedule) : undefined;

  const { announce, region } = useAnnouncer();
  const focusNext = useFocusNext();
  const [walkNote, setWalkNote] = useState('');
  useWalkChanges((change) => {
    const text = walkChangeText(change);
    announce(text);
    setWalkNote(change.type === 'logged' || change.type === 'cancelled' ? text : '');
  });

  const walkWaiting = waitingKinds(status).includes('walk');
  return (
    <main class="popup">
      <h1 class="visually-hidden">{t('extName')}</h1>
      <div class="popup-head">
        <StatusSection status={status} now={now} walking={Boolean(walk)} focusNext={focusNext} announce={announce} />
        <WalkPanel
          timer={walk}
          defaultMinutes={(settings ?? readGlanceSettings(null)).walk.lengthMin}
          dueDescribedBy={walkWaiting && !walk ? STATUS_LINE_ID : undefined}
          note={walkNote}
          focusNext={focusNext}
        />
      </div>
      <div class="popup-body">
        {/* The back check-in after a walk, and the walking plan while one runs: first in view. */}
        <PlanSection walking={Boolean(walk)} />
        <ExerciseSection />
        <AnswersSection />
        <PlanSection invite />
      </div>
      <footer class="popup-footer">
        <OptionsLink />
        <HealthNote />
        <EnglishContentNote />
      </footer>
      {region}
    </main>
  );
}
