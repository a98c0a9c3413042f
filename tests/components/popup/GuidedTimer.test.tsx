import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, render, screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { GuidedTimer } from '@/components/popup/GuidedTimer';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

function setup(seconds?: number) {
  const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
  const view = render(<GuidedTimer seconds={seconds} />);
  return { user, view };
}

// user-event drives @testing-library/dom 10, which the Preact testing library (on dom 8) does not
// configure with act(); wrapping the click makes Preact run the timer's effect right away, as a browser
// does after painting.
const press = (user: ReturnType<typeof userEvent.setup>, name: string) =>
  act(() => user.click(screen.getByRole('button', { name })));
const clock = () => screen.getByRole('timer').textContent?.replace('Time left', '').trim();
const wait = (ms: number) =>
  act(() => {
    vi.advanceTimersByTime(ms);
  });

describe('GuidedTimer', () => {
  it('counts down 30 seconds by default once started', async () => {
    const { user } = setup();
    expect(clock()).toBe('0:30');
    await press(user, 'Start timer');
    await wait(1000);
    expect(clock()).toBe('0:29');
    await wait(10_000);
    expect(clock()).toBe('0:19');
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('stops and starts again from the full time', async () => {
    const { user } = setup();
    await press(user, 'Start timer');
    await wait(5000);
    await press(user, 'Stop timer');
    expect(clock()).toBe('0:30');
    await wait(5000);
    expect(clock()).toBe('0:30');
    await press(user, 'Start timer');
    await wait(2000);
    expect(clock()).toBe('0:28');
  });

  it('announces the end and offers to start again', async () => {
    const { user } = setup(5);
    await press(user, 'Start timer');
    await wait(5000);
    expect(clock()).toBe('0:00');
    expect(screen.getByRole('status').textContent).toBe('Time’s up');
    expect(screen.getByRole('button', { name: 'Start timer' })).toBeTruthy();
    await press(user, 'Start timer');
    expect(screen.getByRole('status').textContent).toBe('');
    expect(clock()).toBe('0:05');
  });

  it('stays right when ticks come late', async () => {
    const { user } = setup();
    await press(user, 'Start timer');
    // The clock moves 12 s while no timer fires (a throttled or busy popup), then one tick runs.
    vi.setSystemTime(Date.now() + 12_000);
    await wait(250);
    expect(clock()).toBe('0:18');
  });

  it('clears its interval when unmounted', async () => {
    const { user, view } = setup();
    await press(user, 'Start timer');
    await wait(1000); // lets one-off timeouts (user-event's, Preact's) run out; the interval stays
    expect(vi.getTimerCount()).toBe(1);
    act(() => {
      view.unmount();
    });
    expect(vi.getTimerCount()).toBe(0);
  });
});
