import { useState } from 'preact/hooks';
import type { Question, QuestionId } from '@/lib/content';
import { searchQuestions } from '@/lib/content/search';
import { t } from '@/lib/browser/i18n';
import { AnswerBody } from './AnswerBody';
import './QuickAnswers.css';

interface Props {
  questions: readonly Question[];
  /** Search text to start with (e.g. to surface fitting answers after a back check-in). */
  initialQuery?: string;
  /** Questions shown expanded at first. */
  initialOpen?: readonly QuestionId[];
}

/** The document's questions as disclosure buttons, each revealing its answer, filtered as the user types. */
export function QuickAnswers({ questions, initialQuery = '', initialOpen = [] }: Props) {
  const [query, setQuery] = useState(initialQuery);
  const [open, setOpen] = useState<ReadonlySet<QuestionId>>(() => new Set(initialOpen));
  const matches = searchQuestions(questions, query);
  const searching = query.trim() !== '';

  const toggle = (id: QuestionId) =>
    setOpen((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  // Enter opens the first match and moves focus to its button: a screen reader then says which question
  // was opened and that it is expanded, and the answer is the next thing read. Shift+Tab goes back to
  // refine the search. Keeping focus in the box would open an answer the user hears nothing about.
  const onKeyDown = (event: KeyboardEvent) => {
    const first = matches[0];
    if (event.key !== 'Enter' || !first) return;
    event.preventDefault();
    setOpen((current) => new Set(current).add(first.id));
    document.getElementById(`question-${first.id}`)?.focus();
  };

  return (
    <section class="quick-answers" aria-labelledby="quick-answers-heading">
      <h2 id="quick-answers-heading">{t('quickAnswersHeading')}</h2>
      <div role="search" class="answers-search">
        <label for="answers-search-input">{t('answersSearchLabel')}</label>
        <input
          id="answers-search-input"
          type="search"
          autoComplete="off"
          spellcheck={false}
          value={query}
          onInput={(event) => setQuery(event.currentTarget.value)}
          onKeyDown={onKeyDown}
        />
      </div>
      {/* One polite live region: the count (for screen readers) while matches exist, the visible
          "no answer" message otherwise. Always rendered, so that changes to it are announced. */}
      <p role="status" class={searching && !matches.length ? 'answers-empty' : 'visually-hidden'}>
        {searching &&
          (matches.length ? t('answersMatchCount', String(matches.length)) : t('answersNoMatch', query.trim()))}
      </p>
      <ul class="questions">
        {matches.map((q) => {
          const expanded = open.has(q.id);
          const panelId = `answer-${q.id}`;
          return (
            <li key={q.id}>
              <button
                type="button"
                id={`question-${q.id}`}
                class="question"
                aria-expanded={expanded}
                aria-controls={panelId}
                onClick={() => toggle(q.id)}
              >
                {q.question}
              </button>
              <div id={panelId} hidden={!expanded}>
                {expanded && <AnswerBody question={q} />}
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
