/**
 * The popup's back check-in and walking plan as the user meets them: storage as the background leaves
 * it, the real background behind the check-in command, the clock fixed at local noon.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { AfterWalk, PlanInvite } from '@/entrypoints/popup/PlanArea';
import { ADVICE } from '@/lib/content/advice';
import { emptyHistory, type History, type WalkEntry } from '@/lib/history/model';
import { startPlan, type Plan } from '@/lib/plan/plan';
import { createHarness } from '../background/harness';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
/** Local noon, so that "today" is the same day for every walk below. */
const NOW = new Date(2026, 10, 26, 12, 0).getTime();

const walk = (startedAt: number, actualMin = 5, checkIn?: WalkEntry['checkIn']): WalkEntry => ({
  startedAt,
  endedAt: startedAt + Math.ceil(actualMin) * MIN,
  plannedMin: Math.ceil(actualMin),
  actualMin,
  finished: true,
  ...(checkIn && { checkIn }),
});

async function seed(walks: WalkEntry[], plan: Plan | null = null) {
  const history: History = { ...emptyHistory(), walks };
  await fakeBrowser.storage.local.set({ history, plan });
}

const stored = async <T,>(key: string) => (await fakeBrowser.storage.local.get(key))[key] as T;

async function renderArea(walking = false) {
  const user = userEvent.setup();
  const background = createHarness();
  background.fake.clock.now = NOW;
  await background.settle();
  const send = async (command: Parameters<typeof background.background.handleCommand>[0]) => {
    const reply = await background.background.handleCommand(command);
    await background.settle();
    return reply;
  };
  const view = render(
    <main>
      <AfterWalk walking={walking} send={send} />
      <button type="button">Another one</button>
    </main>,
  );
  return { user, view };
}

const press = (user: ReturnType<typeof userEvent.setup>, name: string) =>
  act(() => user.click(screen.getByRole('button', { name })));

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
});
afterEach(() => vi.useRealTimers());

describe('the back check-in in the popup', () => {
  it('asks after a walk without a check-in; "Worse" stores it and shows the document’s rest sentence', async () => {
    const done = walk(NOW - 20 * MIN);
    await seed([done]);
    const { user } = await renderArea();
    await screen.findByRole('heading', { name: 'Back check-in' });
    await press(user, 'Worse');
    await waitFor(() => expect(screen.getByText(ADVICE.rest.text)).toBeTruthy());
    const from = screen.getByText(
      (_, el) => el?.tagName === 'FIGCAPTION' && el.textContent === 'From: Can too much walking cause back pain?',
    );
    expect(from.querySelector('[lang="en"][dir="ltr"]')?.textContent).toBe('Can too much walking cause back pain?');
    const history = await stored<History>('history');
    expect(history.walks[0]!.checkIn).toMatchObject({ feel: 'worse', at: NOW });
    // Stored, the walk no longer waits for a check-in, yet its answers stay on screen.
    await press(user, 'Hip or buttock');
    await waitFor(async () => expect((await stored<History>('history')).walks[0]!.checkIn?.where).toBe('hip'));
    expect(await screen.findByText(ADVICE.flatGround.text)).toBeTruthy();
  });

  it.each<[string, WalkEntry[], boolean]>([
    ['after a walk that has a check-in', [walk(NOW - 20 * MIN, 5, { at: NOW - 10 * MIN, feel: 'same' })], false],
    ['more than three hours after the walk', [walk(NOW - 4 * HOUR)], false],
    ['while a new walk runs', [walk(NOW - 20 * MIN)], true],
  ])('does not ask %s', async (_name, walks, walking) => {
    await seed(walks);
    await renderArea(walking);
    await act(() => new Promise((r) => setTimeout(r, 20)));
    expect(screen.queryByRole('heading', { name: 'Back check-in' })).toBeNull();
  });

  it.each(['Better', 'Worse'])(
    '"%s" moves focus to the confirmation, though the stored answer reaches the popup before the reply',
    async (name) => {
      await seed([walk(NOW - 20 * MIN)]);
      const { user } = await renderArea();
      await screen.findByRole('heading', { name: 'Back check-in' });
      await press(user, name);
      await waitFor(() => expect(document.activeElement?.textContent).toMatch(/^Noted: your back feels/));
    },
  );

  it('Skip remembers the walk: the question does not come back', async () => {
    const done = walk(NOW - 20 * MIN);
    await seed([done]);
    const { user, view } = await renderArea();
    await screen.findByRole('heading', { name: 'Back check-in' });
    await press(user, 'Skip');
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'Back check-in' })).toBeNull());
    expect(document.activeElement?.textContent).toBe('Another one');
    expect(await stored('checkInSkipped')).toBe(done.startedAt);
    view.unmount();
    await renderArea();
    await act(() => new Promise((r) => setTimeout(r, 20)));
    expect(screen.queryByRole('heading', { name: 'Back check-in' })).toBeNull();
  });

  it('brings up walking too much with "Worse" when the day went beyond the plan', async () => {
    await seed([walk(NOW - 3 * HOUR, 6), walk(NOW - 30 * MIN, 4)], startPlan(NOW - 2 * DAY, 8));
    const { user } = await renderArea();
    await screen.findByRole('heading', { name: 'Back check-in' });
    await press(user, 'Worse');
    await waitFor(() => expect(screen.getByText(ADVICE.tooMuch.text)).toBeTruthy());
  });
});

describe('the walking plan in the popup', () => {
  it('shows today’s target and minutes, the week’s days met, and what happens next', async () => {
    const plan = startPlan(NOW - 2 * DAY, 6);
    await seed(
      [walk(NOW - 2 * DAY, 6, { at: NOW - 2 * DAY, feel: 'better' }), walk(NOW - DAY, 7), walk(NOW - 5 * HOUR, 3)],
      plan,
    );
    await renderArea();
    const section = within(await screen.findByRole('region', { name: 'Walking plan' }));
    expect(section.getByText('Today: 3 of 6 min')).toBeTruthy();
    expect(section.getByText('Days met this week: 2 of 7 (the target grows after 4)')).toBeTruthy();
    expect(section.getByText('Target grows to 7 min next week if your back keeps up.')).toBeTruthy();
  });

  it('pauses and resumes, keeping focus on the button', async () => {
    await seed([], startPlan(NOW - DAY, 5));
    const { user } = await renderArea();
    await screen.findByRole('region', { name: 'Walking plan' });
    await press(user, 'Pause plan');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Resume plan' })).toBeTruthy());
    expect((await stored<Plan>('plan')).pausedAt).toBe(NOW);
    expect(screen.getByText(/^The plan is paused at 5 min a day/)).toBeTruthy();
    expect(document.activeElement?.textContent).toBe('Resume plan');
    await press(user, 'Resume plan');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Pause plan' })).toBeTruthy());
    expect(await stored<Plan>('plan')).toMatchObject({ pausedAt: null, pauses: [[NOW, NOW]] });
  });

  it('shows the target change after simulated days of walks', async () => {
    const days = Array.from({ length: 7 }, (_, i) => walk(NOW - (7 - i) * DAY, 5));
    await seed(days, startPlan(NOW - 7 * DAY, 5));
    await renderArea();
    const section = within(await screen.findByRole('region', { name: 'Walking plan' }));
    expect(section.getByText('Today: 0 of 6 min')).toBeTruthy();
    expect(section.getByText('Your target grew to 6 min this week.')).toBeTruthy();
  });

  it('brings up "Can you walk too much?" with the walk that took today to twice the target, once', async () => {
    const walks = [walk(NOW - 3 * HOUR, 6), walk(NOW - 2 * HOUR, 5)];
    await seed(walks, startPlan(NOW - 2 * DAY, 5));
    const { view } = await renderArea();
    await screen.findByRole('region', { name: 'Walking plan' });
    expect(screen.getByText('Today you have walked twice your target or more.')).toBeTruthy();
    expect(screen.getByText(ADVICE.tooMuch.text)).toBeTruthy();
    view.unmount();
    // A later walk that day does not bring it up again.
    await seed([...walks, walk(NOW - HOUR, 3, { at: NOW - 50 * MIN, feel: 'same' })], startPlan(NOW - 2 * DAY, 5));
    await renderArea();
    await screen.findByRole('region', { name: 'Walking plan' });
    expect(screen.queryByText(ADVICE.tooMuch.text)).toBeNull();
  });

  it('quotes "Can you walk too much?" once when the check-in’s answers to "Worse" bring it up too', async () => {
    await seed([walk(NOW - 3 * HOUR, 6), walk(NOW - 30 * MIN, 5)], startPlan(NOW - 2 * DAY, 5));
    const { user } = await renderArea();
    await screen.findByRole('heading', { name: 'Back check-in' });
    expect(screen.getAllByText(ADVICE.tooMuch.text)).toHaveLength(1);
    await press(user, 'Worse');
    await waitFor(() => expect(screen.getByText(ADVICE.rest.text)).toBeTruthy());
    await waitFor(() => expect(screen.getAllByText(ADVICE.tooMuch.text)).toHaveLength(1));
    // The plan still says why it came up.
    expect(screen.getByText('Today you have walked twice your target or more.')).toBeTruthy();
  });

  it('at its floor with "Worse" for two weeks: stops growing, shows the shallow pool and the health note', async () => {
    const worse = (d: number) => walk(NOW - d * DAY, 5, { at: NOW - d * DAY + HOUR, feel: 'worse' });
    const fine = (d: number) => walk(NOW - d * DAY, 5);
    const walks = [worse(15), fine(14), fine(13), fine(12), fine(11), worse(8), fine(7), fine(6), fine(5), fine(4)];
    await seed(walks, startPlan(NOW - 15 * DAY, 5));
    await renderArea();
    const section = within(await screen.findByRole('region', { name: 'Walking plan' }));
    expect(section.getByText(/stops growing for now/)).toBeTruthy();
    expect(section.getByText(ADVICE.shallowPool.text)).toBeTruthy();
    expect(section.getByText(/see a health professional/)).toBeTruthy();
  });
});

describe('starting a plan from the popup', () => {
  it('offers "Start a walking plan" while none runs, starting near the user’s typical minutes', async () => {
    const walks = Array.from({ length: 10 }, (_, i) => walk(NOW - (i + 1) * DAY, 7));
    await seed(walks);
    const user = userEvent.setup();
    render(<PlanInvite />);
    await screen.findByText(/starts at 7 min and grows a little each week/);
    await press(user, 'Start a walking plan');
    await waitFor(async () => expect(await stored('plan')).toEqual(startPlan(NOW, 7)));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Start a walking plan' })).toBeNull());
  });

  it('says in our words when storage is full: the plan did not start, nothing was lost, what to do', async () => {
    await seed([walk(NOW - DAY, 7)]);
    const user = userEvent.setup();
    render(<PlanInvite />);
    await screen.findByRole('button', { name: 'Start a walking plan' });
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(
      new Error('QuotaExceededError: storage.local API call exceeded its quota limitations.'),
    );
    await press(user, 'Start a walking plan');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(
      /^The walking plan was not saved: the storage Backstride may use in this browser is full\. Nothing saved before was lost\./,
    );
    expect(alert.textContent).not.toContain('QuotaExceededError');
    expect(screen.getByRole('button', { name: 'Start a walking plan' })).toBeTruthy();
    expect(await stored('plan')).toBeFalsy();
  });

  it('says in our words when storage is full and a check-in or a skip cannot be stored', async () => {
    await seed([walk(NOW - 20 * MIN)]);
    const { user } = await renderArea();
    await screen.findByRole('heading', { name: 'Back check-in' });
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('Resource::kQuotaBytes quota exceeded'));
    await press(user, 'Better');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/^That did not work: the storage Backstride may use in this browser is full\./);
    expect((await stored<History>('history')).walks[0]!.checkIn).toBeUndefined();
  });

  it('offers nothing while a plan runs', async () => {
    await seed([], startPlan(NOW, 5));
    render(<PlanInvite />);
    await act(() => new Promise((r) => setTimeout(r, 20)));
    expect(screen.queryByRole('button', { name: 'Start a walking plan' })).toBeNull();
  });
});
