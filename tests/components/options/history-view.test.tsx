import { fakeBrowser } from 'wxt/testing/fake-browser';
import { screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { axisMax } from '@/components/options/HistoryChart';
import { emptyHistory, type History } from '@/lib/history/model';
import { DAY, MIN, NOW, renderOptions, seed, seededSettings, walk } from './fixtures';

const history = (): History => ({
  ...emptyHistory(),
  walks: [
    walk(NOW - 2 * DAY, 5), // Fri
    walk(NOW - DAY, 3.5, false), // Sat, cut short
    walk(NOW - 3 * 60 * MIN, 10, true, 10), // Sun
    walk(NOW - 60 * MIN, 5), // Sun
  ],
  postureChecks: [NOW - DAY, NOW - 60 * MIN, NOW - 30 * MIN],
  daily: [{ day: '2025-05-25', walkMin: 12, walks: 2, finishedWalks: 2, postureChecks: 5 }],
});

async function showHistory(h: History = history()) {
  await seed(seededSettings(), h);
  const view = await renderOptions();
  const region = await screen.findByRole('region', { name: 'History' });
  return { ...view, region };
}

describe('history view', () => {
  it('draws the chart with its values, a minutes axis, a day axis, and says it in words', async () => {
    const { region } = await showHistory();
    const chart = region.querySelector('figure.chart')!;
    // The words, for everyone (and the figure's caption).
    expect(within(region).getByText(/^Last 28 days:/).textContent).toMatch(
      /^Last 28 days: 35.5 min walked in all, on 4 of 28 days; most on .+ \(15 min\)\.$/,
    );
    expect(chart.querySelector('figcaption')?.textContent).toMatch(/^Last 28 days:/);
    // The drawing: one column per day, today last and tallest, values over the bars that have one.
    const columns = [...chart.querySelectorAll<HTMLElement>('.chart-col')];
    expect(columns).toHaveLength(28);
    const heights = columns.map((c) => parseFloat(c.querySelector<HTMLElement>('.chart-bar')!.style.height));
    expect(heights[27]).toBe(Math.max(...heights));
    expect(heights.filter((h) => h > 0)).toHaveLength(4);
    expect(columns.map((c) => c.querySelector('.chart-value')?.textContent ?? '').filter(Boolean)).toEqual([
      '12',
      '5',
      '3.5',
      '15',
    ]);
    // Each bar tells its day and exact value on hover.
    expect(columns[27]!.getAttribute('title')).toMatch(/: 15 min$/);
    // A minutes axis with round steps, from 0 up to at least the longest day.
    expect([...chart.querySelectorAll('.chart-y span')].map((t) => t.textContent)).toEqual([
      '20 min',
      '10 min',
      '0 min',
    ]);
    // The first day of each of the four weeks under the bars.
    expect(chart.querySelectorAll('.chart-x span')).toHaveLength(4);
  });

  it.each([
    [[3], 10],
    [[10], 10],
    [[12], 20],
    [[31], 40],
    [[61], 90],
    [[200], 240],
  ])('rounds the axis for days of %j minutes up to %i', (minutes, top) => {
    expect(axisMax(minutes)).toBe(top);
  });

  it('offers the chart data as a table', async () => {
    const { region } = await showHistory();
    const table = within(region).getAllByRole('table')[0]!;
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(28);
    const minutes = rows.map((r) => within(r).getByRole('cell').textContent);
    expect(minutes.slice(-3)).toEqual(['5', '3.5', '15']);
    expect(minutes[6]).toBe('12'); // 25 May, from the compacted daily totals
    expect(table.closest('details')).not.toBeNull();
  });

  it('says honestly that there is nothing to draw yet, instead of an empty box', async () => {
    const { region } = await showHistory(emptyHistory());
    expect(region.querySelector('figure.chart')).toBeNull();
    expect(
      within(region).getByText(
        'No walks in the last 28 days yet: the chart fills in as you walk. Start a walk from the Backstride button in the toolbar.',
      ),
    ).toBeTruthy();
    expect(within(region).getByText('No walks yet. Start one from the Backstride toolbar button.')).toBeTruthy();
    expect(within(region).getByText('No streak yet: take a walk to start one.')).toBeTruthy();
  });

  it('lists walks newest first with planned and actual minutes', async () => {
    const { region } = await showHistory();
    const items = within(within(region).getByRole('list', { name: 'Walks' })).getAllByRole('listitem');
    expect(items.map((li) => li.textContent?.replace(/^.*?(\d+(\.\d)? of)/, '$1'))).toEqual([
      '5 of 5 minfinished',
      '10 of 10 minfinished',
      '3.5 of 5 mincut short',
      '5 of 5 minfinished',
    ]);
    expect(items[0]!.querySelector('time')?.getAttribute('datetime')).toBe(new Date(NOW - 60 * MIN).toISOString());
  });

  it('shows the current streak', async () => {
    const { region } = await showHistory();
    // Today, Saturday (a walk cut short with Finish now) and Friday each have a walk.
    expect(within(region).getByText('Current streak: 3 days')).toBeTruthy();
  });

  it('counts a streak over several days', async () => {
    const { region } = await showHistory({ ...emptyHistory(), walks: [walk(NOW - 2 * DAY), walk(NOW - DAY)] });
    expect(within(region).getByText('Current streak: 2 days')).toBeTruthy();
  });

  it('counts answered posture checks, snoozes and skips per day', async () => {
    const { region } = await showHistory({
      ...history(),
      snoozes: [NOW - 20 * MIN, NOW - 10 * MIN, NOW - DAY],
      skips: [NOW - 2 * DAY],
    });
    const table = within(region).getByRole('table', { name: 'Reminders, last 7 days' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Day', 'Posture checks done', 'Snoozed', 'Skipped']);
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((r) =>
        within(r)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      );
    expect(rows).toEqual([
      ['2', '2', '0'],
      ['1', '1', '0'],
      ['0', '0', '1'],
      ['0', '0', '0'],
      ['0', '0', '0'],
      ['0', '0', '0'],
      ['0', '0', '0'],
    ]);
  });

  it('follows history written while the page is open', async () => {
    const { region } = await showHistory(emptyHistory());
    await fakeBrowser.storage.local.set({ history: { ...emptyHistory(), walks: [walk(NOW - 10 * MIN)] } });
    expect(await within(region).findByText('Current streak: 1 day')).toBeTruthy();
  });
});
