import { describe, expect, it, vi } from 'vitest';
import { act, render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '@/entrypoints/popup/App';
import { initialReminderState } from '@/lib/reminders/state';
import { defaultSettings, type Settings } from '@/lib/settings/model';
import { MINUTE } from '@/lib/time/units';
import { alignWalkToClock, pauseWalk, startWalk } from '@/lib/walk/walk';
import { createHarness } from '../background/harness';

const item = (key: string) => ({
  setValue: (value: unknown) => fakeBrowser.storage.local.set({ [key]: value }),
  getValue: async () => (await fakeBrowser.storage.local.get(key))[key] ?? null,
});
const settingsItem = item('settings');
const reminderStateItem = item('reminderState');
const walkTimerItem = item('walk');

/** Settings whose due times read well: a posture check every 12 min, a walk every 41 min of 10 min. */
function seededSettings(): Settings {
  const s = defaultSettings();
  s.posture.intervalMin = 12;
  s.walk.intervalMin = 41;
  s.walk.lengthMin = 10;
  return s;
}

const zone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** Fills storage the way the background leaves it, with the countdowns starting now. */
async function seed(settings = seededSettings()) {
  const now = Date.now();
  await settingsItem.setValue(settings);
  await reminderStateItem.setValue(initialReminderState(settings, now, zone()));
  return now;
}

function stubBackground() {
  // The background's reply to every command; sendMessage's declared type does not know replies.
  return vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async () => ({ ok: true }) as never);
}

const startButton = () => screen.getByRole('button', { name: /^Start walk/ }) as HTMLButtonElement;
/** The walk panel; the mini exercise has a countdown (role "timer") of its own. */
const walkPanel = () => within(screen.getByRole('region', { name: 'Short walk' }));
const walkClock = () => walkPanel().queryByRole('timer');
/** The status line as read (no-break spaces, which keep values whole, read as spaces). */
const statusLine = () => document.getElementById('status-line')?.textContent?.replace(/[\u00a0\u202f]/g, ' ');

describe('Popup', () => {
  it('paints its sections and the Start button before storage answers', async () => {
    await seed();
    render(<App />);
    // Straight after the first render: no storage read has resolved yet.
    expect(screen.getByRole('heading', { name: 'Quick answers' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Mini exercise' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Short walk' })).toBeTruthy();
    expect(startButton().textContent).toBe('Start walk (5 min)');
    expect(startButton().disabled).toBe(true);
    expect(statusLine()).toBeUndefined();

    // Once storage answers, the length from the settings and the Start button are ready; the answers
    // (the document's text) and their search box arrive right after the first paint.
    await waitFor(() => expect(startButton().disabled).toBe(false));
    expect(startButton().textContent).toBe('Start walk (10 min)');
    expect(await screen.findByRole('searchbox', { name: 'Search answers' })).toBeTruthy();
  });

  it('shows when the next posture check and walk are due', async () => {
    await seed();
    render(<App />);
    await waitFor(() => expect(statusLine()).toBe('Posture check in 12 min · Walk in 41 min'));
    expect(screen.getByRole('button', { name: 'Pause reminders' }).getAttribute('aria-expanded')).toBe('false');
  });

  it('shows a pause stored by the background', async () => {
    const settings = seededSettings();
    const now = Date.now();
    await settingsItem.setValue(settings);
    await reminderStateItem.setValue({
      ...initialReminderState(settings, now, zone()),
      pausedUntil: now + 90 * MINUTE,
    });
    render(<App />);
    await waitFor(() => expect(statusLine()).toMatch(/^Reminders paused until /));
    expect(screen.getByRole('button', { name: 'Resume reminders' })).toBeTruthy();
  });

  it.each([
    [
      'a due time years away',
      { posture: { dueAt: Date.now() + 30_000 * 3_600_000, pending: false, outstanding: false } },
    ],
    ['a pause that ended long ago', { pausedUntil: Date.now() - 30 * 24 * 3_600_000 }],
    ['a state decided in another time zone', { zone: 'Pacific/Kiritimati' }],
    ['a state with no shape', null],
  ])('shows no times from %s, and asks the background to decide again', async (_name, patch) => {
    const settings = seededSettings();
    const state = patch && { ...initialReminderState(settings, Date.now(), zone()), ...patch };
    await settingsItem.setValue(settings);
    await reminderStateItem.setValue(state ?? 'garbage');
    const send = stubBackground();
    render(<App />);
    await waitFor(() => expect(send).toHaveBeenCalledWith({ type: 'reconcile' }));
    expect(statusLine()).toBeUndefined();
    // The background's answer arrives through storage.
    await reminderStateItem.setValue(initialReminderState(settings, Date.now(), zone()));
    await waitFor(() => expect(statusLine()).toBe('Posture check in 12 min · Walk in 41 min'));
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('shows a reminder waiting on screen', async () => {
    const settings = seededSettings();
    const state = initialReminderState(settings, Date.now(), zone());
    state.posture.outstanding = true;
    await settingsItem.setValue(settings);
    await reminderStateItem.setValue(state);
    render(<App />);
    expect(await screen.findByText('Posture check due now')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Done' })).toBeTruthy();
  });

  it('starts a walk of the length from the settings through the background', async () => {
    await seed();
    const sendMessage = stubBackground();
    const user = userEvent.setup();
    render(<App />);
    await waitFor(() => expect(startButton().disabled).toBe(false));
    await act(() => user.click(startButton()));
    expect(sendMessage).toHaveBeenCalledWith({ type: 'walk-start', minutes: 10 });
  });

  it('shows a walk already running when opened', async () => {
    await seed();
    await walkTimerItem.setValue(pauseWalk(startWalk(Date.now() - 3 * MINUTE, 10), Date.now()));
    render(<App />);
    expect((await walkPanel().findByRole('timer')).textContent).toBe('7:00');
    expect(walkPanel().getByText('Walk paused')).toBeTruthy();
    // The status line's code loads just after the first paint.
    await waitFor(() => expect(statusLine()).toBe('Reminders wait until your walk ends'));
  });

  it('switches to the countdown when a walk timer is written while it is open', async () => {
    await seed();
    const send = stubBackground();
    render(<App />);
    await waitFor(() => expect(startButton().disabled).toBe(false));
    expect(walkClock()).toBeNull();

    // The background writes the timer (after a Start command, or a notification's button).
    await act(() => walkTimerItem.setValue(startWalk(Date.now(), 10)));
    const timer = await walkPanel().findByRole('timer');
    expect(timer.textContent).toMatch(/^(10:00|9:59)$/);
    expect(screen.queryByRole('button', { name: /^Start walk/ })).toBeNull();
    expect(walkPanel().getByRole('button', { name: 'Pause walk' })).toBeTruthy();
    await waitFor(() => expect(statusLine()).toBe('Reminders wait until your walk ends'));

    // And back when the walk ends.
    await act(() => walkTimerItem.setValue(null));
    await waitFor(() => expect(walkClock()).toBeNull());
    expect(startButton().textContent).toBe('Start walk (10 min)');
    expect(send).not.toHaveBeenCalled();
  });

  it('asks the background about a walk the clock was set back under, then counts down from now', async () => {
    await seed();
    // Started two minutes ago by the clock as it was, before it was set back an hour.
    const started = startWalk(Date.now() + 58 * MINUTE, 10);
    await walkTimerItem.setValue(started);
    const send = stubBackground();
    render(<App />);
    await waitFor(() => expect(send).toHaveBeenCalledWith({ type: 'reconcile' }));
    // The background's answer arrives through storage.
    await act(() => walkTimerItem.setValue(alignWalkToClock(started, Date.now())));
    await waitFor(() => expect(walkClock()?.textContent).toMatch(/^(10:00|9:59)$/));
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('follows a settings change made on the options page', async () => {
    await seed();
    render(<App />);
    await waitFor(() => expect(startButton().textContent).toBe('Start walk (10 min)'));
    const settings = seededSettings();
    settings.walk.lengthMin = 15;
    await act(() => settingsItem.setValue(settings));
    await waitFor(() => expect(startButton().textContent).toBe('Start walk (15 min)'));
  });

  it('reads a malformed stored timer as no walk', async () => {
    await seed();
    await fakeBrowser.storage.local.set({ walkTimer: { startedAt: 'yesterday' } });
    render(<App />);
    await waitFor(() => expect(startButton().disabled).toBe(false));
    expect(walkClock()).toBeNull();
  });

  it('fills in the mini exercise after the first paint', async () => {
    render(<App />);
    const exercise = () => within(screen.getByRole('region', { name: 'Mini exercise' }));
    expect(exercise().queryByRole('button', { name: 'Another one' })).toBeNull();
    await waitFor(() => expect(exercise().getByRole('button', { name: 'Another one' })).toBeTruthy());
    expect(exercise().getByRole('heading', { level: 3 }).textContent).not.toBe('');
  });

  it('works before the background has written anything (fresh install)', async () => {
    render(<App />);
    await waitFor(() => expect(startButton().disabled).toBe(false));
    expect(startButton().textContent).toBe('Start walk (5 min)');
    // No reminder state yet: the status line stays empty instead of guessing.
    expect(statusLine()).toBeUndefined();
  });

  it.each([
    ['a half-written state', { version: 1, pausedUntil: null }],
    ['a string', 'garbage'],
    ['a kind with a text due time', { version: 1, posture: { dueAt: 'soon', pending: false, outstanding: false } }],
  ])('survives %s in storage: no status line, Start walk usable', async (_what, raw) => {
    await settingsItem.setValue(seededSettings());
    await reminderStateItem.setValue(raw as never);
    render(<App />);
    await waitFor(() => expect(startButton().disabled).toBe(false));
    expect(statusLine()).toBeUndefined();
  });

  it('has a link to the settings and the health note', async () => {
    await seed();
    const openOptionsPage = vi.spyOn(fakeBrowser.runtime, 'openOptionsPage').mockResolvedValue();
    const user = userEvent.setup();
    render(<App />);
    const footer = screen.getByRole('contentinfo');
    const link = within(footer).getByRole('link', { name: 'Settings and history' });
    expect(within(footer).getByText(/not medical advice/)).toBeTruthy();
    await act(() => user.click(link));
    expect(openOptionsPage).toHaveBeenCalledOnce();
  });
});

describe('Popup: focus and announcements, with the real background behind it', () => {
  /** The background on fakeBrowser (its commands, its storage writes), on the popup's clock and zone. */
  async function withBackground() {
    const background = createHarness({ zone: zone() });
    background.fake.clock.now = Date.now();
    await background.settle();
    await act(() => settingsItem.setValue(seededSettings()));
    await background.settle();
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (message: unknown) => {
      const reply = await background.command(message);
      return reply;
    }) as never);
    const user = userEvent.setup();
    render(<App />);
    await waitFor(() => expect(startButton().disabled).toBe(false));
    await waitFor(() => expect(statusLine()).toMatch(/^Posture check in/));
    return { background, user };
  }
  const announced = () => document.querySelector('main > p.visually-hidden[role="status"]')?.textContent ?? '';
  const focused = () => (document.activeElement as HTMLElement | null)?.textContent?.trim();
  /** Presses a control with the keyboard, as soon as it is available (no command of its panel on its way). */
  const press = async (user: ReturnType<typeof userEvent.setup>, element: HTMLElement) => {
    await waitFor(() => expect(element.getAttribute('aria-disabled')).toBeNull());
    element.focus();
    await act(() => user.keyboard('{Enter}'));
  };

  it('Start walk → Pause walk → Resume walk → Cancel → Start walk: focus follows, never on <body>', async () => {
    const { user } = await withBackground();
    await press(user, startButton());
    await waitFor(() => expect(focused()).toBe('Pause walk'));
    await waitFor(() => expect(announced()).toBe('Walk started, 10 minutes'));

    await press(user, walkPanel().getByRole('button', { name: 'Pause walk' }));
    await waitFor(() => expect(focused()).toBe('Resume walk'));
    await waitFor(() => expect(announced()).toBe('Walk paused'));

    await press(user, walkPanel().getByRole('button', { name: 'Resume walk' }));
    await waitFor(() => expect(focused()).toBe('Pause walk'));
    await waitFor(() => expect(announced()).toBe('Walk resumed'));

    await press(user, walkPanel().getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(focused()).toBe('Start walk (10 min)'));
    await waitFor(() => expect(announced()).toBe('Walk cancelled; nothing logged'));
    expect(walkPanel().getByText('Walk cancelled; nothing logged')).toBeTruthy();
  });

  it('Finish now: focus back on Start walk, and "Walk logged: 3 minutes" said and shown', async () => {
    const { user, background } = await withBackground();
    await press(user, startButton());
    await waitFor(() => expect(focused()).toBe('Pause walk'));
    background.fake.advance(3 * MINUTE);
    await press(user, walkPanel().getByRole('button', { name: 'Finish now' }));
    await waitFor(() => expect(focused()).toBe('Start walk (10 min)'));
    await waitFor(() => expect(announced()).toBe('Walk logged: 3 minutes'));
    expect(walkPanel().getByText('Walk logged: 3 minutes')).toBeTruthy();
  });

  it('says a walk logged when its time runs out while the popup is open', async () => {
    const { user, background } = await withBackground();
    await press(user, startButton());
    await waitFor(() => expect(focused()).toBe('Pause walk'));
    await background.fire('walk-timer-end');
    await waitFor(() => expect(announced()).toBe('Walk logged: 10 minutes'));
    expect(walkPanel().getByText('Walk logged: 10 minutes')).toBeTruthy();
  });

  it('a pause choice → Resume reminders (and the pause said); Resume → Pause reminders', async () => {
    const { user } = await withBackground();
    await press(user, screen.getByRole('button', { name: 'Pause reminders' }));
    await press(user, screen.getByRole('button', { name: '1 h' }));
    await waitFor(() => expect(focused()).toBe('Resume reminders'));
    await waitFor(() => expect(announced()).toMatch(/^Reminders paused until \d/));
    expect(statusLine()).toMatch(/^Reminders paused until /);

    await press(user, screen.getByRole('button', { name: 'Resume reminders' }));
    await waitFor(() => expect(focused()).toBe('Pause reminders'));
    await waitFor(() => expect(announced()).toBe('Reminders resumed'));
  });

  it('a waiting posture check: Done, then focus on Start walk', async () => {
    const { user, background } = await withBackground();
    await background.fire('posture-reminder');
    await waitFor(() => expect(statusLine()).toBe('Posture check due now'));
    // Start walk answers a due walk; for a posture check it is simply what comes next.
    await press(user, screen.getByRole('button', { name: 'Done' }));
    await waitFor(() => expect(focused()).toBe('Start walk (10 min)'));
    await waitFor(() => expect(announced()).toBe('Posture check done'));
    expect(statusLine()).toMatch(/^Posture check in/);
  });

  it('a waiting walk: its Start walk button is described by "Walk due now"', async () => {
    const { background } = await withBackground();
    await background.fire('walk-reminder');
    await waitFor(() => expect(statusLine()).toBe('Walk due now'));
    expect(screen.getByRole('button', { name: /^Start walk/, description: 'Walk due now' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Skip this one' })).toBeTruthy();
  });
});

describe('Popup: outside the schedule', () => {
  it('says when a weekend-only schedule resumes, not "Posture check in 67 h"', async () => {
    const now = Date.now();
    const settings = seededSettings();
    // Only the day after tomorrow, 09:00–17:30: whatever today is, now is outside the schedule.
    const open = (new Date(now).getDay() + 2) % 7;
    settings.schedule = {
      enabled: true,
      days: settings.schedule.days.map((d, i) => ({ ...d, enabled: i === open, start: 540, end: 1050 })),
    };
    await settingsItem.setValue(settings);
    await reminderStateItem.setValue(initialReminderState(settings, now, zone()));
    render(<App />);
    const resumes = new Date(now);
    resumes.setDate(resumes.getDate() + 2);
    resumes.setHours(9, 0, 0, 0);
    const weekday = resumes.toLocaleDateString(undefined, { weekday: 'short' });
    await waitFor(() =>
      expect(statusLine()).toMatch(new RegExp(`^Outside your schedule: reminders resume ${weekday} `)),
    );
    expect(statusLine()).not.toMatch(/ in \d+ h/);
  });
});
