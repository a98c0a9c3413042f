import { render, screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import type { ComponentProps } from 'preact';
import { emptyHistory, type History, type WalkEntry } from '@/lib/history/history';
import { defaultSettings, type Settings } from '@/lib/settings/model';
import { historyItem } from '@/lib/browser/history-store';
import { settingsItem, syncedSettingsItem } from '@/lib/browser/storage-items';
import { App } from '@/entrypoints/options/App';

export const MIN = 60_000;
export const DAY = 86_400_000;
export const TZ = 'Europe/Berlin';
/** Sunday 15 June 2025, 12:00 in Berlin. */
export const NOW = Date.UTC(2025, 5, 15, 10, 0);

export const walk = (startedAt: number, actualMin = 5, finished = true, plannedMin = 5): WalkEntry => ({
  startedAt,
  endedAt: startedAt + Math.ceil(actualMin) * MIN,
  plannedMin,
  actualMin,
  finished,
});

export function seededSettings(): Settings {
  const s = defaultSettings();
  s.posture.intervalMin = 45;
  return s;
}

export function seededHistory(): History {
  return {
    ...emptyHistory(),
    walks: [walk(NOW - 2 * DAY), walk(NOW - DAY, 3.5, false), walk(NOW - 2 * 60 * MIN)],
    postureChecks: [NOW - DAY, NOW - 60 * MIN, NOW - 30 * MIN],
  };
}

export async function seed(settings = seededSettings(), history = seededHistory()) {
  await settingsItem.setValue(settings);
  await historyItem.setValue(history);
}

export const stored = {
  settings: () => settingsItem.getValue(),
  synced: () => syncedSettingsItem.getValue(),
  history: () => historyItem.getValue(),
};

/** Renders the options page on a fixed clock and time zone and waits for the settings to load. */
export async function renderOptions(props: Partial<ComponentProps<typeof App>> = {}) {
  const user = userEvent.setup();
  const view = render(<App now={() => NOW} timeZone={TZ} {...props} />);
  await screen.findByRole('heading', { level: 1, name: 'Backstride settings' });
  return { user, ...view };
}
