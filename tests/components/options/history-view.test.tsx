import { fakeBrowser } from 'wxt/testing/fake-browser';
import { screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
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
  it('shows the chart as an image with a summary', async () => {
    const { region } = await showHistory();
    const chart = within(region).getByRole('img');
    expect(chart.tagName.toLowerCase()).toBe('svg');
    expect(chart.getAttribute('aria-label')).toMatch(
      /^Walking minutes per day over the last 28 days: 35.5 minutes on 4 days; most on .+ \(15 minutes\)\.$/,
    );
    const bars = chart.querySelectorAll('rect');
    expect(bars).toHaveLength(28);
    // Today is the last, tallest bar; days without walks have no height.
    const heights = [...bars].map((b) => Number(b.getAttribute('height')));
    expect(heights[27]).toBe(Math.max(...heights));
    expect(heights.filter((h) => h > 0)).toHaveLength(4);
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

  it('says the chart is empty when there are no walks', async () => {
    const { region } = await showHistory(emptyHistory());
    expect(within(region).getByRole('img').getAttribute('aria-label')).toBe(
      'Walking minutes per day over the last 28 days: no walks yet.',
    );
    expect(within(region).getByText('No walks yet. Start one from the Backstride toolbar button.')).toBeTruthy();
    expect(within(region).getByText('No streak yet: finish a walk to start one.')).toBeTruthy();
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
    // Today and Friday have finished walks; Saturday's walk was cut short.
    expect(within(region).getByText('Current streak: 1 day')).toBeTruthy();
  });

  it('counts a streak over several days', async () => {
    const { region } = await showHistory({ ...emptyHistory(), walks: [walk(NOW - 2 * DAY), walk(NOW - DAY)] });
    expect(within(region).getByText('Current streak: 2 days')).toBeTruthy();
  });

  it('counts answered posture checks per day', async () => {
    const { region } = await showHistory();
    const table = within(region).getByRole('table', { name: 'Posture checks answered, last 7 days' });
    const counts = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((r) => within(r).getByRole('cell').textContent);
    expect(counts).toEqual(['2', '1', '0', '0', '0', '0', '0']);
  });

  it('follows history written while the page is open', async () => {
    const { region } = await showHistory(emptyHistory());
    await fakeBrowser.storage.local.set({ history: { ...emptyHistory(), walks: [walk(NOW - 10 * MIN)] } });
    expect(await within(region).findByText('Current streak: 1 day')).toBeTruthy();
  });
});
