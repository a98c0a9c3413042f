/**
 * The background's part in the back check-in and the walking plan: the check-in command, the walk-done
 * notification that invites it, the walk reminder's plan-driven length, and the plan in imports and
 * resets.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { emptyHistory, type History, type WalkEntry } from '@/lib/history/model';
import { startPlan } from '@/lib/plan/plan';
import { defaultSettings } from '@/lib/settings/model';
import { createHarness, MINUTE, type Harness } from './harness';

const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const history = async (h: Harness) => (await h.local('history')) as History;

/** Walks a real walk of `minutes` through the background, to its end. */
async function walk(h: Harness, minutes: number): Promise<WalkEntry> {
  await h.command({ type: 'walk-start', minutes });
  await h.fire('walk-timer-end');
  return (await history(h)).walks.at(-1)!;
}

describe('background: the back check-in', () => {
  let h: Harness;
  beforeEach(async () => {
    h = createHarness();
    await h.settle();
  });

  it('stores a check-in with its walk, then a later answer (with where) in its place', async () => {
    const done = await walk(h, 3);
    h.fake.advance(2 * MINUTE);
    expect(await h.command({ type: 'walk-check-in', startedAt: done.startedAt, feel: 'worse' })).toEqual({ ok: true });
    expect((await history(h)).walks[0]!.checkIn).toEqual({ at: h.fake.clock.now, feel: 'worse' });
    h.fake.advance(MINUTE);
    await h.command({ type: 'walk-check-in', startedAt: done.startedAt, feel: 'worse', where: 'hip' });
    expect((await history(h)).walks).toEqual([
      { ...done, checkIn: { at: h.fake.clock.now, feel: 'worse', where: 'hip' } },
    ]);
  });

  it('refuses a check-in for a walk the history does not hold, and changes nothing', async () => {
    const done = await walk(h, 3);
    const reply = await h.command({ type: 'walk-check-in', startedAt: done.startedAt + 1, feel: 'better' });
    expect(reply).toEqual({ ok: false, error: 'That walk is not in the history any more.' });
    expect((await history(h)).walks).toEqual([done]);
  });

  it.each([
    ['an unknown answer', { feel: 'awful' }],
    ['where without "Worse"', { feel: 'better', where: 'hip' }],
    ['an unknown place', { feel: 'worse', where: 'neck' }],
    ['a start that is text', { feel: 'same', startedAt: '1764147600000' }],
    ['a start that is not whole', { feel: 'same', startedAt: 1.5 }],
  ])('ignores a check-in with %s', async (_name, fields) => {
    const done = await walk(h, 3);
    expect(await h.command({ type: 'walk-check-in', startedAt: done.startedAt, ...fields })).toBeUndefined();
    expect((await history(h)).walks[0]).not.toHaveProperty('checkIn');
  });

  it('invites the check-in from the walk-done notification: a button in Chrome', async () => {
    await walk(h, 3);
    const shown = (await h.notifications())['walk-complete']!;
    expect(shown.message).toBe('You walked 3 min.');
    expect(shown.buttons?.map((b) => b.title)).toEqual(['How does your back feel?']);
  });

  it('takes the walk-done notification away once its question is answered in the popup', async () => {
    const done = await walk(h, 3);
    // It stays on screen until the user acts (the default "Keep reminders on screen until I act").
    expect((await h.notifications())['walk-complete']).toMatchObject({ requireInteraction: true });
    await h.command({ type: 'walk-check-in', startedAt: done.startedAt, feel: 'better' });
    expect(await h.notifications()).toEqual({});
    // A refused check-in takes nothing away.
    const next = await walk(h, 2);
    await h.command({ type: 'walk-check-in', startedAt: next.startedAt + 1, feel: 'better' });
    expect(Object.keys(await h.notifications())).toEqual(['walk-complete']);
  });

  it('takes the walk-done notification away when the popup stores the check-in as skipped', async () => {
    const done = await walk(h, 3);
    expect(Object.keys(await h.notifications())).toEqual(['walk-complete']);
    // What the popup's "Skip" writes (entrypoints/popup/PlanArea.tsx); the background hears it from storage.
    await fakeBrowser.storage.local.set({ checkInSkipped: done.startedAt });
    await h.settle();
    expect(await h.notifications()).toEqual({});
  });

  it('invites it by a click where the notification has no buttons (Firefox, or buttons switched off)', async () => {
    const firefox = createHarness({ firefox: true });
    await firefox.settle();
    await walk(firefox, 3);
    expect((await firefox.notifications())['walk-complete']).toMatchObject({
      message: 'You walked 3 min. Click to say how your back feels.',
    });
    expect((await firefox.notifications())['walk-complete']!.buttons).toBeUndefined();
    expect(firefox.background.opensExtension('walk-complete')).toBe(true);

    await fakeBrowser.storage.local.set({ settings: { ...defaultSettings(), notificationButtons: false } });
    await h.settle();
    await walk(h, 2);
    expect((await h.notifications())['walk-complete']!.buttons).toBeUndefined();
  });
});

describe('background: the walk reminder follows a running walking plan', () => {
  let h: Harness;
  beforeEach(async () => {
    h = createHarness();
    await h.settle();
  });

  const titleOfNextWalkReminder = async () => {
    await h.fire('walk-reminder');
    return (await h.notifications())['walk-reminder']!.title;
  };

  it('suggests the settings’ length without a plan', async () => {
    expect(await titleOfNextWalkReminder()).toBe('Time for a 5-minute walk');
  });

  it('suggests what is left of today’s target, and its Start walk button starts a walk that long', async () => {
    await fakeBrowser.storage.local.set({ plan: startPlan(h.fake.clock.now - 3 * DAY, 9) });
    await walk(h, 3);
    expect(await titleOfNextWalkReminder()).toBe('Time for a 6-minute walk');
    await h.background.onNotificationButton('walk-reminder', 0);
    await h.settle();
    expect(await h.local('walk')).toMatchObject({ plannedMin: 6 });
  });

  it('suggests the settings’ length again once today’s target is met, and while the plan is paused', async () => {
    await fakeBrowser.storage.local.set({ plan: startPlan(h.fake.clock.now, 5) });
    await walk(h, 5);
    await fakeBrowser.storage.local.set({
      settings: { ...defaultSettings(), walk: { ...defaultSettings().walk, lengthMin: 12 } },
    });
    await h.settle();
    expect(await titleOfNextWalkReminder()).toBe('Time for a 12-minute walk');
    await fakeBrowser.storage.local.set({
      plan: { ...startPlan(h.fake.clock.now - DAY, 10), pausedAt: h.fake.clock.now },
    });
    expect(await titleOfNextWalkReminder()).toBe('Time for a 12-minute walk');
  });

  it('ignores a stored plan that is not valid', async () => {
    await fakeBrowser.storage.local.set({ plan: { version: 1, startedAt: 'soon', startMin: 30 } });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(await titleOfNextWalkReminder()).toBe('Time for a 5-minute walk');
    expect(warn).toHaveBeenCalled();
  });
});

describe('background: the plan in imports and resets', () => {
  let h: Harness;
  beforeEach(async () => {
    h = createHarness();
    await h.settle();
  });
  const plan = () => startPlan(h.fake.clock.now - 10 * DAY, 7);

  it('takes the plan of a backup that has one, and keeps this device’s when it has none', async () => {
    const mine = startPlan(h.fake.clock.now - DAY, 5);
    await fakeBrowser.storage.local.set({ plan: mine });
    await h.command({ type: 'import-backup', settings: defaultSettings(), history: emptyHistory() });
    expect(await h.local('plan')).toEqual(mine);
    const theirs = plan();
    expect(
      await h.command({ type: 'import-backup', settings: defaultSettings(), history: emptyHistory(), plan: theirs }),
    ).toEqual({ ok: true, added: 0 });
    expect(await h.local('plan')).toEqual(theirs);
  });

  it('refuses a backup whose plan is not valid, and changes nothing', async () => {
    const bad = { ...plan(), startedAt: h.fake.clock.now + 30 * DAY };
    const reply = await h.command({
      type: 'import-backup',
      settings: defaultSettings(),
      history: emptyHistory(),
      plan: bad,
    });
    expect(reply).toMatchObject({ ok: false });
    expect(await h.local('plan')).toBeNull();
    expect(await h.command({ type: 'import-backup', settings: {}, history: {}, plan: 'on' })).toBeUndefined();
  });

  it('refuses a backup whose settings are not valid even when its history is, and changes nothing', async () => {
    const before = await fakeBrowser.storage.local.get(null);
    const reply = await h.command({
      type: 'import-backup',
      settings: { ...defaultSettings(), posture: { enabled: true, intervalMin: 1 } },
      history: emptyHistory(),
    });
    expect(reply).toMatchObject({ ok: false });
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
  });

  it('ends the plan and forgets a skipped check-in when all data is reset', async () => {
    await fakeBrowser.storage.local.set({ plan: plan(), checkInSkipped: h.fake.clock.now });
    expect(await h.command({ type: 'reset-data' })).toEqual({ ok: true });
    expect(await h.local('plan')).toBeNull();
    expect(await h.local('checkInSkipped')).toBeNull();
  });
});
