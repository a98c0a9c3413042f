import { describe, expect, it } from 'vitest';
import { MAX_PAUSES, parsePlan, pausePlan, planProblem, resumePlan, startPlan } from '@/lib/plan/plan';
import { DAY, HOUR, START } from './helpers';

describe('the plan record', () => {
  it('starts running, with no pauses', () => {
    expect(startPlan(START, 7)).toEqual({ version: 1, startedAt: START, startMin: 7, pausedAt: null, pauses: [] });
  });

  it('keeps each pause once it is resumed; pausing twice or resuming a running plan changes nothing', () => {
    const plan = startPlan(START, 5);
    const paused = pausePlan(plan, START + DAY);
    expect(pausePlan(paused, START + 2 * DAY)).toBe(paused);
    const resumed = resumePlan(paused, START + 3 * DAY);
    expect(resumed).toEqual({ ...plan, pauses: [[START + DAY, START + 3 * DAY]] });
    expect(resumePlan(resumed, START + 4 * DAY)).toBe(resumed);
  });

  it('keeps at most the last MAX_PAUSES pauses', () => {
    let plan = startPlan(START, 5);
    for (let i = 0; i < MAX_PAUSES + 5; i++) plan = resumePlan(pausePlan(plan, START + i * HOUR), START + i * HOUR + 1);
    expect(plan.pauses).toHaveLength(MAX_PAUSES);
    expect(planProblem(plan)).toBeNull();
  });
});

describe('parsePlan', () => {
  const plan = { ...startPlan(START, 6), pauses: [[START + DAY, START + 2 * DAY]], pausedAt: START + 3 * DAY };

  it('reads a valid plan, and no plan as none', () => {
    expect(parsePlan(plan)).toEqual({ plan, problem: null });
    expect(parsePlan(null)).toEqual({ plan: null, problem: null });
    expect(parsePlan(undefined)).toEqual({ plan: null, problem: null });
  });

  it('keeps only the fields of a plan', () => {
    expect(parsePlan({ ...plan, extra: 1 }).plan).toEqual(plan);
  });

  it.each<[string, unknown, string]>([
    ['text', 'on', 'plan: not an object'],
    ['an unknown version', { ...plan, version: 2 }, 'plan.version 2 is not 1'],
    ['a start of 4 min', { ...plan, startMin: 4 }, 'plan.startMin 4 is not a whole number from 5 to 10'],
    ['a start of 11 min', { ...plan, startMin: 11 }, 'plan.startMin 11 is not a whole number from 5 to 10'],
    ['a start of 5.5 min', { ...plan, startMin: 5.5 }, 'plan.startMin 5.5 is not a whole number from 5 to 10'],
    ['no start time', { ...plan, startedAt: undefined }, 'plan.startedAt missing is not a date'],
    ['a missing pause field', { ...plan, pausedAt: undefined }, 'plan: missing is not a date'],
    ['pauses that are not pairs', { ...plan, pauses: [[START + DAY]] }, 'plan.pauses: not a list of up to 200'],
    ['a pause before the start', { ...plan, pauses: [[START - DAY, START]] }, 'plan: its pauses are out of order'],
    ['a resume before its pause', { ...plan, pauses: [[START + 2 * DAY, START + DAY]] }, 'out of order'],
    ['a pause now before the last one ended', { ...plan, pausedAt: START + DAY }, 'out of order'],
  ])('reads %s as no plan, saying why', (_name, raw, problem) => {
    const parsed = parsePlan(raw);
    expect(parsed.plan).toBeNull();
    expect(parsed.problem).toContain(problem);
  });

  it('keeps a plan paused and resumed at the very moment it started (a clock set back after starting)', () => {
    // pausePlan and resumePlan never go back in time: both moments are the start's.
    const plan = resumePlan(pausePlan(startPlan(START, 5), START - HOUR), START - HOUR);
    expect(plan).toMatchObject({ pausedAt: null, pauses: [[START, START]] });
    expect(parsePlan(plan)).toEqual({ plan, problem: null });
    const pausedAgain = pausePlan(plan, START - HOUR);
    expect(pausedAgain.pausedAt).toBe(START);
    expect(parsePlan(pausedAgain)).toEqual({ plan: pausedAgain, problem: null });
  });

  it('judges dates against the clock only for imports: a wrong clock never loses the stored plan', () => {
    const future = { ...startPlan(START + 400 * DAY, 5) };
    expect(parsePlan(future).plan).toEqual(future);
    expect(parsePlan(future, { now: START }).problem).toContain('is not a date between 2020 and now');
    expect(parsePlan(startPlan(Date.UTC(2019, 0, 1), 5), { now: START }).problem).toContain('between 2020 and now');
  });
});
