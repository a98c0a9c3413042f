import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { NotificationSettings, notificationButtonsSupported } from '@/components/options/NotificationSettings';
import { NumberField as NumberFieldUnderTest } from '@/components/options/NumberField';
import { SAVED_SHOWN_MS } from '@/components/options/SaveNote';
import { formatMinuteOfDay } from '@/lib/i18n/time';
import { LIMITS } from '@/lib/settings/model';
import { getNumberField, type NumberFieldName } from '@/lib/settings/form';
import { renderOptions, seed, seededSettings, stored } from './fixtures';

const LABELS: Record<NumberFieldName, string> = {
  postureIntervalMin: 'Posture check every',
  walkIntervalMin: 'Walk break every',
  walkLengthMin: 'Walk length',
  snoozeMin: 'Snooze for',
  idleThresholdMin: 'Count me as away after',
};
const FIELDS = Object.keys(LABELS) as NumberFieldName[];

async function typeInto(field: NumberFieldName, text: string) {
  const { user, background } = await renderOptions();
  const input = screen.getByLabelText(LABELS[field]);
  await user.clear(input);
  if (text) await user.type(input, text);
  await user.tab();
  return { user, input, background };
}

/** The error text shown for a field, found through its aria-describedby. */
function describedError(input: HTMLElement): string | null {
  const ids = (input.getAttribute('aria-describedby') ?? '').split(' ');
  const error = ids.map((id) => document.getElementById(id)).find((el) => el?.classList.contains('field-error'));
  return error?.textContent ?? null;
}

/** Types a time into a field and leaves it, as a user does. */
function setTime(label: string, value: string) {
  const input = screen.getByLabelText(label);
  fireEvent.input(input, { target: { value } });
  fireEvent.change(input, { target: { value } });
  fireEvent.blur(input);
}

describe('numeric fields', () => {
  describe.each(FIELDS)('%s', (field) => {
    const { min, max } = LIMITS[field];

    it('shows its allowed range', async () => {
      await seed();
      await renderOptions();
      const input = screen.getByLabelText(LABELS[field]);
      expect(input).toHaveProperty('value', String(getNumberField(seededSettings(), field)));
      const hint = document.getElementById(`field-${field}-hint`);
      expect(hint?.textContent).toBe(`${min}–${max} minutes`);
      expect(input.getAttribute('aria-describedby')).toContain(`field-${field}-hint`);
    });

    it.each([
      ['', `Not saved: enter a number of minutes from ${min} to ${max}.`],
      ['abc', `Not saved: “abc” is not a number. Enter minutes from ${min} to ${max}.`],
      ['2.5', `Not saved: use whole minutes from ${min} to ${max}.`],
      // "1 minute", "5 minutes": one plural form each (Intl.PluralRules), never "1 minutes".
      ['0', `Not saved: the least is ${min} ${min === 1 ? 'minute' : 'minutes'}.`],
      [String(min - 1), `Not saved: the least is ${min} ${min === 1 ? 'minute' : 'minutes'}.`],
      [String(max + 1), `Not saved: the most is ${max} minutes.`],
    ])('refuses %j with a message and keeps the stored value', async (text, message) => {
      await seed();
      const before = await stored.settings();
      const { input } = await typeInto(field, text);
      expect(input.getAttribute('aria-invalid')).toBe('true');
      expect(describedError(input)).toBe(message);
      expect(await stored.settings()).toEqual(before);
      expect(await stored.synced()).toBeNull();
      // What was typed stays for the user to fix; it is not replaced by a clamped value.
      expect(input).toHaveProperty('value', text);
    });

    it.each([min, max])('saves the boundary %i at once, and the background syncs it a moment later', async (value) => {
      await seed();
      const { input, background } = await typeInto(field, String(value));
      expect(input.getAttribute('aria-invalid')).toBe('false');
      expect(describedError(input)).toBeNull();
      await waitFor(async () => expect(getNumberField(await stored.settings(), field)).toBe(value));
      await background.settle();
      await background.fire('settings-sync');
      expect(getNumberField((await stored.synced())!, field)).toBe(value);
      expect((await screen.findByText('Saved')).getAttribute('role')).toBe('status');
    });
  });

  it('clears the message once the value is fixed', async () => {
    await seed();
    const { user, input } = await typeInto('postureIntervalMin', '241');
    expect(describedError(input)).toBe('Not saved: the most is 240 minutes.');
    await user.clear(input);
    await user.type(input, '20{Enter}');
    expect(describedError(input)).toBeNull();
    await waitFor(async () => expect((await stored.settings()).posture.intervalMin).toBe(20));
  });

  it('saves with Enter too', async () => {
    await seed();
    const { user } = await renderOptions();
    const input = screen.getByLabelText('Walk length');
    await user.clear(input);
    await user.type(input, '12{Enter}');
    await waitFor(async () => expect((await stored.settings()).walk.lengthMin).toBe(12));
  });
});

describe('switches', () => {
  it.each([
    ['Posture checks', (s: Awaited<ReturnType<typeof stored.settings>>) => s.posture.enabled],
    ['Walk breaks', (s: Awaited<ReturnType<typeof stored.settings>>) => s.walk.enabled],
    [
      'Buttons on notifications (Start walk, Done, Snooze)',
      (s: Awaited<ReturnType<typeof stored.settings>>) => s.notificationButtons,
    ],
  ])('"%s" saves at once', async (label, read) => {
    await seed();
    const { user, background } = await renderOptions();
    await user.click(screen.getByRole('checkbox', { name: label }));
    await waitFor(async () => expect(read(await stored.settings())).toBe(false));
    await background.settle();
    await background.fire('settings-sync');
    expect(read((await stored.synced())!)).toBe(false);
  });

  it('hides the buttons setting where notifications have no buttons (Firefox), and says what to do there', async () => {
    render(<NotificationSettings settings={seededSettings()} onChange={vi.fn()} buttonsSupported={false} />);
    expect(screen.queryByRole('checkbox', { name: /Buttons on notifications/ })).toBeNull();
    expect(screen.getByText(/^This browser shows reminders without buttons: click a reminder/)).toBeTruthy();
  });

  it('tells the browsers apart as the background does (Firefox has runtime.getBrowserInfo)', () => {
    expect(notificationButtonsSupported()).toBe(true);
    const runtime = fakeBrowser.runtime as unknown as Record<string, unknown>;
    runtime.getBrowserInfo = async () => ({ name: 'Firefox' });
    try {
      expect(notificationButtonsSupported()).toBe(false);
    } finally {
      delete runtime.getBrowserInfo;
    }
  });
});

describe('schedule', () => {
  async function withSchedule() {
    await seed();
    const view = await renderOptions();
    await view.user.click(screen.getByRole('checkbox', { name: 'Only remind me on these days and times' }));
    await screen.findByLabelText('Monday from');
    return view;
  }

  it('lists the days Monday first', async () => {
    await withSchedule();
    const days = screen
      .getAllByRole('checkbox')
      .map((box) => box.parentElement!.textContent)
      .filter((name) => name?.endsWith('day'));
    expect(days).toEqual(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);
  });

  it('saves a changed window and says when it ends the next day', async () => {
    await withSchedule();
    setTime('Tuesday from', '22:00');
    setTime('Tuesday until', '06:30');
    await waitFor(async () =>
      expect((await stored.settings()).schedule.days[2]).toEqual({ enabled: true, start: 1320, end: 390 }),
    );
    const end = screen.getByLabelText('Tuesday until');
    const note = document.getElementById('day-2-next-day')!;
    expect(note.textContent).toBe('ends next day');
    expect(end.getAttribute('aria-describedby')).toContain('day-2-next-day');
    expect(screen.getByLabelText('Monday until').getAttribute('aria-describedby') ?? '').not.toContain('next-day');
  });

  it('refuses a start equal to the end and keeps the stored window', async () => {
    await withSchedule();
    const before = (await stored.settings()).schedule.days[3];
    const end = screen.getByLabelText('Wednesday until');
    setTime('Wednesday until', '09:00');
    await waitFor(() => expect(end.getAttribute('aria-invalid')).toBe('true'));
    const error = document.getElementById(end.getAttribute('aria-describedby')!.split(' ')[0]!);
    expect(error?.textContent).toBe('Not saved: start and end cannot be the same time.');
    expect((await stored.settings()).schedule.days[3]).toEqual(before);
  });

  it('refuses an empty time', async () => {
    await withSchedule();
    const start = screen.getByLabelText('Friday from');
    setTime('Friday from', '');
    await screen.findByText('Not saved: enter a time.');
    expect(start.getAttribute('aria-invalid')).toBe('true');
    expect((await stored.settings()).schedule.days[5]).toEqual(seededSettings().schedule.days[5]);
  });

  it('saves a time once when the user leaves the field, not at every step of a held arrow key', async () => {
    await withSchedule();
    const writes = vi.spyOn(fakeBrowser.storage.local, 'set');
    const start = screen.getByLabelText('Thursday from');
    for (let minute = 1; minute <= 40; minute++) {
      const value = `09:${String(minute).padStart(2, '0')}`;
      fireEvent.input(start, { target: { value } });
      fireEvent.change(start, { target: { value } });
    }
    expect(writes.mock.calls.filter(([v]) => 'settings' in (v as object))).toHaveLength(0);
    fireEvent.blur(start);
    await waitFor(async () => expect((await stored.settings()).schedule.days[4]!.start).toBe(9 * 60 + 40));
    expect(writes.mock.calls.filter(([v]) => 'settings' in (v as object))).toHaveLength(1);
  });

  it('switches a day on and off', async () => {
    const { user } = await withSchedule();
    await user.click(screen.getByRole('checkbox', { name: 'Saturday' }));
    await waitFor(async () => expect((await stored.settings()).schedule.days[6]!.enabled).toBe(true));
  });
});

describe('summary', () => {
  const summary = () => within(screen.getByRole('region', { name: 'At a glance' })).getByText(/./, { selector: 'p' });

  it('shows the schedule at a glance and follows changes', async () => {
    await seed();
    const { user } = await renderOptions();
    expect(summary().textContent).toBe('Always on (no schedule), posture every 45 min, walk every 60 min');
    await user.click(screen.getByRole('checkbox', { name: 'Only remind me on these days and times' }));
    // In the user's own clock, as every time on the pages ("09:00–17:30" or "9:00 AM–5:30 PM").
    const hours = `${formatMinuteOfDay(9 * 60)}–${formatMinuteOfDay(17 * 60 + 30)}`;
    await waitFor(() =>
      expect(summary().textContent).toBe(`Weekdays ${hours}, posture every 45 min, walk every 60 min`),
    );
    await user.click(screen.getByRole('checkbox', { name: 'Walk breaks' }));
    await waitFor(() => expect(summary().textContent).toBe(`Weekdays ${hours}, posture every 45 min`));
  });
});

describe('test reminder', () => {
  it('asks the background for a test reminder', async () => {
    const send = vi.fn(async () => ({ ok: true as const }));
    const { user } = await renderOptions({ sendCommand: send });
    await user.click(screen.getByRole('button', { name: 'Send a test reminder' }));
    expect(send).toHaveBeenCalledWith({ type: 'test-reminder' });
    expect(await screen.findByText(/^Test reminder sent/)).toBeTruthy();
  });

  it('keeps focus on the button while the reminder is sent (aria-disabled, not disabled), and sends once', async () => {
    let reply!: (value: { ok: true }) => void;
    const send = vi.fn(() => new Promise<{ ok: true }>((resolve) => (reply = resolve)));
    const { user } = await renderOptions({ sendCommand: send });
    const button = screen.getByRole('button', { name: 'Send a test reminder' }) as HTMLButtonElement;
    button.focus();
    await user.keyboard('{Enter}');
    // A disabled button drops focus to <body> in real browsers (happy-dom does not): it must not be one.
    expect(button.disabled).toBe(false);
    expect(button.getAttribute('aria-disabled')).toBe('true');
    await user.keyboard('{Enter}');
    expect(send).toHaveBeenCalledTimes(1);
    reply({ ok: true });
    expect(await screen.findByText(/^Test reminder sent/)).toBeTruthy();
    expect(button.hasAttribute('aria-disabled')).toBe(false);
    expect(document.activeElement).toBe(button);
  });

  it('shows the error of a failed reply', async () => {
    const send = vi.fn(async () => ({ ok: false as const, error: 'Notifications are blocked.' }));
    const { user } = await renderOptions({ sendCommand: send });
    await user.click(screen.getByRole('button', { name: 'Send a test reminder' }));
    expect(await screen.findByText('Could not send the test reminder: Notifications are blocked.')).toBeTruthy();
  });
});

describe('the page', () => {
  it('carries the health note', async () => {
    await renderOptions();
    expect(screen.getByText(/not medical advice/)).toBeTruthy();
  });

  it('labels every control', async () => {
    await seed();
    const { user } = await renderOptions();
    await user.click(screen.getByRole('checkbox', { name: 'Only remind me on these days and times' }));
    await screen.findByLabelText('Monday from');
    for (const control of document.querySelectorAll('input, button, select, textarea')) {
      const el = control as HTMLInputElement;
      const named =
        el.labels?.length || el.getAttribute('aria-label') || (el.tagName === 'BUTTON' && el.textContent?.trim());
      expect(named, el.outerHTML).toBeTruthy();
    }
  });
});

describe('the "Saved" note', () => {
  /** The note next to a field: in the field's own row (in the page's flow, so it covers nothing). */
  const noteOf = (input: HTMLElement) => input.closest('.field-row')!.querySelector('.save-note')!;

  it('appears next to the field that was saved, is a polite status, and goes after a few seconds', async () => {
    await seed();
    const { input } = await typeInto('postureIntervalMin', '20');
    const note = noteOf(input);
    await waitFor(() => expect(note.textContent).toBe('Saved'));
    expect(note.getAttribute('role')).toBe('status');
    expect(getComputedStyle(note).position).not.toBe('fixed');
    expect(note.classList.contains('saved')).toBe(true);
    await waitFor(() => expect(note.textContent).toBe(''), { timeout: SAVED_SHOWN_MS + 1_000 });
  });

  it('never stands next to a refusal', async () => {
    await seed();
    const { user, input } = await typeInto('postureIntervalMin', '20');
    await waitFor(() => expect(noteOf(input).textContent).toBe('Saved'));
    await user.clear(input);
    await user.type(input, '3{Enter}');
    expect(describedError(input)).toBe('Not saved: the least is 5 minutes.');
    expect(noteOf(input).textContent).toBe('');
  });

  it('says "Not saved" with the browser\'s reason when storage refuses the write', async () => {
    await seed();
    const { user } = await renderOptions();
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('IO error'));
    await user.click(screen.getByRole('checkbox', { name: 'Walk breaks' }));
    const note = await screen.findByText('Not saved: the browser reported an error (IO error)');
    expect(note.classList.contains('save-failed')).toBe(true);
    expect(screen.queryByText('Saved')).toBeNull();
  });

  // What Chromium 156 and Firefox 153 say when storage.local is full (tests/e2e/storage-full.e2e.test.ts).
  it.each([
    ['Chromium', 'Resource::kQuotaBytes quota exceeded'],
    ['Firefox', 'QuotaExceededError: storage.local API call exceeded its quota limitations.'],
  ])('says in its own words that storage is full (%s), that nothing was lost and what to do', async (_, message) => {
    await seed();
    const before = seededSettings();
    const { user } = await renderOptions();
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error(message));
    const field = screen.getByLabelText('Walk break every');
    await user.clear(field);
    await user.type(field, '90');
    await user.tab();
    const note = await screen.findByText(/^Not saved: the storage Backstride may use in this browser is full\./);
    expect(note.textContent).toContain('Nothing saved before was lost.');
    expect(note.textContent).toContain('free up disk space, or export your settings and history under “Your data”');
    expect(note.textContent).not.toContain(message);
    expect(note.getAttribute('role')).toBe('status');
    expect(await stored.settings()).toEqual(before);
  });
});

describe('a minutes field changed elsewhere (another options page, sync, an import)', () => {
  const field = (value: number, onSave = vi.fn()) => (
    <NumberFieldUnderTest field="snoozeMin" label="Snooze for" value={value} onSave={onSave} />
  );

  it('shows the new value when the user is not typing in it', () => {
    const view = render(field(10));
    view.rerender(field(44));
    expect(screen.getByLabelText('Snooze for')).toHaveProperty('value', '44');
  });

  it('keeps what the user is typing, and saves it when they commit it', async () => {
    const onSave = vi.fn();
    const view = render(field(10, onSave));
    const input = screen.getByLabelText('Snooze for') as HTMLInputElement;
    fireEvent.input(input, { target: { value: '33' } });
    view.rerender(field(44, onSave));
    expect(input.value).toBe('33');
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onSave).toHaveBeenCalledWith(33);
  });

  it('replaces a refused value with the new one', () => {
    const view = render(field(10));
    const input = screen.getByLabelText('Snooze for') as HTMLInputElement;
    fireEvent.input(input, { target: { value: '999' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(input.getAttribute('aria-invalid')).toBe('true');
    view.rerender(field(44));
    expect(input.value).toBe('44');
    expect(input.getAttribute('aria-invalid')).toBe('false');
  });
});

describe('closing or hiding the page in the middle of an edit', () => {
  /** The page goes away as Chromium closes a tab: pagehide, then visibilitychange to hidden; no blur. */
  async function closeTab({ pagehide = true, visibility = 'hidden' as DocumentVisibilityState } = {}) {
    if (pagehide) window.dispatchEvent(new Event('pagehide'));
    // The browser dispatches each event from a task of its own: microtasks (Preact's render) run between.
    await Promise.resolve();
    const state = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue(visibility);
    document.dispatchEvent(new Event('visibilitychange'));
    state.mockRestore();
  }
  const settingsWrites = (writes: { mock: { calls: unknown[][] } }) =>
    writes.mock.calls.filter(([v]) => 'settings' in (v as object)).length;

  it('saves the value typed in the focused field, once', async () => {
    await seed();
    const { user } = await renderOptions();
    const input = screen.getByLabelText('Posture check every');
    await user.clear(input);
    await user.type(input, '50');
    expect(document.activeElement).toBe(input);
    const writes = vi.spyOn(fakeBrowser.storage.local, 'set');
    await closeTab();
    await waitFor(async () => expect((await stored.settings()).posture.intervalMin).toBe(50));
    expect(settingsWrites(writes)).toBe(1);
  });

  it.each([
    ['pagehide alone', { visibility: 'visible' as const }],
    ['visibilitychange to hidden alone (a tab hidden, then discarded)', { pagehide: false }],
  ])('saves it on %s too', async (_, events) => {
    await seed();
    const { user } = await renderOptions();
    const input = screen.getByLabelText('Walk length');
    await user.clear(input);
    await user.type(input, '12');
    await closeTab(events);
    await waitFor(async () => expect((await stored.settings()).walk.lengthMin).toBe(12));
  });

  it('saves nothing when the page becomes visible', async () => {
    await seed();
    const { user } = await renderOptions();
    const input = screen.getByLabelText('Walk length');
    await user.clear(input);
    await user.type(input, '12');
    const writes = vi.spyOn(fakeBrowser.storage.local, 'set');
    await closeTab({ pagehide: false, visibility: 'visible' });
    await new Promise((r) => setTimeout(r, 50));
    expect(settingsWrites(writes)).toBe(0);
    expect(describedError(input)).toBeNull();
  });

  it('refuses an invalid value as leaving the field does: message shown, nothing saved, nothing clamped', async () => {
    await seed();
    const before = await stored.settings();
    const { user } = await renderOptions();
    const input = screen.getByLabelText('Posture check every');
    await user.clear(input);
    await user.type(input, '241');
    await closeTab();
    await waitFor(() => expect(describedError(input)).toBe('Not saved: the most is 240 minutes.'));
    await new Promise((r) => setTimeout(r, 50));
    expect(await stored.settings()).toEqual(before);
    expect(input).toHaveProperty('value', '241');
  });

  it('leaves a field the user is not in alone', async () => {
    await seed();
    const { user } = await renderOptions();
    const input = screen.getByLabelText('Walk length');
    await user.clear(input);
    await user.type(input, '12');
    // Focus goes elsewhere without a blur reaching the field (as a test can make it).
    const focus = vi.spyOn(document, 'activeElement', 'get').mockReturnValue(document.body);
    const writes = vi.spyOn(fakeBrowser.storage.local, 'set');
    await closeTab();
    focus.mockRestore();
    await new Promise((r) => setTimeout(r, 50));
    expect(settingsWrites(writes)).toBe(0);
  });

  it('saves a time typed in the focused day field', async () => {
    await seed();
    const view = await renderOptions();
    await view.user.click(screen.getByRole('checkbox', { name: 'Only remind me on these days and times' }));
    const start = await screen.findByLabelText('Thursday from');
    start.focus();
    fireEvent.input(start, { target: { value: '08:15' } });
    fireEvent.change(start, { target: { value: '08:15' } });
    await closeTab();
    await waitFor(async () => expect((await stored.settings()).schedule.days[4]!.start).toBe(8 * 60 + 15));
  });
});
