import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, render, screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { WalkPanel } from '@/components/popup/WalkPanel';
import type { Command, CommandReply } from '@/lib/commands';
import { pauseWalk, resumeWalk, startWalk, type Walk } from '@/lib/walk/walk';
import { MINUTE } from '@/lib/time/units';

const T0 = Date.UTC(2026, 10, 26, 9, 0);

/** A fake background: records each command and answers with `reply`. */
function fakeSend(reply: CommandReply = { ok: true }) {
  const sent: Command[] = [];
  const send = vi.fn(async (command: Command) => {
    sent.push(command);
    return reply;
  });
  return { send, sent };
}

function setup(
  timer: Walk | null | undefined,
  {
    reply = { ok: true },
    defaultMinutes = 5,
    fakeTime = false,
  }: { reply?: CommandReply; defaultMinutes?: number; fakeTime?: boolean } = {},
) {
  const user = fakeTime ? userEvent.setup({ advanceTimers: vi.advanceTimersByTime }) : userEvent.setup();
  const { send, sent } = fakeSend(reply);
  const view = render(<WalkPanel timer={timer} defaultMinutes={defaultMinutes} send={send} />);
  return { user, send, sent, view };
}

// user-event drives a different @testing-library/dom copy than the Preact testing library, so its
// clicks are not wrapped in act(); wrapping them makes Preact flush state updates and effects.
const press = (user: ReturnType<typeof userEvent.setup>, name: string | RegExp) =>
  act(() => user.click(screen.getByRole('button', { name })));
const startButton = () => screen.getByRole('button', { name: /^Start walk/ }) as HTMLButtonElement;
const shorter = () => screen.getByRole('button', { name: 'One minute shorter' }) as HTMLButtonElement;
const longer = () => screen.getByRole('button', { name: 'One minute longer' }) as HTMLButtonElement;
const clock = () => screen.getByRole('timer').textContent;
/** Unavailable to the user: disabled, or marked so while staying focusable (focus is never dropped). */
const unavailable = (b: HTMLButtonElement) => b.disabled || b.getAttribute('aria-disabled') === 'true';
const wait = (ms: number) =>
  act(() => {
    vi.advanceTimersByTime(ms);
  });

describe('WalkPanel without a walk', () => {
  it('offers to start a walk of the default length', () => {
    setup(null);
    expect(screen.getByRole('heading', { name: 'Short walk' })).toBeTruthy();
    expect(startButton().textContent).toBe('Start walk (5 min)');
    expect(startButton().disabled).toBe(false);
    // A no-break space: "5 / min" never wraps.
    expect(screen.getByRole('group', { name: 'Walk length' }).textContent).toContain('5\u00a0min');
    expect(screen.queryByRole('timer')).toBeNull();
  });

  it('uses the length from the settings', () => {
    setup(null, { defaultMinutes: 12 });
    expect(startButton().textContent).toBe('Start walk (12 min)');
  });

  it('changes the length with − and + and starts a walk of that length', async () => {
    const { user, sent } = setup(null);
    await press(user, 'One minute longer');
    await press(user, 'One minute longer');
    expect(startButton().textContent).toBe('Start walk (7 min)');
    await press(user, 'One minute shorter');
    expect(startButton().textContent).toBe('Start walk (6 min)');
    await press(user, /^Start walk/);
    expect(sent).toEqual([{ type: 'walk-start', minutes: 6 }]);
  });

  it('stops at 1 minute and marks − unavailable, keeping focus on it', async () => {
    const { user, sent } = setup(null, { defaultMinutes: 2 });
    expect(unavailable(shorter())).toBe(false);
    await press(user, 'One minute shorter');
    expect(startButton().textContent).toBe('Start walk (1 min)');
    expect(unavailable(shorter())).toBe(true);
    expect(document.activeElement).toBe(shorter());
    expect(unavailable(longer())).toBe(false);
    await act(() => user.click(shorter()));
    expect(startButton().textContent).toBe('Start walk (1 min)');
    await press(user, /^Start walk/);
    expect(sent).toEqual([{ type: 'walk-start', minutes: 1 }]);
  });

  it('stops at 60 minutes and marks + unavailable', async () => {
    const { user, sent } = setup(null, { defaultMinutes: 59 });
    await press(user, 'One minute longer');
    expect(startButton().textContent).toBe('Start walk (60 min)');
    expect(unavailable(longer())).toBe(true);
    expect(unavailable(shorter())).toBe(false);
    await act(() => user.click(longer()));
    expect(startButton().textContent).toBe('Start walk (60 min)');
    await press(user, /^Start walk/);
    expect(sent).toEqual([{ type: 'walk-start', minutes: 60 }]);
  });

  it('shows the Start button, disabled, while storage has not answered', async () => {
    const { user, send } = setup(undefined);
    expect(startButton().textContent).toBe('Start walk (5 min)');
    expect(startButton().disabled).toBe(true);
    await act(() => user.click(startButton()));
    expect(send).not.toHaveBeenCalled();
  });

  it('enables Start once storage says no walk runs, keeping a length chosen meanwhile', async () => {
    const { user, send, view } = setup(undefined);
    await press(user, 'One minute longer');
    view.rerender(<WalkPanel timer={null} defaultMinutes={5} send={send} />);
    expect(startButton().disabled).toBe(false);
    expect(startButton().textContent).toBe('Start walk (6 min)');
  });

  it('shows a failed start in an alert', async () => {
    const { user } = setup(null, { reply: { ok: false, error: 'The background did not answer.' } });
    await press(user, /^Start walk/);
    expect(screen.getByRole('alert').textContent).toBe('That did not work: The background did not answer.');
    // The button stays usable so the user can try again.
    expect(startButton().disabled).toBe(false);
  });

  it('clears the error when the next command works', async () => {
    const replies: CommandReply[] = [{ ok: false, error: 'busy' }, { ok: true }];
    const send = vi.fn(async () => replies.shift()!);
    const user = userEvent.setup();
    render(<WalkPanel timer={null} defaultMinutes={5} send={send} />);
    await press(user, /^Start walk/);
    expect(screen.getByRole('alert').textContent).toBe('That did not work: busy');
    await press(user, /^Start walk/);
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('WalkPanel during a walk', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  function atTime(now: number) {
    vi.useFakeTimers();
    vi.setSystemTime(now);
  }

  it('counts down live', async () => {
    atTime(T0);
    setup(startWalk(T0, 5), { fakeTime: true });
    expect(clock()).toBe('5:00');
    expect(screen.queryByRole('button', { name: /^Start walk/ })).toBeNull();
    await wait(1000);
    expect(clock()).toBe('4:59');
    await wait(29_000);
    expect(clock()).toBe('4:30');
  });

  it('shows the right time when reopened mid-walk', () => {
    atTime(T0 + 2 * MINUTE);
    setup(startWalk(T0, 5), { fakeTime: true });
    expect(clock()).toBe('3:00');
  });

  it('shows a paused walk frozen, with Resume', async () => {
    atTime(T0 + 3 * MINUTE);
    setup(pauseWalk(startWalk(T0, 5), T0 + MINUTE), { fakeTime: true });
    expect(clock()).toBe('4:00');
    expect(screen.getByText('Walk paused')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Resume walk' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Pause walk' })).toBeNull();
    await wait(60_000);
    expect(clock()).toBe('4:00');
  });

  it('does not count paused time: paused at 1 min, resumed 10 min later, 4 min are left', async () => {
    atTime(T0);
    const running = startWalk(T0, 5);
    const { send, view } = setup(running, { fakeTime: true });
    await wait(MINUTE);
    expect(clock()).toBe('4:00');

    const paused = pauseWalk(running, T0 + MINUTE);
    view.rerender(<WalkPanel timer={paused} defaultMinutes={5} send={send} />);
    await wait(10 * MINUTE);
    expect(clock()).toBe('4:00');

    view.rerender(<WalkPanel timer={resumeWalk(paused, T0 + 11 * MINUTE)} defaultMinutes={5} send={send} />);
    expect(clock()).toBe('4:00');
    expect(screen.queryByText('Walk paused')).toBeNull();
    await wait(30_000);
    expect(clock()).toBe('3:30');
  });

  it('shows 0:00 for a walk that ended while the popup was closed', async () => {
    atTime(T0 + 20 * MINUTE);
    setup(startWalk(T0, 5), { fakeTime: true });
    expect(clock()).toBe('0:00');
    await wait(5000);
    expect(clock()).toBe('0:00');
  });

  it('shows the posture cue while walking', () => {
    atTime(T0);
    setup(startWalk(T0, 5), { fakeTime: true });
    expect(screen.getByText(/keeping your spine naturally curved/)).toBeTruthy();
    expect(screen.getByText(/While you walk/)).toBeTruthy();
  });

  it('shows no posture cue before a walk', () => {
    setup(null);
    expect(screen.queryByText(/keeping your spine naturally curved/)).toBeNull();
  });

  it.each([
    ['Pause walk', { type: 'walk-pause' }],
    ['Finish now', { type: 'walk-finish' }],
    ['Cancel', { type: 'walk-cancel' }],
  ] as const)('sends the command of "%s"', async (name, command) => {
    atTime(T0);
    const { user, sent } = setup(startWalk(T0, 5), { fakeTime: true });
    await press(user, name);
    expect(sent).toEqual([command]);
  });

  it('sends walk-resume from a paused walk', async () => {
    atTime(T0 + 2 * MINUTE);
    const { user, sent } = setup(pauseWalk(startWalk(T0, 5), T0 + MINUTE), { fakeTime: true });
    await press(user, 'Resume walk');
    expect(sent).toEqual([{ type: 'walk-resume' }]);
  });

  it('shows a failed command in an alert', async () => {
    atTime(T0);
    const { user } = setup(startWalk(T0, 5), { fakeTime: true, reply: { ok: false, error: 'no walk is running' } });
    await press(user, 'Finish now');
    expect(screen.getByRole('alert').textContent).toBe('That did not work: no walk is running');
    expect((screen.getByRole('button', { name: 'Finish now' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('marks the buttons unavailable while a command is on its way, keeping focus where it was', async () => {
    atTime(T0);
    let answer: (reply: CommandReply) => void = () => {};
    const send = vi.fn(() => new Promise<CommandReply>((resolve) => (answer = resolve)));
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    render(<WalkPanel timer={startWalk(T0, 5)} defaultMinutes={5} send={send} />);
    await press(user, 'Pause walk');
    const buttons = ['Pause walk', 'Finish now', 'Cancel'].map(
      (name) => screen.getByRole('button', { name }) as HTMLButtonElement,
    );
    expect(buttons.map(unavailable)).toEqual([true, true, true]);
    expect(document.activeElement).toBe(buttons[0]);
    // A second press meanwhile sends nothing more.
    await press(user, 'Finish now');
    expect(send).toHaveBeenCalledTimes(1);
    await act(async () => answer({ ok: true }));
    expect(buttons.map(unavailable)).toEqual([false, false, false]);
  });

  it('lets the button focus lands on take a press once the walk changed, before the reply', async () => {
    atTime(T0);
    const answers: Array<(reply: CommandReply) => void> = [];
    const send = vi.fn((_command: Command) => new Promise<CommandReply>((resolve) => answers.push(resolve)));
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    const view = render(<WalkPanel timer={null} defaultMinutes={5} send={send} />);
    await press(user, /^Start walk/);
    expect(unavailable(startButton())).toBe(true);
    // The background stored the walk; its reply is still on its way.
    view.rerender(<WalkPanel timer={startWalk(T0, 5)} defaultMinutes={5} send={send} />);
    const pause = screen.getByRole('button', { name: 'Pause walk' }) as HTMLButtonElement;
    expect(unavailable(pause)).toBe(false);
    await press(user, 'Pause walk');
    expect(send.mock.calls.map(([command]) => command.type)).toEqual(['walk-start', 'walk-pause']);
    // Until the paused walk is stored, the pause holds the buttons: a second press sends nothing.
    expect(unavailable(pause)).toBe(true);
    await press(user, 'Pause walk');
    expect(send).toHaveBeenCalledTimes(2);
    await act(async () => answers.forEach((answer) => answer({ ok: true })));
    expect(unavailable(pause)).toBe(false);
  });

  it('goes back to the Start button when the walk ends', () => {
    atTime(T0);
    const { send, view } = setup(startWalk(T0, 5), { fakeTime: true });
    view.rerender(<WalkPanel timer={null} defaultMinutes={5} send={send} />);
    expect(screen.queryByRole('timer')).toBeNull();
    expect(startButton().textContent).toBe('Start walk (5 min)');
  });
});
