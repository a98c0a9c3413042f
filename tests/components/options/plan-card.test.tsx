import { fakeBrowser } from 'wxt/testing/fake-browser';
import { act, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyHistory, type History } from '@/lib/history/model';
import { startPlan, type Plan } from '@/lib/plan/plan';
import { DAY, MIN, NOW, renderOptions, seed, seededSettings, walk } from './fixtures';

const storedPlan = async () => ((await fakeBrowser.storage.local.get('plan')).plan ?? null) as Plan | null;

async function showPlan(history: History = emptyHistory(), plan: Plan | null = null) {
  await seed(seededSettings(), history);
  await fakeBrowser.storage.local.set({ plan });
  const view = await renderOptions();
  const card = await screen.findByRole('region', { name: 'Walking plan' });
  return { ...view, card: within(card) };
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
});
afterEach(() => vi.useRealTimers());

describe('the walking plan on the options page', () => {
  it('starts a plan at a chosen 5–10 min, suggesting the user’s typical minutes', async () => {
    const walks = Array.from({ length: 9 }, (_, i) => walk(NOW - (i + 1) * DAY, 8, true, 8));
    const { user, card } = await showPlan({ ...emptyHistory(), walks });
    const start = card.getByLabelText('Start at') as HTMLSelectElement;
    expect([...start.options].map((o) => o.textContent)).toEqual([5, 6, 7, 8, 9, 10].map((m) => `${m} min a day`));
    expect(card.getByText('Suggested from your recent walks: 8 min a day.')).toBeTruthy();
    expect(start.value).toBe('8');
    await act(() => user.selectOptions(start, '6'));
    await act(() => user.click(card.getByRole('button', { name: 'Start a walking plan' })));
    await waitFor(async () => expect(await storedPlan()).toEqual(startPlan(NOW, 6)));
    await waitFor(() => expect(card.getByText('Today: 0 of 6 min')).toBeTruthy());
    await waitFor(() => expect(document.activeElement).toBe(card.getByRole('heading', { name: 'Walking plan' })));
  });

  it('says why when the browser refuses to store the plan (storage full), and keeps the invitation', async () => {
    const { user, card } = await showPlan();
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('Resource::kQuotaBytes quota exceeded'));
    await act(() => user.click(card.getByRole('button', { name: 'Start a walking plan' })));
    const alert = await card.findByRole('alert');
    expect(alert.textContent).toMatch(
      /^The walking plan was not saved: the storage Backstride may use in this browser is full\. Nothing saved before was lost\./,
    );
    expect(card.getByRole('button', { name: 'Start a walking plan' })).toBeTruthy();
    expect(await storedPlan()).toBeNull();
  });

  it('states the rules as Backstride’s own, not the document’s', async () => {
    const { card } = await showPlan();
    expect(card.getByText(/^Backstride’s own rules, not the document’s:/)).toBeTruthy();
  });

  it('shows where a running plan stands, pauses and resumes it', async () => {
    const history = { ...emptyHistory(), walks: [walk(NOW - DAY, 7, true, 7), walk(NOW - 60 * MIN, 2, false, 7)] };
    const { user, card } = await showPlan(history, startPlan(NOW - 2 * DAY, 7));
    expect(card.getByText('Today: 2 of 7 min')).toBeTruthy();
    expect(card.getByText('Days met this week: 1 of 7 (the target grows after 4)')).toBeTruthy();
    expect(card.getByText('Target grows to 8 min next week if your back keeps up.')).toBeTruthy();
    await act(() => user.click(card.getByRole('button', { name: 'Pause plan' })));
    await waitFor(() => expect(card.getByRole('button', { name: 'Resume plan' })).toBeTruthy());
    expect((await storedPlan())?.pausedAt).toBe(NOW);
    await act(() => user.click(card.getByRole('button', { name: 'Resume plan' })));
    await waitFor(async () => expect((await storedPlan())?.pausedAt).toBeNull());
  });

  it('keeps focus on the pause button through pause and resume (it is not re-created)', async () => {
    const { user, card } = await showPlan(emptyHistory(), startPlan(NOW - DAY, 5));
    const button = card.getByRole('button', { name: 'Pause plan' });
    await act(() => user.click(button));
    await waitFor(() => expect(button.textContent).toBe('Resume plan'));
    await waitFor(() => expect(document.activeElement).toBe(button));
    await act(() => user.click(button));
    await waitFor(() => expect(button.textContent).toBe('Pause plan'));
    await waitFor(() => expect(document.activeElement).toBe(button));
  });

  it('ends a plan only once confirmed; cancelling keeps it', async () => {
    const { user, card } = await showPlan(emptyHistory(), startPlan(NOW - DAY, 5));
    await act(() => user.click(card.getByRole('button', { name: 'End plan' })));
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Keep the plan'));
    await act(() => user.click(card.getByRole('button', { name: 'Keep the plan' })));
    expect(await storedPlan()).not.toBeNull();
    await act(() => user.click(card.getByRole('button', { name: 'End plan' })));
    await act(() => user.click(card.getByRole('button', { name: 'End the plan' })));
    await waitFor(async () => expect(await storedPlan()).toBeNull());
    await waitFor(() => expect(card.getByRole('button', { name: 'Start a walking plan' })).toBeTruthy());
  });
});

describe('the history with a plan', () => {
  const history = (): History => ({
    ...emptyHistory(),
    walks: [
      walk(NOW - 8 * DAY, 5),
      { ...walk(NOW - 2 * DAY, 5), checkIn: { at: NOW - 2 * DAY + 10 * MIN, feel: 'worse', where: 'hip' } },
      { ...walk(NOW - DAY, 6), checkIn: { at: NOW - DAY + 10 * MIN, feel: 'better' } },
    ],
  });

  it('draws the plan’s target line and lists the target in the chart’s table', async () => {
    await showPlan(history(), startPlan(NOW - 3 * DAY, 6));
    const region = within(screen.getByRole('region', { name: 'History' }));
    const chart = region.getByRole('figure');
    expect(chart.querySelector('figcaption')?.textContent).toMatch(/The walking plan’s target today: 6 minutes\.$/);
    // A dashed mark on each of the plan's four days so far, at 6 of the axis's 10 minutes.
    const marks = [...chart.querySelectorAll<HTMLElement>('.chart-target')];
    expect(marks).toHaveLength(4);
    expect(marks.map((m) => m.style.bottom)).toEqual(['60%', '60%', '60%', '60%']);
    expect(region.getByText('The line is the walking plan’s daily target.')).toBeTruthy();
    const table = region.getAllByRole('table')[0]!;
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((c) => c.textContent),
    ).toEqual(['Day', 'Minutes walked', 'Plan target']);
    const targets = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((r) => within(r).getAllByRole('cell')[1]!.textContent);
    expect(targets.slice(-5)).toEqual(['', '6', '6', '6', '6']);
  });

  it('has no target line without a plan', async () => {
    await showPlan(history());
    const region = within(screen.getByRole('region', { name: 'History' }));
    expect(region.getByRole('figure').querySelector('.chart-target')).toBeNull();
    expect(within(region.getAllByRole('table')[0]!).getAllByRole('columnheader')).toHaveLength(2);
  });

  it('lists each walk’s back check-in', async () => {
    await showPlan(history());
    const walks = within(screen.getByRole('list', { name: 'Walks' })).getAllByRole('listitem');
    expect(walks.map((w) => w.lastElementChild?.textContent)).toEqual([
      'Back: Better',
      'Back: Worse (Hip or buttock)',
      'finished',
    ]);
  });
});

describe('the plan in backups', () => {
  it('exports the plan and brings it back on import (backup version 2)', async () => {
    const plan = startPlan(NOW - 5 * DAY, 8);
    const { user, unmount } = await showPlan(emptyHistory(), plan);
    let blob: Blob | undefined;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blob = b as Blob;
      return 'blob:backstride-test';
    });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    await act(() => user.click(screen.getByRole('button', { name: 'Export settings and history' })));
    await waitFor(() => expect(blob).toBeDefined());
    const text = await blob!.text();
    expect(JSON.parse(text)).toMatchObject({ version: 2, plan });
    unmount();

    const second = await showPlan(emptyHistory(), null);
    await act(() =>
      second.user.upload(
        screen.getByLabelText('Import a backup file'),
        new File([text], 'backup.json', { type: 'application/json' }),
      ),
    );
    await waitFor(async () => expect(await storedPlan()).toEqual(plan));
    await waitFor(() => expect(second.card.getByRole('button', { name: 'Pause plan' })).toBeTruthy());
  });
});
