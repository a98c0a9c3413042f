import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { saveStatus } from '@/components/options/error-text';
import { HealthNote } from '@/components/shared/HealthNote';
import { formatDuration } from '@/components/shared/duration';
import { formatNumber, t, uiLocale } from '@/lib/browser/i18n';
import { sendCommand as defaultSendCommand } from '@/lib/browser/send-command';
import { KEYS, readValue, watchValue } from '@/lib/browser/storage';
import { readSettings, saveSettings, storedSettings } from '@/lib/browser/stored';
import { formatWhen } from '@/lib/i18n/time';
import { defaultSettings, type Settings } from '@/lib/settings/model';
import { isRecord, isTimestamp } from '@/lib/validate';
import { PinPicture, type BrowserKind } from './PinPicture';
import { QuickChoices } from './QuickChoices';
import { isFirefox } from '@/lib/browser/firefox';

interface Props {
  /** Injected in tests; the real clock, zone, background and browser otherwise. */
  now?: () => number;
  timeZone?: string;
  sendCommand?: typeof defaultSendCommand;
  browserKind?: BrowserKind;
}

/** When the engine (lib/reminders) has the next reminders due, read from its stored state. */
interface Due {
  posture: number | null;
  walk: number | null;
  pausedUntil: number | null;
}

/**
 * The due times in the stored reminder state, or null while there is none yet (the background writes
 * it at install). A light read: this page only shows times, the background owns the state. (The
 * popup's reader is not shared: it would split the popup's first-paint code into one more file.)
 */
function readDue(raw: unknown): Due | null {
  if (!isRecord(raw)) return null;
  const due = (kind: unknown) => (isRecord(kind) && isTimestamp(kind.dueAt) ? kind.dueAt : null);
  return {
    posture: due(raw.posture),
    walk: due(raw.walk),
    pausedUntil: isTimestamp(raw.pausedUntil) ? raw.pausedUntil : null,
  };
}

const detectBrowser = (): BrowserKind => (isFirefox(browser.runtime) ? 'firefox' : 'chrome');

/**
 * The page a new install opens once: what Backstride will do and when, a real reminder to try, how to
 * pin the toolbar button, and three optional quick choices saved like the options page saves them.
 */
export function App({
  now: clock = Date.now,
  timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone,
  sendCommand = defaultSendCommand,
  browserKind = detectBrowser(),
}: Props) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [due, setDue] = useState<Due | null>(null);
  const [status, setStatus] = useState<ReturnType<typeof saveStatus> | null>(null);
  const [now, setNow] = useState(clock);
  const latest = useRef<Settings | null>(null);
  latest.current = settings;

  useEffect(() => {
    // New due times are counted from this moment, not from the last tick (up to 15 s ago): a
    // countdown the background just started reads "in 20 min", not "in 21 min".
    const showDue = (raw: unknown) => {
      setNow(clock());
      setDue(readDue(raw));
    };
    void readSettings().then(setSettings);
    void readValue(KEYS.reminderState).then(showDue);
    const unwatch = [
      watchValue(KEYS.settings, (raw) => setSettings(storedSettings(raw))),
      // A quick choice reschedules in the background: the new times show here as it writes them.
      watchValue(KEYS.reminderState, showDue),
    ];
    const tick = setInterval(() => setNow(clock()), 15_000);
    return () => {
      unwatch.forEach((stop) => stop());
      clearInterval(tick);
    };
  }, []);

  const change = async (next: Settings) => {
    const previous = latest.current;
    setSettings(next);
    setStatus(null);
    const result = await saveSettings(next);
    if (!result.ok) setSettings(previous);
    setStatus(saveStatus(result));
  };

  return (
    <main class="welcome">
      <header class="welcome-header">
        <img src="/icon/128.png" alt="" width={56} height={56} />
        <div>
          <h1>{t('welcomeTitle')}</h1>
          <p class="lead">{t('welcomeIntro')}</p>
        </div>
      </header>

      <section class="card" aria-labelledby="next-heading">
        <h2 id="next-heading">{t('welcomeNextHeading')}</h2>
        <NextTimes settings={settings} due={due} now={now} timeZone={timeZone} />
        <p class="hint">{t('welcomeNextQuiet')}</p>
      </section>

      <TryReminder sendCommand={sendCommand} buttons={hasButtons(browserKind, settings)} />

      <section class="card" aria-labelledby="pin-heading">
        <h2 id="pin-heading">{t('welcomePinHeading')}</h2>
        <p>{t('welcomePinWhy')}</p>
        <PinSteps browserKind={browserKind} />
      </section>

      {settings && <QuickChoices settings={settings} onChange={change} />}
      <p role="status" class={`save-status ${status?.kind ?? ''}`}>
        {status?.text ?? ''}
      </p>

      <footer class="welcome-footer">
        <a href="/options.html">{t('welcomeSettingsLink')}</a>
        <HealthNote />
      </footer>
    </main>
  );
}

function NextTimes({
  settings,
  due,
  now,
  timeZone,
}: {
  settings: Settings | null;
  due: Due | null;
  now: number;
  timeZone: string;
}) {
  if (!settings || !due) return <p>{t('welcomeNextLoading')}</p>;
  const at = (ts: number) => formatWhen(ts, now, { timeZone, locale: uiLocale() });
  if (due.pausedUntil !== null && due.pausedUntil > now) return <p>{t('welcomePaused', at(due.pausedUntil))}</p>;
  // Written as the popup writes it ("in 1 h", "in 1 h 5 min"), rounded up as there.
  const inMinutes = (ts: number) => formatDuration(ts - now);
  const posture = settings.posture.enabled ? due.posture : null;
  const walk = settings.walk.enabled ? due.walk : null;
  return (
    <ul class="next-times">
      <li>
        {posture === null
          ? t('welcomePostureOff')
          : t('welcomeNextPosture', [at(posture), inMinutes(posture), formatNumber(settings.posture.intervalMin)])}
      </li>
      <li>
        {walk === null
          ? t('welcomeWalkOff')
          : t('welcomeNextWalk', [
              at(walk),
              inMinutes(walk),
              formatNumber(settings.walk.lengthMin),
              formatNumber(settings.walk.intervalMin),
            ])}
      </li>
    </ul>
  );
}

/**
 * Whether reminders carry buttons here, as the background decides it (entrypoints/background/
 * notifications.ts): never in Firefox, in Chrome unless the user turned them off (the settings this
 * page reads; their default until they are read).
 */
const hasButtons = (browserKind: BrowserKind, settings: Settings | null) =>
  browserKind === 'chrome' && (settings ?? defaultSettings()).notificationButtons;

/**
 * A real posture reminder, with its real buttons where it has them: the system asks for permission
 * where it does. Without buttons, a click on it opens the popup (the background's onClicked).
 */
function TryReminder({ sendCommand, buttons }: { sendCommand: typeof defaultSendCommand; buttons: boolean }) {
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ ok: true } | { ok: false; text: string } | null>(null);
  const [blocked, setBlocked] = useState(false);

  const checkBlocked = () =>
    Promise.resolve()
      .then(() => browser.notifications.getPermissionLevel())
      .then(
        (level) => setBlocked(level === 'denied'),
        // Firefox cannot tell, and says nothing.
        () => setBlocked(false),
      );
  useEffect(() => void checkBlocked(), []);

  const send = async () => {
    if (busy) return;
    setBusy(true);
    setResult(null);
    const reply = await sendCommand({ type: 'reminder-preview', kind: 'posture' });
    setBusy(false);
    setResult(reply.ok ? { ok: true } : { ok: false, text: t('welcomeTryFailed', reply.error) });
    await checkBlocked();
  };

  return (
    <section class="card" aria-labelledby="try-heading">
      <h2 id="try-heading">{t('welcomeTryHeading')}</h2>
      <p>{t('welcomeTryText')}</p>
      <p>
        {/* aria-disabled, not disabled, while it is sent: a disabled button drops focus to <body>. */}
        <button type="button" class="button button-primary" aria-disabled={busy || undefined} onClick={send}>
          {t('welcomeTryButton')}
        </button>
      </p>
      <p role="status" class={result && !result.ok ? 'field-error' : 'hint'}>
        {!result ? '' : result.ok ? t(buttons ? 'welcomeTrySent' : 'welcomeTrySentClick') : result.text}
      </p>
      {blocked && <p class="warning">{t('welcomeTryBlocked')}</p>}
    </section>
  );
}

type ActionWithSettings = {
  getUserSettings?: () => Promise<{ isOnToolbar?: boolean }>;
  onUserSettingsChanged?: { addListener(cb: (s: { isOnToolbar?: boolean }) => void): void };
};

/** The steps for this browser, with a picture; Chrome can also say whether the button is pinned. */
function PinSteps({ browserKind }: { browserKind: BrowserKind }) {
  const [pinned, setPinned] = useState(false);
  useEffect(() => {
    const action = browser.action as unknown as ActionWithSettings;
    const show = (s: { isOnToolbar?: boolean }) => setPinned(Boolean(s.isOnToolbar));
    // Chrome 91+ tells, and (130+) says when it changes; Firefox has neither. Through a promise: a
    // browser (or a test double) without them throws at the call.
    void Promise.resolve()
      .then(() => {
        action.onUserSettingsChanged?.addListener(show);
        return action.getUserSettings?.();
      })
      .then((s) => s && show(s))
      .catch(() => undefined);
  }, []);

  const steps =
    browserKind === 'firefox'
      ? [t('welcomePinStepMenu'), t('welcomePinStepFirefoxGear'), t('welcomePinStepFirefoxPin')]
      : [t('welcomePinStepMenu'), t('welcomePinStepChrome')];
  return (
    <figure class="pin">
      <PinPicture browserKind={browserKind} />
      <figcaption>
        <ol>
          {steps.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
        {pinned && <p class="pinned">{t('welcomePinned')}</p>}
      </figcaption>
    </figure>
  );
}
