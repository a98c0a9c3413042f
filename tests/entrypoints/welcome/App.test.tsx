import { render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import type { ComponentProps } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { formatDuration } from '@/components/shared/duration';
import { App } from '@/entrypoints/welcome/App';
import { formatMessage } from '@/lib/i18n/format';
import { formatWhen } from '@/lib/i18n/time';
import { defaultSettings, type Settings } from '@/lib/settings/model';
import { installFakeI18n } from '../../support/fake-i18n';
import { createHarness } from '../background/harness';

/** Intl may put a (narrow) no-break space before "AM"/"PM": compare with plain spaces. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

const TZ = 'Europe/Berlin';
const MIN = 60_000;

/** The welcome page as a new install opens it: the real background behind it, on a fixed clock. */
async function renderWelcome(props: Partial<ComponentProps<typeof App>> = {}, title = 'Welcome to Backstride') {
  const user = userEvent.setup({ delay: null });
  const background = createHarness({ zone: TZ, firefox: props.browserKind === 'firefox' });
  await background.settle();
  const now = background.fake.clock.now;
  const sent: unknown[] = [];
  const sendCommand: ComponentProps<typeof App>['sendCommand'] = async (command) => {
    sent.push(command);
    const reply = await background.background.handleCommand(command);
    await background.settle();
    return reply;
  };
  render(
    <App
      now={() => background.fake.clock.now}
      timeZone={TZ}
      sendCommand={sendCommand}
      browserKind="chrome"
      {...props}
    />,
  );
  await screen.findByRole('heading', { level: 1, name: title });
  return { user, background, now, sent };
}

const storedSettings = async () => (await fakeBrowser.storage.local.get('settings')).settings as Settings;
const section = (name: string) => screen.getByRole('region', { name });

describe('the welcome page', () => {
  it('says when the first posture check and walk break come, from the stored reminder state', async () => {
    const { now } = await renderWelcome();
    const next = section('What happens next');
    const at = (minutes: number) => formatWhen(now + minutes * MIN, now, { timeZone: TZ });
    await waitFor(() =>
      expect(
        within(next)
          .getAllByRole('listitem')
          .map((li) => li.textContent),
      ).toEqual([
        `Your first posture check: at ${at(30)} (in 30\u00a0min), then every 30 min.`,
        `Your first walk break: at ${at(60)} (in 1\u00a0h), a 5-minute walk, then every 60 min.`,
      ]),
    );
  });

  it('writes how long until each reminder as the popup does: minutes, hours, hours and minutes', async () => {
    const settings = defaultSettings();
    settings.posture.intervalMin = 45;
    settings.walk.intervalMin = 90;
    await fakeBrowser.storage.local.set({ settings });
    await renderWelcome();
    await waitFor(() =>
      expect(
        within(section('What happens next'))
          .getAllByRole('listitem')
          .map((li) => li.textContent?.match(/\(in (.*?)\)/)?.[1]),
      ).toEqual(['45\u00a0min', '1\u00a0h\u00a030\u00a0min']),
    );
  });

  describe('in another language', () => {
    afterEach(installFakeI18n);

    it.each([
      ['de', 'Willkommen bei Backstride'],
      ['ar', 'مرحبًا بك في Backstride'],
      ['ja', 'Backstride へようこそ'],
    ])('writes the time until the walk break in %s with the popup’s words', async (ui, title) => {
      const { default: messages } = (await import(`../../../assets/public/_locales/${ui}/messages.json`)) as {
        default: Parameters<typeof formatMessage>[0];
      };
      fakeBrowser.i18n.getMessage = ((key: string, subs?: string | string[]) =>
        formatMessage(messages, key, subs)) as typeof fakeBrowser.i18n.getMessage;
      fakeBrowser.i18n.getUILanguage = () => ui;
      const settings = defaultSettings();
      settings.walk.intervalMin = 90;
      await fakeBrowser.storage.local.set({ settings });
      await renderWelcome({}, title);
      // The popup's status line says "walk in …" with formatDuration: "1 Std. 30 Min.", "١ س ٣٠ د", "1時間30分".
      const popupWords = formatDuration(90 * MIN);
      expect(popupWords).not.toMatch(/90|٩٠/);
      await waitFor(() =>
        expect(
          within(section(messages.welcomeNextHeading!.message)).getAllByRole('listitem')[1]!.textContent,
        ).toContain(popupWords),
      );
    });
  });

  it('updates those times when a quick choice changes them, and saves the choice like the options page', async () => {
    const { user, now } = await renderWelcome();
    const choices = section('Quick choices');
    const posture = within(choices).getByRole('group', { name: 'Posture check every' });
    expect(within(posture).getByRole('radio', { name: '30 min' })).toHaveProperty('checked', true);
    await user.click(within(posture).getByRole('radio', { name: '20 min' }));
    await waitFor(async () => expect((await storedSettings()).posture.intervalMin).toBe(20));
    expect((await screen.findByText('Saved')).getAttribute('role')).toBe('status');
    await waitFor(() =>
      expect(within(section('What happens next')).getAllByRole('listitem')[0]!.textContent).toBe(
        `Your first posture check: at ${formatWhen(now + 20 * MIN, now, { timeZone: TZ })} (in 20\u00a0min), then every 20 min.`,
      ),
    );
    const walkEvery = within(choices).getByRole('group', { name: 'Walk break every' });
    await user.click(within(walkEvery).getByRole('radio', { name: '90 min' }));
    const length = within(choices).getByRole('group', { name: 'Walk length' });
    await user.click(within(length).getByRole('radio', { name: '10 min' }));
    await waitFor(async () =>
      expect((await storedSettings()).walk).toEqual({ enabled: true, intervalMin: 90, lengthMin: 10 }),
    );
  });

  it('turns the working hours on and off, and says which hours those are', async () => {
    const { user } = await renderWelcome();
    const box = screen.getByRole('checkbox', { name: 'Only during working hours' });
    expect(box).toHaveProperty('checked', false);
    // The page's own clock (en-US in these tests), as every other time on it.
    const hint = 'Weekdays 9:00 AM–5:30 PM. Days and hours can be changed in the settings.';
    expect(
      screen.getByText((_, el) => el?.id === 'working-hours-hint' && plain(el.textContent ?? '') === hint),
    ).toBeTruthy();
    await user.click(box);
    await waitFor(async () => expect((await storedSettings()).schedule.enabled).toBe(true));
    expect((await storedSettings()).schedule.days).toEqual(defaultSettings().schedule.days);
  });

  it('counts from the moment the background moved the times, not from the page’s last tick', async () => {
    const { user, background } = await renderWelcome();
    // The user reads for a while before choosing: the page's clock ticks every 15 s, not every second.
    background.fake.clock.now += 10_000;
    const posture = within(section('Quick choices')).getByRole('group', { name: 'Posture check every' });
    // A shorter interval starts its countdown afresh, from the moment of the choice.
    await user.click(within(posture).getByRole('radio', { name: '20 min' }));
    await waitFor(() =>
      expect(within(section('What happens next')).getAllByRole('listitem')[0]!.textContent).toMatch(
        /\(in 20\u00a0min\), then every 20 min\.$/,
      ),
    );
  });

  it('keeps a value of its own among the choices (settings synced from another browser)', async () => {
    const settings = defaultSettings();
    settings.posture.intervalMin = 35;
    await fakeBrowser.storage.local.set({ settings });
    await renderWelcome();
    const posture = await screen.findByRole('group', { name: 'Posture check every' });
    await waitFor(() => expect(within(posture).getByRole('radio', { name: '35 min' })).toHaveProperty('checked', true));
    expect(
      within(posture)
        .getAllByRole('radio')
        .map((r) => r.getAttribute('value')),
    ).toEqual(['20', '30', '35', '45', '60']);
  });

  it('shows a real posture reminder when asked, and focus stays on the button', async () => {
    const { user, background, sent } = await renderWelcome();
    const button = screen.getByRole('button', { name: 'Show me a posture check' });
    await user.click(button);
    expect(sent).toEqual([{ type: 'reminder-preview', kind: 'posture' }]);
    expect(Object.keys(await background.notifications())).toEqual(['posture-reminder']);
    await waitFor(() =>
      expect(within(section('See a reminder now')).getByRole('status').textContent).toMatch(/^Sent: look for it/),
    );
    expect(document.activeElement).toBe(button);
  });

  it.each([
    ['Chrome', 'chrome', true, 'Sent: look for it at the edge of your screen. Its buttons work for real.'],
    [
      'Chrome with buttons turned off',
      'chrome',
      false,
      'Sent: look for it at the edge of your screen. Clicking it opens Backstride.',
    ],
    ['Firefox', 'firefox', true, 'Sent: look for it at the edge of your screen. Clicking it opens Backstride.'],
  ] as const)(
    'in %s, speaks of buttons only when the reminder has them, and otherwise of what a click does',
    async (_, browserKind, notificationButtons, said) => {
      const settings = defaultSettings();
      settings.notificationButtons = notificationButtons;
      await fakeBrowser.storage.local.set({ settings });
      const { user, background } = await renderWelcome({ browserKind });
      await user.click(screen.getByRole('button', { name: 'Show me a posture check' }));
      // The page says what the background really showed.
      const shown = (await background.notifications())['posture-reminder']!;
      expect(Boolean(shown.buttons?.length)).toBe(said.includes('buttons'));
      await waitFor(() => expect(within(section('See a reminder now')).getByRole('status').textContent).toBe(said));
      if (!said.includes('buttons')) {
        // A click on the notification opens Backstride (index.ts's onClicked opens the popup for it).
        expect(background.background.opensExtension('posture-reminder')).toBe(true);
      }
    },
  );

  it('keeps the button focusable while the reminder is sent (aria-disabled, not disabled), and sends once', async () => {
    let reply!: (value: { ok: true }) => void;
    const sendCommand = vi.fn(() => new Promise<{ ok: true }>((resolve) => (reply = resolve)));
    const { user } = await renderWelcome({ sendCommand });
    const button = screen.getByRole('button', { name: 'Show me a posture check' }) as HTMLButtonElement;
    await user.click(button);
    // A disabled button drops focus to <body> in real browsers (happy-dom does not): it must not be one.
    expect(button.disabled).toBe(false);
    expect(button.getAttribute('aria-disabled')).toBe('true');
    await user.click(button);
    expect(sendCommand).toHaveBeenCalledTimes(1);
    reply({ ok: true });
    await waitFor(() => expect(button.hasAttribute('aria-disabled')).toBe(false));
    expect(document.activeElement).toBe(button);
  });

  it('says why when the reminder could not be shown', async () => {
    await renderWelcome({ sendCommand: async () => ({ ok: false, error: 'No answer' }) });
    await userEvent.setup({ delay: null }).click(screen.getByRole('button', { name: 'Show me a posture check' }));
    expect(within(section('See a reminder now')).getByRole('status').textContent).toBe('Could not show it: No answer');
  });

  it.each([
    [
      'chrome',
      [
        'Click the Extensions button (the puzzle piece) at the right of the toolbar.',
        'Click the pin next to Backstride.',
      ],
      /pin next to Backstride marked/,
    ],
    [
      'firefox',
      [
        'Click the Extensions button (the puzzle piece) at the right of the toolbar.',
        'Click the gear next to Backstride.',
        'Choose “Pin to Toolbar”.',
      ],
      /gear next to Backstride and its Pin to Toolbar item marked/,
    ],
  ] as const)('shows how to pin the button in %s, with a picture', async (browserKind, steps, picture) => {
    await renderWelcome({ browserKind });
    const pin = section('Pin the Backstride button');
    expect(
      within(pin)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(steps);
    expect(within(pin).getByRole('img', { name: picture })).toBeTruthy();
  });

  it('links to the settings', async () => {
    await renderWelcome();
    expect(screen.getByRole('link', { name: 'All settings and keyboard shortcuts' }).getAttribute('href')).toBe(
      '/options.html',
    );
  });
});
