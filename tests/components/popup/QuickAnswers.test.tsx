import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { QuickAnswers } from '@/components/popup/QuickAnswers';
import { QUESTIONS } from '@/lib/content';

function setup(props: Partial<Parameters<typeof QuickAnswers>[0]> = {}) {
  const user = userEvent.setup();
  render(<QuickAnswers questions={QUESTIONS} {...props} />);
  return { user, search: screen.getByRole('searchbox', { name: 'Search answers' }) };
}

const questionNames = () =>
  screen
    .getAllByRole('button', { expanded: false })
    .concat(screen.queryAllByRole('button', { expanded: true }))
    .map((b) => b.textContent)
    .sort();

describe('QuickAnswers', () => {
  it('shows the heading, a search box and all ten questions, collapsed', () => {
    setup();
    expect(screen.getByRole('heading', { name: 'Quick answers' })).toBeTruthy();
    expect(screen.getAllByRole('button', { expanded: false })).toHaveLength(10);
  });

  it('filters questions by words of their answers as the user types', async () => {
    const { user, search } = setup();
    await user.type(search, 'sciatica');
    expect(questionNames()).toEqual(
      ['How do I get past lower back pain while walking?', 'Why is my lower back and hips so painful?'].sort(),
    );
    expect(screen.getByRole('status').textContent).toBe('Matching questions: 2');
  });

  it('ignores case and accents', async () => {
    const { user, search } = setup();
    await user.type(search, 'SCIÁTICA');
    expect(screen.getAllByRole('button')).toHaveLength(2);
  });

  it('matches the beginning of a word', async () => {
    const { user, search } = setup();
    await user.type(search, 'hydr');
    expect(questionNames()).toEqual(['How to fix hip pain from walking?']);
  });

  it('requires every word to match', async () => {
    const { user, search } = setup();
    await user.type(search, 'shallow');
    expect(questionNames()).toEqual(['How do I stop my lower back from hurting when I walk?']);
    await user.type(search, ' sciatica');
    expect(screen.queryAllByRole('button')).toHaveLength(0);
  });

  it('says so, in a status message, when nothing matches', async () => {
    const { user, search } = setup();
    await user.type(search, 'yoga');
    expect(screen.queryAllByRole('button')).toHaveLength(0);
    expect(screen.getByRole('status').textContent).toBe('No answer matches “yoga”');
    await user.clear(search);
    expect(screen.getAllByRole('button')).toHaveLength(10);
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('opens the first match on Enter and moves focus to it', async () => {
    const { user, search } = setup();
    await user.type(search, 'walk too{Enter}');
    const first = screen.getByRole('button', { name: 'Can too much walking cause back pain?' });
    expect(first.getAttribute('aria-expanded')).toBe('true');
    expect(document.activeElement).toBe(first);
    expect(screen.getByText(/Prolonged walking or standing/)).toBeTruthy();
    // The second match stays closed.
    expect(screen.getByRole('button', { name: 'Can you walk too much?' }).getAttribute('aria-expanded')).toBe('false');
  });

  it('toggles an answer with aria-expanded, keeping its list', async () => {
    const { user } = setup();
    const button = screen.getByRole('button', { name: 'How to fix hip pain from walking?' });
    const panel = document.getElementById(button.getAttribute('aria-controls')!)!;
    expect(panel.hidden).toBe(true);

    await user.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(panel.hidden).toBe(false);
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toContain('Banded walk.');

    button.focus();
    await user.keyboard('{Enter}');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(panel.hidden).toBe(true);
  });

  it('can start from a query and open answers', () => {
    setup({ initialQuery: 'pool', initialOpen: ['stop-back-hurting-when-walking'] });
    expect((screen.getByRole('searchbox') as HTMLInputElement).value).toBe('pool');
    expect(screen.getByRole('button', { expanded: true }).textContent).toBe(
      'How do I stop my lower back from hurting when I walk?',
    );
    expect(screen.getByText('If regular walking is painful, try walking in a shallow pool.')).toBeTruthy();
  });
});
