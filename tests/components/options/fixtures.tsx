import { render, screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import type { ComponentProps } from 'preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { emptyHistory, type History } from '@/lib/history/model';
import { defaultSettings, type Settings } from '@/lib/settings/model';
import { App } from '@/entrypoints/options/App';
import { createHarness } from '../../entrypoints/background/harness';

// The same clock, zone and walk builder as the history tests (Sunday 15 June 2025, 12:00 in Berlin).
export { DAY, MIN, NOW, TZ, walk } from '../../lib/history/fixtures';
import { DAY, MIN, NOW, TZ, walk } from '../../lib/history/fixtures';

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
  await fakeBrowser.storage.local.set({ settings, history });
}

const get = async (area: 'local' | 'sync', key: string) => (await fakeBrowser.storage[area].get(key))[key] ?? null;
export const stored = {
  settings: () => get('local', 'settings') as Promise<Settings>,
  synced: () => get('sync', 'settings') as Promise<Settings | null>,
  history: () => get('local', 'history') as Promise<History>,
};

/**
 * Renders the options page on a fixed clock and time zone, with the real background behind it (its
 * commands and its storage listener), and waits for the settings to load.
 */
export async function renderOptions(props: Partial<ComponentProps<typeof App>> = {}) {
  const user = userEvent.setup({ delay: null });
  const background = createHarness();
  background.fake.clock.now = NOW;
  await background.settle();
  const sendCommand: ComponentProps<typeof App>['sendCommand'] = async (command) => {
    const reply = await background.background.handleCommand(command);
    await background.settle();
    return reply;
  };
  const view = render(<App now={() => NOW} timeZone={TZ} sendCommand={sendCommand} {...props} />);
  await screen.findByRole('heading', { level: 1, name: 'Backstride settings' });
  return { user, background, ...view };
}
