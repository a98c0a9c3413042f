import { describe, expect, it, vi } from 'vitest';
import { act, render, screen, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import type { ComponentProps } from 'preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { StatusLine } from '@/components/popup/StatusLine';
import type { FocusNext } from '@/components/hooks/use-focus-next';
import type { Command, CommandReply } from '@/lib/commands';
import type { ReminderStatus } from '@/lib/reminders';

const MIN = 60_000;
/** Wednesday 26 November 2025, 10:00 local time. */
const NOW = new Date(2025, 10, 26, 10, 0).getTime();

const upcoming = (patch: Partial<Extract<ReminderStatus, { kind: 'upcoming' }>> = {}): ReminderStatus => ({
  kind: 'upcoming',
  posture: NOW + 12 * MIN,
  walk: NOW + 41 * MIN,
  outstanding: [],
  ...patch,
});

function setup(props: Partial<ComponentProps<typeof StatusLine>> = {}, reply: CommandReply = { ok: true }) {
  const sent: Command[] = [];
  const send = vi.fn(async (command: Command) => {
    sent.push(command);
    return reply;
  });
  const requested: string[] = [];
  const focusNext: FocusNext = { request: (id) => void requested.push(id), cancel: vi.fn() };
  const announced: string[] = [];
  const announce = (text: string) => void announced.push(text);
  const user = userEvent.setup();
  render(
    <StatusLine
      status={upcoming()}
      now={NOW}
      walking={false}
      send={send}
      focusNext={focusNext}
      announce={announce}
      {...props}
    />,
  );
  return { user, send, sent, requested, focusNext, announced };
}

// user-event uses another @testing-library/dom copy than the Preact testing library: wrap in act().
const click = (user: ReturnType<typeof userEvent.setup>, element: HTMLElement) => act(() => user.click(element));
const button = (name: string | RegExp) => screen.getByRole('button', { name }) as HTMLButtonElement;
/** The status line as read: no-break spaces (values never wrap inside) read as spaces. */
const line = () => document.getElementById('status-line')!.textContent!.replace(/[\u00a0\u202f]/g, ' ');
const pauseMenu = () => button(/^Pause reminders/);

describe('StatusLine: one state at a time', () => {
  it('says when the next posture check and walk are due', () => {
    setup();
    expect(screen.getByRole('region', { name: 'Next' })).toBeTruthy();
    expect(line()).toBe('Posture check in 12 min · Walk in 41 min');
  });

  it('says longer waits in hours and minutes, and a wait beyond two hours as a time', () => {
    setup({ status: upcoming({ posture: NOW + 65 * MIN, walk: NOW + 150 * MIN }) });
    expect(line()).toMatch(/^Posture check in 1 h 5 min · Walk at (12:30|12:30 PM)$/);
  });

  it('breaks the line only between its parts, never inside a value', () => {
    setup({ status: upcoming({ posture: NOW + 65 * MIN }) });
    const parts = [...document.getElementById('status-line')!.querySelectorAll('.nowrap')].map((p) => p.textContent);
    expect(parts).toEqual(['Posture check in 1\u00a0h\u00a05\u00a0min ·', 'Walk in 41\u00a0min']);
  });

  it('says "less than a minute" instead of "0 min"', () => {
    setup({ status: upcoming({ posture: NOW + 20_000 }) });
    expect(line()).toBe('Posture check in less than a minute · Walk in 41 min');
  });

  it('shows only the kind that is on', () => {
    setup({ status: upcoming({ walk: null }) });
    expect(line()).toBe('Posture check in 12 min');
  });

  it('shows only walks when posture checks are off', () => {
    setup({ status: upcoming({ posture: null }) });
    expect(line()).toBe('Walk in 41 min');
  });

  it('says "Reminders off" and offers no pause when both kinds are off', () => {
    setup({ status: { kind: 'off' } });
    expect(line()).toBe('Reminders off');
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('says until when reminders are paused, and offers Resume reminders (not the walk’s Resume)', async () => {
    const until = new Date(2025, 10, 26, 14, 30).getTime();
    const { user, sent, requested } = setup({ status: { kind: 'paused', until } });
    // The time is in the user's locale: "14:30" or "2:30 PM".
    expect(line()).toMatch(/^Reminders paused until (14:30|2:30 PM)$/);
    expect(screen.queryByRole('button', { name: /^Pause reminders/ })).toBeNull();
    await click(user, button('Resume reminders'));
    expect(sent).toEqual([{ type: 'reminders-resume' }]);
    // Once resumed, focus goes to the control that takes its place.
    expect(requested).toEqual(['pause-reminders']);
  });

  it('says the day of a pause that ends on another day, and the date when it is a week or more away', () => {
    setup({ status: { kind: 'paused', until: new Date(2025, 10, 27, 9, 0).getTime() } });
    expect(line()).toMatch(/^Reminders paused until Thu (09:00|9:00 AM)$/);
  });

  it('says when a schedule resumes outside its hours, not a countdown of days', () => {
    const monday = new Date(2025, 11, 1, 9, 0).getTime();
    setup({ status: { kind: 'outside', resumesAt: monday, outstanding: [] } });
    expect(line()).toMatch(/^Outside your schedule: reminders resume Mon (09:00|9:00 AM)$/);
    // Pausing still makes sense (a pause may reach into the schedule's hours).
    expect(pauseMenu()).toBeTruthy();
  });

  it('says reminders wait while a walk runs, without a pause menu next to the walk’s own buttons', () => {
    setup({ walking: true });
    expect(line()).toBe('Reminders wait until your walk ends');
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('still says "paused" during a walk when reminders are paused', () => {
    setup({ walking: true, status: { kind: 'paused', until: NOW + 30 * MIN } });
    expect(line()).toMatch(/^Reminders paused until /);
  });

  it('holds the place of the usual line and pause button, out of sight, while storage has not answered', () => {
    setup({ status: undefined });
    const region = screen.getByRole('region', { name: 'Next' });
    // The popup's stylesheet hides the sample (visibility: hidden: unseen, unread, not focusable);
    // tests/e2e checks that it is as tall as what replaces it, in both browsers.
    const sample = region.querySelector('.status-sample')!;
    expect(sample.textContent).toBe('Posture check in 30 min · Walk in 1 hPause reminders ▾');
    expect(region.textContent).toBe(sample.textContent);
    expect(screen.queryByRole('button')).toBeNull();
    expect(region.querySelector('#status-line')).toBeNull();
  });
});

describe('StatusLine: a reminder waits', () => {
  it('says only that the posture check is due (no next times beside it), with Done, Snooze and Skip', async () => {
    const { user, sent, requested, announced } = setup({ status: upcoming({ outstanding: ['posture'] }) });
    expect(line()).toBe('Posture check due now');
    const actions = screen.getByRole('group', { name: 'Posture check' });
    expect(
      within(actions)
        .getAllByRole('button')
        .filter((b) => !b.closest('[hidden]'))
        .map((b) => b.textContent),
    ).toEqual(['Done', 'Skip this one', 'Snooze']);
    await click(user, button('Done'));
    expect(sent).toEqual([{ type: 'reminder-acknowledge', kind: 'posture' }]);
    expect(requested).toEqual(['start-walk']);
    expect(announced).toEqual(['Posture check done']);
  });

  it('offers a waiting walk Snooze and Skip; the walk’s Start walk is its answer', () => {
    setup({ status: upcoming({ outstanding: ['walk'] }) });
    expect(line()).toBe('Walk due now');
    const actions = screen.getByRole('group', { name: 'Walk' });
    expect(within(actions).queryByRole('button', { name: 'Done' })).toBeNull();
    expect(within(actions).getByRole('button', { name: 'Snooze' })).toBeTruthy();
    expect(within(actions).getByRole('button', { name: 'Skip this one' })).toBeTruthy();
  });

  it.each([
    [5, 'Posture check snoozed for 5 minutes'],
    [10, 'Posture check snoozed for 10 minutes'],
    [30, 'Posture check snoozed for 30 minutes'],
  ])('snoozes for %i minutes from the Snooze choices', async (minutes, said) => {
    const { user, sent, announced, requested } = setup({ status: upcoming({ outstanding: ['posture'] }) });
    const snooze = button('Snooze');
    expect(snooze.getAttribute('aria-expanded')).toBe('false');
    await click(user, snooze);
    expect(snooze.getAttribute('aria-expanded')).toBe('true');
    const choices = screen.getByRole('group', { name: 'Snooze for' });
    // Named in full for screen readers; the visible label is the length alone (contained in the name).
    const buttons = within(choices).getAllByRole('button');
    expect(buttons.map((b) => b.getAttribute('aria-label'))).toEqual([
      'Snooze 5 min',
      'Snooze 10 min',
      'Snooze 30 min',
    ]);
    expect(buttons.map((b) => b.textContent)).toEqual(['5 min', '10 min', '30 min']);
    await click(user, button(`Snooze ${minutes} min`));
    expect(sent).toEqual([{ type: 'reminder-snooze', kind: 'posture', minutes }]);
    expect(announced).toEqual([said]);
    expect(requested).toEqual(['start-walk']);
  });

  it('skips a waiting walk reminder', async () => {
    const { user, sent, announced } = setup({ status: upcoming({ outstanding: ['walk'] }) });
    await click(user, button('Skip this one'));
    expect(sent).toEqual([{ type: 'reminder-skip', kind: 'walk' }]);
    expect(announced).toEqual(['Walk reminder skipped']);
  });

  it('closes the snooze choices with Escape and puts focus back on Snooze', async () => {
    const { user } = setup({ status: upcoming({ outstanding: ['posture'] }) });
    await click(user, button('Snooze'));
    await act(() => user.tab());
    expect(document.activeElement).toBe(button('Snooze 5 min'));
    await act(() => user.keyboard('{Escape}'));
    expect(button('Snooze').getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(button('Snooze'));
    expect(screen.queryByRole('group', { name: 'Snooze for' })).toBeNull();
  });

  it('shows both when both wait, posture first, each group named; focus then moves to Start walk', async () => {
    const { user, requested } = setup({ status: upcoming({ outstanding: ['posture', 'walk'] }) });
    expect(line()).toBe('Posture check and walk due now');
    const groups = screen.getAllByRole('group').filter((g) => g.classList.contains('due-actions'));
    expect(groups.map((g) => g.getAttribute('aria-label'))).toEqual(['Posture check', 'Walk']);
    await click(user, button('Done'));
    expect(requested).toEqual(['start-walk']);
  });

  it('shows a failed acknowledgement in an alert and keeps focus where it is', async () => {
    const { user, focusNext } = setup(
      { status: upcoming({ outstanding: ['posture'] }) },
      { ok: false, error: 'storage is full' },
    );
    await click(user, button('Done'));
    expect(screen.getByRole('alert').textContent).toBe('That did not work: storage is full');
    expect(focusNext.cancel).toHaveBeenCalled();
  });
});

describe('StatusLine: pause menu', () => {
  /** The element the disclosure button controls. */
  const controlled = () => document.getElementById(pauseMenu().getAttribute('aria-controls')!)!;

  it('is a closed disclosure at first', () => {
    setup();
    expect(pauseMenu().getAttribute('aria-expanded')).toBe('false');
    expect(controlled().hidden).toBe(true);
    expect(screen.queryByRole('group', { name: 'Pause reminders for' })).toBeNull();
    expect(screen.queryByRole('button', { name: '30 min' })).toBeNull();
  });

  it('opens to four choices and closes again', async () => {
    const { user } = setup();
    await click(user, pauseMenu());
    expect(pauseMenu().getAttribute('aria-expanded')).toBe('true');
    const group = screen.getByRole('group', { name: 'Pause reminders for' });
    expect(controlled()).toBe(group);
    expect(
      within(group)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['30 min', '1 h', '2 h', 'Until tomorrow']);
    await click(user, pauseMenu());
    expect(pauseMenu().getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('group', { name: 'Pause reminders for' })).toBeNull();
  });

  // The background works out when each choice ends (tests/lib/reminders/pause.test.ts covers the calendar).
  it.each([
    ['30 min', '30min'],
    ['1 h', '1h'],
    ['2 h', '2h'],
    ['Until tomorrow', 'tomorrow'],
  ])('pauses for "%s"; focus goes to Resume reminders once the pause arrives', async (name, choice) => {
    const { user, sent, requested } = setup();
    await click(user, pauseMenu());
    await click(user, button(name));
    expect(sent).toEqual([{ type: 'reminders-pause', choice }]);
    expect(requested).toEqual(['resume-reminders']);
  });

  it('keeps the menu open and shows the error when pausing fails', async () => {
    const { user, focusNext } = setup({}, { ok: false, error: 'The background did not answer.' });
    await click(user, pauseMenu());
    await click(user, button('1 h'));
    expect(screen.getByRole('alert').textContent).toBe('That did not work: The background did not answer.');
    expect(pauseMenu().getAttribute('aria-expanded')).toBe('true');
    expect(focusNext.cancel).toHaveBeenCalled();
  });

  it('closes with Escape and puts focus back on Pause reminders', async () => {
    const { user } = setup();
    await click(user, pauseMenu());
    await act(() => user.tab());
    expect(document.activeElement).toBe(button('30 min'));
    await act(() => user.keyboard('{Escape}'));
    expect(pauseMenu().getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(pauseMenu());
  });

  it('lets Escape through when closed (the browser then closes the popup)', async () => {
    const { user } = setup();
    pauseMenu().focus();
    const seen = vi.fn();
    document.addEventListener('keydown', (e) => seen(e.defaultPrevented));
    await act(() => user.keyboard('{Escape}'));
    expect(seen).toHaveBeenCalledWith(false);
  });

  it('offers no pause menu while reminders are paused', () => {
    setup({ status: { kind: 'paused', until: NOW + 30 * MIN } });
    expect(screen.queryByRole('button', { name: /^Pause reminders/ })).toBeNull();
  });

  it.each([
    ['Enter', '{Enter}'],
    ['Space', ' '],
  ])('opens with %s, and Tab reaches the choices', async (_key, keys) => {
    const { user, sent } = setup();
    await act(() => user.tab());
    expect(document.activeElement).toBe(pauseMenu());
    await act(() => user.keyboard(keys));
    expect(pauseMenu().getAttribute('aria-expanded')).toBe('true');

    await act(() => user.tab());
    expect(document.activeElement).toBe(button('30 min'));
    await act(() => user.tab());
    expect(document.activeElement).toBe(button('1 h'));
    await act(() => user.tab());
    await act(() => user.tab());
    expect(document.activeElement).toBe(button('Until tomorrow'));
    await act(() => user.keyboard('{Enter}'));
    expect(sent).toEqual([{ type: 'reminders-pause', choice: 'tomorrow' }]);
  });
});

describe('StatusLine when notifications are blocked', () => {
  const BLOCKED = 'Notifications are blocked for Backstride, so reminders wait here and on the toolbar button.';
  const permission = (level: 'granted' | 'denied') =>
    Object.assign(fakeBrowser.notifications, { getPermissionLevel: vi.fn(async () => level) });

  it('says so while a reminder waits', async () => {
    permission('denied');
    setup({ status: upcoming({ outstanding: ['posture'] }) });
    expect(await screen.findByText(BLOCKED)).toBeTruthy();
  });

  it('says nothing when notifications are allowed', async () => {
    const api = permission('granted');
    setup({ status: upcoming({ outstanding: ['walk'] }) });
    await vi.waitFor(() => expect(api.getPermissionLevel).toHaveBeenCalled());
    expect(screen.queryByText(BLOCKED)).toBeNull();
  });

  it('does not ask while no reminder waits', () => {
    const api = permission('denied');
    setup();
    expect(api.getPermissionLevel).not.toHaveBeenCalled();
    expect(screen.queryByText(BLOCKED)).toBeNull();
  });
});
