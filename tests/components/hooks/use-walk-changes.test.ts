import { walkChange } from '@/components/hooks/use-walk-changes';
import { pauseWalk, resumeWalk, startWalk } from '@/lib/walk/walk';

const T0 = Date.UTC(2026, 0, 5, 9, 0);
const MIN = 60_000;
const walk = startWalk(T0, 5);

describe('walkChange', () => {
  it('reads a new walk as started', () => {
    expect(walkChange({ walk: { oldValue: null, newValue: walk } })).toEqual({ type: 'started', walk });
  });

  it('reads a pause and a resume', () => {
    const paused = pauseWalk(walk, T0 + MIN);
    expect(walkChange({ walk: { oldValue: walk, newValue: paused } })).toEqual({ type: 'paused' });
    expect(walkChange({ walk: { oldValue: paused, newValue: resumeWalk(paused, T0 + 2 * MIN) } })).toEqual({
      type: 'resumed',
    });
  });

  it('reads a walk that ended with its history entry and notice (one write) as logged, with its minutes', () => {
    const history = { walks: [{ startedAt: walk.startedAt, actualMin: 4.5 }] };
    expect(
      walkChange({
        walk: { oldValue: walk, newValue: null },
        walkNotice: { oldValue: null, newValue: walk.startedAt },
        history: { oldValue: null, newValue: history },
      }),
    ).toEqual({ type: 'logged', minutes: 4.5 });
  });

  it('reads a walk that ended without an entry as cancelled (under a minute is never logged)', () => {
    expect(walkChange({ walk: { oldValue: walk, newValue: null } })).toEqual({ type: 'cancelled' });
  });

  it('says nothing for other keys, or a walk record that did not change state', () => {
    expect(walkChange({ history: { newValue: {} } })).toBeNull();
    expect(walkChange({ walk: { oldValue: walk, newValue: { ...walk } } })).toBeNull();
    expect(walkChange({ walk: { oldValue: null, newValue: 'garbage' } })).toBeNull();
  });
});
