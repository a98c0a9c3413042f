import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/preact';
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

/** The question buttons, in the order shown. */
const shownQuestions = () =>
  screen
    .queryAllByRole('button')
    .filter((b) => b.hasAttribute('aria-expanded'))
    .map((b) => b.textContent);

/** The highlighted words inside an element. */
const marks = (element: Element) => [...element.querySelectorAll('mark')].map((m) => m.textContent);

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
    expect(shownQuestions()).toHaveLength(2);
  });

  it('matches the beginning of a word', async () => {
    const { user, search } = setup();
    await user.type(search, 'hydr');
    expect(questionNames()).toEqual(['How to fix hip pain from walking?']);
  });

  it('lists answers matching any word, those matching more words first', async () => {
    const { user, search } = setup();
    await user.type(search, 'shallow');
    expect(questionNames()).toEqual(['How do I stop my lower back from hurting when I walk?']);
    await user.clear(search);
    await user.type(search, 'sciatica nerve');
    expect(shownQuestions()).toEqual([
      'Why is my lower back and hips so painful?',
      'How do I get past lower back pain while walking?',
    ]);
  });

  it('understands everyday words: "my back hurts" lists the questions about hurting first', async () => {
    const { user, search } = setup();
    await user.type(search, 'my back hurts');
    expect(shownQuestions().slice(0, 2)).toEqual([
      'Why does my lower back hurt after walking?',
      'How do I stop my lower back from hurting when I walk?',
    ]);
  });

  it('marks the matched words of each question, whatever their form, and not the stop words', async () => {
    const { user, search } = setup();
    await user.type(search, 'my back hurts');
    const first = screen.getByRole('button', { name: 'Why does my lower back hurt after walking?' });
    expect(marks(first)).toEqual(['back', 'hurt']);
    const second = screen.getByRole('button', { name: 'How do I stop my lower back from hurting when I walk?' });
    expect(marks(second)).toEqual(['back', 'hurting']);
    // The marks are elements in the button's text: its name stays the question.
    expect(first.textContent).toBe('Why does my lower back hurt after walking?');
    await user.clear(search);
    expect(document.querySelectorAll('mark')).toHaveLength(0);
  });

  it("marks typos and synonyms by the document's own word", async () => {
    const { user, search } = setup();
    await user.type(search, 'sciatca');
    const excerpt = screen.getByRole('button', {
      name: 'Why is my lower back and hips so painful?',
    }).nextElementSibling!;
    expect(excerpt.textContent).toBe('Sciatica refers to back pain caused by a problem with the sciatic nerve.');
    expect(marks(excerpt)).toEqual(['Sciatica', 'sciatic', 'nerve']);

    await user.clear(search);
    await user.type(search, 'hills');
    expect(marks(document.querySelector('.questions')!)).toEqual(['uphill']);
  });

  it('shows, under a question matched by its answer only, the sentence that matched', async () => {
    const { user, search } = setup();
    await user.type(search, 'swimming');
    const button = screen.getByRole('button', { name: 'How do I stop my lower back from hurting when I walk?' });
    const excerpt = button.nextElementSibling!;
    expect(excerpt.textContent).toBe('If regular walking is painful, try walking in a shallow pool.');
    expect(marks(excerpt)).toEqual(['pool']);
    // Opened, the answer itself says it: the excerpt goes.
    await user.click(button);
    expect(document.querySelectorAll('.answer-excerpt')).toHaveLength(0);
  });

  it('says so, in a status message, when nothing matches', async () => {
    const { user, search } = setup();
    await user.type(search, 'yoga');
    expect(shownQuestions()).toHaveLength(0);
    expect(screen.getByRole('status').textContent).toBe('No answer matches “yoga”');
    await user.clear(search);
    expect(shownQuestions()).toHaveLength(10);
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('offers searches that find answers when nothing matches, and runs one on a click', async () => {
    const { user, search } = setup();
    await user.type(search, 'yoga');
    const suggestions = within(screen.getByRole('list', { name: 'Try one of these searches:' })).getAllByRole('button');
    expect(suggestions.map((b) => b.textContent)).toEqual([
      'my back hurts',
      'exercises for lower back',
      'walking uphill',
    ]);
    expect(suggestions.every((b) => b.lang === 'en')).toBe(true);
    await user.click(suggestions[2]!);
    expect((search as HTMLInputElement).value).toBe('walking uphill');
    expect(shownQuestions()[0]).toBe('Does how you walk affect your hip and back pain?');
    expect(document.activeElement).toBe(search);
    expect(screen.queryByRole('button', { name: 'Show all questions' })).toBeNull();
  });

  it('"Show all questions" clears the search and returns focus to the search box, by keyboard too', async () => {
    const { user, search } = setup();
    await user.type(search, 'yoga');
    await user.click(screen.getByRole('button', { name: 'Show all questions' }));
    expect((search as HTMLInputElement).value).toBe('');
    expect(shownQuestions()).toHaveLength(10);
    expect(document.activeElement).toBe(search);

    await user.type(search, 'xyz');
    await user.tab(); // the clear button
    await user.tab(); // the first suggestion
    expect(document.activeElement!.textContent).toBe('my back hurts');
    await user.tab();
    await user.tab();
    await user.tab();
    expect(document.activeElement!.textContent).toBe('Show all questions');
    await user.keyboard('{Enter}');
    expect(shownQuestions()).toHaveLength(10);
    expect(document.activeElement).toBe(search);
  });

  it('says which words no answer has when the results match only the others, and nothing when all match', async () => {
    const { user, search } = setup();
    await user.type(search, 'heat or ice for back pain');
    const status = screen.getByRole('status');
    // Seen by everyone (not in the visually hidden part), announced with the count.
    const line = status.querySelector('.answers-missing')!;
    expect(line.textContent!.trim()).toBe('Not found in any answer: heat and ice');
    expect(line.closest('.visually-hidden')).toBeNull();
    expect(status.textContent).toMatch(/^Matching questions: \d+ Not found in any answer: heat and ice$/);
    expect(shownQuestions().length).toBeGreaterThan(0);

    await user.clear(search);
    await user.type(search, 'back pain after walking');
    expect(status.querySelector('.answers-missing')).toBeNull();
    expect(status.textContent).toMatch(/^Matching questions: \d+$/);
  });

  it('keeps a long query from widening the popup: the echo is cut and the line wraps anywhere', async () => {
    const { user, search } = setup();
    const long = 'x'.repeat(120);
    await user.type(search, long);
    const status = screen.getByRole('status');
    expect(status.textContent).toBe(`No answer matches “${'x'.repeat(40)}…”`);
    expect(status.className).toBe('answers-empty');
    // happy-dom has no layout: the rule that wraps an unbroken word is checked in the stylesheet.
    const css = readFileSync('components/popup/QuickAnswers.css', 'utf8');
    expect(css).toMatch(/\.answers-empty\s*{[^}]*overflow-wrap:\s*anywhere/);
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

  describe('arrow keys between the search box and the results', () => {
    const focusedName = () => document.activeElement?.textContent;

    it('ArrowDown in the box moves to the first result without opening it; Down and Up move between results', async () => {
      const { user, search } = setup();
      await user.type(search, 'walk too');
      const [first, second] = shownQuestions();
      await user.keyboard('{ArrowDown}');
      expect(focusedName()).toBe(first);
      expect(screen.queryAllByRole('button', { expanded: true })).toHaveLength(0);
      await user.keyboard('{ArrowDown}');
      expect(focusedName()).toBe(second);
      await user.keyboard('{ArrowUp}');
      expect(focusedName()).toBe(first);
      await user.keyboard('{ArrowUp}');
      expect(document.activeElement).toBe(search);
      // The query is still there to refine.
      expect((search as HTMLInputElement).value).toBe('walk too');
    });

    it('goes through every result in order, stays on the last, and Home/End jump to the ends', async () => {
      const { user } = setup();
      const all = shownQuestions();
      await user.click(screen.getByRole('searchbox'));
      const visited: (string | null | undefined)[] = [];
      for (let i = 0; i < all.length + 2; i++) {
        await user.keyboard('{ArrowDown}');
        visited.push(focusedName());
      }
      expect(visited).toEqual([...all, all.at(-1), all.at(-1)]);
      await user.keyboard('{Home}');
      expect(focusedName()).toBe(all[0]);
      await user.keyboard('{End}');
      expect(focusedName()).toBe(all.at(-1));
    });

    it('skips an opened answer: ArrowDown from an expanded question goes to the next question', async () => {
      const { user, search } = setup();
      await user.type(search, 'walk too{Enter}');
      const [, second] = shownQuestions();
      await user.keyboard('{ArrowDown}');
      expect(focusedName()).toBe(second);
    });

    it('Escape in a result returns to the box, keeping the query (and is not left to close the popup)', async () => {
      const { user, search } = setup();
      await user.type(search, 'sciatica');
      await user.keyboard('{ArrowDown}{ArrowDown}');
      const escape = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
      document.activeElement!.dispatchEvent(escape);
      expect(escape.defaultPrevented).toBe(true);
      expect(document.activeElement).toBe(search);
      expect((search as HTMLInputElement).value).toBe('sciatica');
    });

    it('does nothing on ArrowDown when nothing matches', async () => {
      const { user, search } = setup();
      await user.type(search, 'yoga{ArrowDown}');
      expect(document.activeElement).toBe(search);
    });
  });

  describe('clearing the search', () => {
    const press = (target: Element, key: string) => {
      const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true });
      target.dispatchEvent(event);
      return event;
    };

    it('Escape in the box with text clears it and keeps the popup open; in an empty box it is left to the browser', async () => {
      const { user, search } = setup();
      await user.type(search, 'sciatica');
      expect(press(search, 'Escape').defaultPrevented).toBe(true);
      await screen.findAllByRole('button', { expanded: false });
      expect((search as HTMLInputElement).value).toBe('');
      expect(shownQuestions()).toHaveLength(10);
      expect(document.activeElement).toBe(search);
      // Empty: the popup closes as it always does on Escape.
      expect(press(search, 'Escape').defaultPrevented).toBe(false);
    });

    it('has a labelled clear button, only while there is text, reached by Tab, that returns focus to the box', async () => {
      const { user, search } = setup();
      expect(screen.queryByRole('button', { name: 'Clear search' })).toBeNull();
      await user.type(search, 'sciatica');
      await user.tab();
      const clear = screen.getByRole('button', { name: 'Clear search' });
      expect(document.activeElement).toBe(clear);
      await user.keyboard('{Enter}');
      expect((search as HTMLInputElement).value).toBe('');
      expect(shownQuestions()).toHaveLength(10);
      expect(document.activeElement).toBe(search);
      expect(screen.queryByRole('button', { name: 'Clear search' })).toBeNull();
    });

    it('hides the browser’s own clear button, so Chromium does not show two', () => {
      const css = readFileSync('components/popup/QuickAnswers.css', 'utf8');
      expect(css).toMatch(/::-webkit-search-cancel-button\s*{[^}]*appearance:\s*none/);
    });
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

  it('scrolls what typing shows into view (results or the no-answer help), and nothing when it opens with a query', async () => {
    const scrolled: Element[] = [];
    vi.spyOn(Element.prototype, 'scrollIntoView').mockImplementation(function (this: Element) {
      scrolled.push(this);
    });
    const { user, search } = setup({ initialQuery: 'pool' });
    expect(scrolled).toEqual([]);
    await user.clear(search);
    await user.type(search, 'knee');
    expect(scrolled.at(-1)?.textContent).toContain('Show all questions');
    await user.clear(search);
    await user.type(search, 'sciatica');
    expect(scrolled.at(-1)?.textContent).toContain(shownQuestions()[0]);
  });
});
