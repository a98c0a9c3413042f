import { describe, expect, it, vi } from 'vitest';
import { act, render, screen, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import type { ComponentProps } from 'preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { StatusLine } from '@/components/popup/StatusLine';
import type { Command, CommandReply } from '@/lib/commands';
import type { ReminderStatus } from '@/lib/reminders';
import { DEFAULT_SETTINGS } from '@/lib/settings/model';

const MIN = 60_000;
/** Wednesday 26 November 2025, 10:00 UTC. */
const NOW = Date.UTC(2025, 10, 26, 10, 0);

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
  const user = userEvent.setup();
  render(<StatusLine status={upcoming()} now={NOW} walking={false} send={send} {...props} />);
  return { user, send, sent };
}

// user-event uses another @testing-library/dom copy than the Preact testing library: wrap in act().
const click = (user: ReturnType<typeof userEvent.setup>, element: HTMLElement) => act(() => user.click(element));
const button = (name: string | RegExp) => screen.getByRole('button', { name }) as HTMLButtonElement;
const line = () => screen.getByRole('status').textContent;
const pauseMenu = () => button('Pause reminders');

describe('StatusLine: what comes next', () => {
  it('says when the next posture check and walk are due', () => {
    setup();
    expect(screen.getByRole('region', { name: 'Next' })).toBeTruthy();
    expect(line()).toBe('Posture check in 12 min · Walk in 41 min');
  });

  it('says longer waits in hours and minutes', () => {
    setup({ status: upcoming({ posture: NOW + 65 * MIN, walk: NOW + 120 * MIN }) });
    expect(line()).toBe('Posture check in 1 h 5 min · Walk in 2 h');
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

  it('says until when reminders are paused, and resumes them', async () => {
    const until = new Date(2025, 10, 26, 14, 30).getTime(); // 14:30 on the local clock
    const { user, sent } = setup({ status: { kind: 'paused', until } });
    // The time is in the user's locale: "14:30" or "02:30 PM".
    expect(line()).toMatch(/^Paused until (14:30|0?2:30\sPM)$/);
    expect(screen.queryByRole('button', { name: 'Pause reminders' })).toBeNull();
    await click(user, button('Resume reminders'));
    expect(sent).toEqual([{ type: 'reminders-resume' }]);
  });

  it('says reminders wait while a walk runs', () => {
    setup({ walking: true });
    expect(line()).toBe('Reminders wait until your walk ends');
  });

  it('still says "paused" during a walk when reminders are paused', () => {
    setup({ walking: true, status: { kind: 'paused', until: NOW + 30 * MIN } });
    expect(line()).toMatch(/^Paused until /);
  });

  it('paints an empty region while storage has not answered', () => {
    setup({ status: undefined });
    const region = screen.getByRole('region', { name: 'Next' });
    expect(region.textContent).toBe('');
    expect(screen.queryByRole('button')).toBeNull();
  });
});

describe('StatusLine: reminders due now', () => {
  it('offers Done for a posture check on screen', async () => {
    const { user, sent } = setup({ status: upcoming({ outstanding: ['posture'] }) });
    expect(screen.getByText('Posture check due now')).toBeTruthy();
    expect(screen.queryByText('Walk due now')).toBeNull();
    await click(user, button('Done'));
    expect(sent).toEqual([{ type: 'reminder-acknowledge', kind: 'posture' }]);
  });

  it('offers Dismiss for a walk reminder on screen', async () => {
    const { user, sent } = setup({ status: upcoming({ outstanding: ['walk'] }) });
    expect(screen.getByText('Walk due now')).toBeTruthy();
    await click(user, button('Dismiss'));
    expect(sent).toEqual([{ type: 'reminder-acknowledge', kind: 'walk' }]);
  });

  it('shows both when both are on screen, posture first', () => {
    setup({ status: upcoming({ outstanding: ['posture', 'walk'] }) });
    const region = screen.getByRole('region', { name: 'Next' });
    expect(region.textContent).toMatch(/Posture check due now.*Walk due now/);
    expect(button('Done')).toBeTruthy();
    expect(button('Dismiss')).toBeTruthy();
  });

  it('shows a failed acknowledgement in an alert', async () => {
    const { user } = setup({ status: upcoming({ outstanding: ['posture'] }) }, { ok: false, error: 'storage is full' });
    await click(user, button('Done'));
    expect(screen.getByRole('alert').textContent).toBe('That did not work: storage is full');
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

  // The background works out when each choice ends (tests/unit/pause.test.ts covers the calendar).
  it.each([
    ['30 min', '30min'],
    ['1 h', '1h'],
    ['2 h', '2h'],
    ['Until tomorrow', 'tomorrow'],
  ])('pauses for "%s" and closes the menu', async (name, choice) => {
    const { user, sent } = setup();
    await click(user, pauseMenu());
    await click(user, button(name));
    expect(sent).toEqual([{ type: 'reminders-pause', choice }]);
    expect(pauseMenu().getAttribute('aria-expanded')).toBe('false');
  });

  it('keeps the menu open and shows the error when pausing fails', async () => {
    const { user } = setup({}, { ok: false, error: 'The background did not answer.' });
    await click(user, pauseMenu());
    await click(user, button('1 h'));
    expect(screen.getByRole('alert').textContent).toBe('That did not work: The background did not answer.');
    expect(pauseMenu().getAttribute('aria-expanded')).toBe('true');
  });

  it('offers no pause menu while reminders are paused', () => {
    setup({ status: { kind: 'paused', until: NOW + 30 * MIN } });
    expect(screen.queryByRole('button', { name: 'Pause reminders' })).toBeNull();
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
