import { useEffect } from 'preact/hooks';
import { HealthNote } from '@/components/shared/HealthNote';
import { OptionsLink } from '@/components/popup/OptionsLink';
import { StatusLine } from '@/components/popup/StatusLine';
import { WalkPanel } from '@/components/popup/WalkPanel';
import { useNow, useStoredValue } from '@/components/hooks/use-stored-value';
import { t } from '@/lib/browser/i18n';
import { sendCommand } from '@/lib/browser/send-command';
import { KEYS } from '@/lib/browser/storage';
import { asStatusState, isCurrentState, reminderStatus } from '@/lib/reminders/status';
import { readGlanceSettings } from '@/lib/settings/glance';
import { parseWalk } from '@/lib/walk/walk';
import { AnswersSection } from './AnswersSection';
import { ExerciseSection } from './ExerciseSection';
import { PlanSection } from './PlanSection';

const zone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

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
  useEffect(() => {
    if (!current) void sendCommand({ type: 'reconcile' });
  }, [current]);
  const status = settings && state ? reminderStatus(settings, state, now) : undefined;

  return (
    <main class="popup">
      <h1 class="visually-hidden">{t('extName')}</h1>
      <StatusLine status={status} now={now} walking={Boolean(walk)} />
      <WalkPanel timer={walk} defaultMinutes={(settings ?? readGlanceSettings(null)).walk.lengthMin} />
      <PlanSection walking={Boolean(walk)} />
      <ExerciseSection />
      <AnswersSection />
      <PlanSection invite />
      <footer class="popup-footer">
        <OptionsLink />
        <HealthNote />
      </footer>
    </main>
  );
}
