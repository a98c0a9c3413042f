import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { MiniExercise } from '@/components/popup/MiniExercise';
import { EXERCISES } from '@/lib/content';
import type { RotationState } from '@/lib/content/rotation';

const TODAY = '2025-03-10';
const ids = EXERCISES.map((e) => e.id);

/** A stored rotation that shows `id` today. */
function showing(id: string): RotationState {
  return { version: 1, order: [id, ...ids.filter((x) => x !== id)], index: 0, day: TODAY };
}

function setup(rotation: unknown, today = TODAY) {
  const onRotationChange = vi.fn();
  render(<MiniExercise rotation={rotation} today={today} onRotationChange={onRotationChange} random={() => 0.5} />);
  return { user: userEvent.setup(), onRotationChange };
}

const exerciseName = () => screen.getByRole('heading', { level: 3 }).textContent;

/** "From: <question>", the question marked as the document's English inside the UI's sentence. */
function expectFrom(question: string) {
  const line = screen.getByText((_, el) => el?.classList.contains('exercise-source') === true);
  expect(line.textContent).toBe(`From: ${question}`);
  const english = line.querySelector('[lang="en"]');
  expect([english?.textContent, english?.getAttribute('dir')]).toEqual([question, 'ltr']);
}

describe('MiniExercise', () => {
  it('shows an exercise with its area, the document’s instruction and its question', () => {
    setup(showing('lateral-squat'));
    expect(screen.getByRole('heading', { name: 'Mini exercise' })).toBeTruthy();
    expect(exerciseName()).toBe('Lateral squat');
    expect(screen.getByText('Area: Hip')).toBeTruthy();
    expect(screen.getByText('Start with your feet double shoulder-width apart, toes slightly out.')).toBeTruthy();
    expectFrom('How to fix hip pain from walking?');
  });

  it('shows no instruction where the document has none', () => {
    setup(showing('banded-walk'));
    expect(exerciseName()).toBe('Banded walk');
    const section = screen.getByRole('region', { name: 'Mini exercise' });
    expect(section.querySelector('.exercise-instruction')).toBeNull();
    expect(section.textContent).not.toMatch(/How to do it|Start with/);
  });

  it('labels lower-back exercises and drops the document’s "How to do it" label', () => {
    setup(showing('hip-thrust'));
    expect(screen.getByText('Area: Lower back')).toBeTruthy();
    expectFrom('What exercises help strengthen your lower back?');
    expect(screen.getByText(/^Start seated on the floor/)).toBeTruthy();
  });

  it('keeps today’s exercise without saving anything', () => {
    const { onRotationChange } = setup(showing('donkey-kick'));
    expect(exerciseName()).toBe('Donkey kick');
    expect(onRotationChange).not.toHaveBeenCalled();
  });

  it('moves on once on a new day and saves the new state', () => {
    const rotation = showing('donkey-kick');
    const { onRotationChange } = setup(rotation, '2025-03-11');
    expect(exerciseName()).toBe(EXERCISES.find((e) => e.id === rotation.order[1])!.name);
    expect(onRotationChange).toHaveBeenCalledOnce();
    expect(onRotationChange).toHaveBeenCalledWith({ ...rotation, index: 1, day: '2025-03-11' });
  });

  it('starts a fresh rotation when the stored one is missing or invalid', () => {
    const { onRotationChange } = setup({ version: 1, order: ['nope'], index: 0, day: TODAY });
    expect(EXERCISES.map((e) => e.name)).toContain(exerciseName());
    expect(onRotationChange).toHaveBeenCalledOnce();
  });

  it('shows a different exercise on "Another one" and saves it', async () => {
    const { user, onRotationChange } = setup(showing('fire-hydrant'));
    await user.click(screen.getByRole('button', { name: 'Another one' }));
    expect(exerciseName()).not.toBe('Fire hydrant');
    expect(onRotationChange).toHaveBeenLastCalledWith(expect.objectContaining({ index: 1, day: TODAY }));
    await user.click(screen.getByRole('button', { name: 'Another one' }));
    expect(onRotationChange).toHaveBeenLastCalledWith(expect.objectContaining({ index: 2 }));
  });

  it('has a guided timer', () => {
    setup(showing('side-plank'));
    expect(screen.getByRole('timer').textContent).toContain('0:30');
    expect(screen.getByRole('button', { name: 'Start timer' })).toBeTruthy();
  });
});
