import { describe, expect, it, vi } from 'vitest';
import { act, render, screen, waitFor } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { CheckIn } from '@/components/popup/CheckIn';
import { ADVICE } from '@/lib/content/advice';
import type { WalkEntry } from '@/lib/history/model';

const T0 = Date.UTC(2026, 10, 26, 9, 0);
const walk: WalkEntry = { startedAt: T0, endedAt: T0 + 5 * 60_000, plannedMin: 5, actualMin: 5, finished: true };

function setup(props: Partial<Parameters<typeof CheckIn>[0]> = {}) {
  const user = userEvent.setup();
  const onAnswer = vi.fn(async () => true);
  const onSkip = vi.fn();
  render(
    <>
      <CheckIn walk={walk} beyondPlan={false} persists={false} onAnswer={onAnswer} onSkip={onSkip} {...props} />
      <button type="button">Next control</button>
    </>,
  );
  return { user, onAnswer, onSkip };
}

// user-event's clicks are not wrapped in act(); wrapping them makes Preact flush updates and effects.
const press = (user: ReturnType<typeof userEvent.setup>, name: string) =>
  act(() => user.click(screen.getByRole('button', { name })));
const quotes = () => [...document.querySelectorAll('blockquote')].map((q) => q.textContent);
const sources = () => [...document.querySelectorAll('figcaption')].map((c) => c.textContent);

describe('CheckIn', () => {
  it('asks how the back feels compared with before the walk, with Better, Same, Worse and Skip', () => {
    setup();
    expect(screen.getByRole('heading', { name: 'Back check-in' })).toBeTruthy();
    expect(screen.getByText('About your walk of 5 min.')).toBeTruthy();
    const group = screen.getByRole('group', { name: 'Compared with before the walk, your back feels:' });
    expect([...group.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['Better', 'Same', 'Worse']);
    expect(screen.getByRole('button', { name: 'Skip' })).toBeTruthy();
  });

  it.each(['Better', 'Same'] as const)(
    '"%s": one tap stores it and shows working up and the posture cue',
    async (name) => {
      const { user, onAnswer } = setup();
      await press(user, name);
      expect(onAnswer).toHaveBeenCalledWith(name.toLowerCase(), undefined);
      expect(screen.getByRole('status').textContent).toMatch(/^Noted: your back feels/);
      expect(quotes()).toEqual([ADVICE.workUp.text, ADVICE.posture.text]);
      expect(sources()).toEqual([`From: ${ADVICE.workUp.question}`, `From: ${ADVICE.posture.question}`]);
      expect(screen.queryByRole('button', { name: 'Better' })).toBeNull();
    },
  );

  it('keeps the tapped answer focusable while it is stored (aria-disabled, not disabled), and stores one answer', async () => {
    let stored!: (ok: boolean) => void;
    const onAnswer = vi.fn(() => new Promise<boolean>((resolve) => (stored = resolve)));
    const { user } = setup({ onAnswer });
    const worse = screen.getByRole('button', { name: 'Worse' }) as HTMLButtonElement;
    await press(user, 'Worse');
    // A disabled button drops focus to <body> in real browsers (happy-dom does not): none may be one.
    const answers = ['Better', 'Same', 'Worse'].map(
      (name) => screen.getByRole('button', { name }) as HTMLButtonElement,
    );
    expect(answers.map((b) => [b.disabled, b.getAttribute('aria-disabled')])).toEqual([
      [false, 'true'],
      [false, 'true'],
      [false, 'true'],
    ]);
    await act(() => user.keyboard('{Enter}')); // again, on the focused Worse
    expect(onAnswer).toHaveBeenCalledTimes(1);
    // Refused: the buttons are back, focus still on the one pressed.
    await act(async () => stored(false));
    expect(worse.hasAttribute('aria-disabled')).toBe(false);
    expect(document.activeElement).toBe(worse);
  });

  it('"Worse": rest first, the pool, retro walking, each with its question; then asks where, optionally', async () => {
    const { user, onAnswer } = setup();
    await press(user, 'Worse');
    expect(onAnswer).toHaveBeenCalledWith('worse', undefined);
    expect(screen.getByRole('status').textContent).toBe('Noted: your back feels worse than before the walk.');
    expect(quotes()).toEqual([ADVICE.rest.text, ADVICE.shallowPool.text, ADVICE.retroWalking.text]);
    expect(sources()[0]).toBe('From: Can too much walking cause back pain?');
    const where = screen.getByRole('group', { name: 'Where does it feel worse? (optional)' });
    expect([...where.querySelectorAll('button')].map((b) => b.textContent)).toEqual([
      'Lower back',
      'Hip or buttock',
      'Down the leg',
    ]);

    await press(user, 'Hip or buttock');
    expect(onAnswer).toHaveBeenLastCalledWith('worse', 'hip');
    expect(screen.getByRole('status').textContent).toBe(
      'Noted: your back feels worse than before the walk. Where: Hip or buttock.',
    );
    expect(quotes()).toEqual([
      ADVICE.rest.text,
      ADVICE.shallowPool.text,
      ADVICE.flatGround.text,
      ADVICE.retroWalking.text,
    ]);
    expect(screen.queryByRole('group', { name: /Where/ })).toBeNull();
  });

  it('"Worse" down the leg brings up the sciatica answer; beyond the plan, walking too much', async () => {
    const { user } = setup({ beyondPlan: true });
    await press(user, 'Worse');
    await press(user, 'Down the leg');
    expect(quotes()).toEqual([
      ADVICE.rest.text,
      ADVICE.shallowPool.text,
      ADVICE.tooMuch.text,
      ADVICE.retroWalking.text,
      ADVICE.sciatica.text,
    ]);
    expect(sources().at(-1)).toBe('From: Why is my lower back and hips so painful?');
  });

  it('adds the health note when "Worse" persists', async () => {
    const { user } = setup({ persists: true });
    await press(user, 'Worse');
    expect(screen.getByText('Your back has felt worse after walking on two walking days in a row.')).toBeTruthy();
    expect(screen.getByText(/If pain is persistent or severe, see a health professional/)).toBeTruthy();
  });

  it('marks the quotes as English (the document is not translated)', async () => {
    const { user } = setup();
    await press(user, 'Same');
    expect([...document.querySelectorAll('blockquote')].every((q) => q.getAttribute('lang') === 'en')).toBe(true);
  });

  it('works from the keyboard alone, and keeps focus off <body>', async () => {
    const { user, onAnswer } = setup();
    await act(() => user.tab());
    expect(document.activeElement?.textContent).toBe('Better');
    await act(() => user.tab());
    await act(() => user.tab());
    expect(document.activeElement?.textContent).toBe('Worse');
    await act(() => user.keyboard('{Enter}'));
    expect(onAnswer).toHaveBeenCalledWith('worse', undefined);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('status')));
    await act(() => user.tab());
    expect(document.activeElement?.textContent).toBe('Lower back');
    await act(() => user.keyboard('{Enter}'));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('status')));
    expect(screen.getByRole('status').textContent).toMatch(/Where: Lower back\.$/);
  });

  it('Skip hands focus to what follows and says so to its owner', async () => {
    const { user, onSkip } = setup();
    await press(user, 'Skip');
    expect(onSkip).toHaveBeenCalledOnce();
    expect(document.activeElement?.textContent).toBe('Next control');
  });

  it('keeps the question when the answer could not be stored', async () => {
    const { user } = setup({ onAnswer: vi.fn(async () => false) });
    await press(user, 'Worse');
    expect(screen.getByRole('button', { name: 'Worse' })).toBeTruthy();
    expect(screen.queryByRole('status')).toBeNull();
  });
});
