import type { JSX } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Question, QuestionId } from '@/lib/content';
import { excerpt, highlightRanges, searchAnswers } from '@/lib/content/search';
import { SEARCH_SUGGESTIONS } from '@/lib/content/search-words';
import { formatNumber, t, uiLocale } from '@/lib/browser/i18n';
import { ENGLISH } from '../shared/english';
import { AnswerBody } from './AnswerBody';
import './QuickAnswers.css';

interface Props {
  questions: readonly Question[];
  /** Search text to start with (e.g. to surface fitting answers after a back check-in). */
  initialQuery?: string;
  /** Questions shown expanded at first. */
  initialOpen?: readonly QuestionId[];
}

/** The query as echoed in the "no answer" line: a long one is cut, so the line stays short. */
const ECHO_MAX = 40;

/** `text` with the words of `stems` in <mark> elements (built as elements: the text is never parsed as HTML). */
function Marked({ text, stems }: { text: string; stems: ReadonlySet<string> }) {
  const parts: (string | JSX.Element)[] = [];
  let at = 0;
  for (const [start, end] of highlightRanges(text, stems)) {
    parts.push(text.slice(at, start), <mark key={start}>{text.slice(start, end)}</mark>);
    at = end;
  }
  parts.push(text.slice(at));
  return <>{parts}</>;
}

/**
 * The document's questions as disclosure buttons, each revealing its answer, ranked by the search as
 * the user types, with the matched words marked.
 */
export function QuickAnswers({ questions, initialQuery = '', initialOpen = [] }: Props) {
  const [query, setQuery] = useState(initialQuery);
  const [open, setOpen] = useState<ReadonlySet<QuestionId>>(() => new Set(initialOpen));
  const input = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const { hits, missing } = searchAnswers(questions, query);
  const searching = query.trim() !== '';
  const empty = searching && !hits.length;
  // Results for some of the query's words: say which words no answer has ("heat or ice for back
  // pain" lists the back-pain answers, none of which is about heat or ice).
  const missed =
    searching && hits.length && missing.length
      ? t('answersMissingWords', new Intl.ListFormat(uiLocale(), { type: 'conjunction' }).format(missing))
      : '';

  // What the user types brings the first result (or the no-answer help) into view: in a long language,
  // or with a reminder or check-in above, the results would start below the popup's visible part.
  // Only the least scroll that shows it, and only after typing, never when the popup opens.
  const typed = useRef(false);
  const help = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    if (typed.current && searching)
      (list.current?.firstElementChild ?? help.current)?.scrollIntoView({ block: 'nearest' });
  }, [query]);

  const toggle = (id: QuestionId) =>
    setOpen((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  // A suggestion or "Show all" replaces the buttons the user pressed: focus goes back to the search
  // box (never to <body>), where Enter opens the first answer and typing refines the search.
  const searchFor = (text: string) => {
    setQuery(text);
    input.current?.focus();
  };

  /** The question buttons shown, in order: the results that arrow keys move between. */
  const results = () => [...(list.current?.querySelectorAll<HTMLElement>('.question') ?? [])];

  // Enter opens the first match and moves focus to its button: a screen reader then says which question
  // was opened and that it is expanded, and the answer is the next thing read. Shift+Tab goes back to
  // refine the search. Keeping focus in the box would open an answer the user hears nothing about.
  // ArrowDown goes to the first result without opening it. Escape with text clears the box and keeps
  // the popup open (Chromium's own search box does this; Firefox's would close the popup and lose the
  // query); Escape in an empty box is left alone, so the browser closes the popup as it always does.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const first = hits[0]?.question;
    if (event.key === 'Enter' && first) {
      event.preventDefault();
      setOpen((current) => new Set(current).add(first.id));
      document.getElementById(`question-${first.id}`)?.focus();
    } else if (event.key === 'ArrowDown' && first) {
      event.preventDefault();
      results()[0]?.focus();
    } else if (event.key === 'Escape' && query) {
      event.preventDefault();
      setQuery('');
    }
  };

  // In the results: ArrowDown/ArrowUp move between them (up from the first returns to the box),
  // Home/End go to the first/last, Escape returns to the box (and does not close the popup).
  const onResultKeyDown = (event: KeyboardEvent) => {
    const all = results();
    const at = all.indexOf(event.target as HTMLElement);
    if (at < 0 || event.altKey || event.ctrlKey || event.metaKey) return;
    const to = (
      {
        ArrowDown: all[at + 1] ?? all[at],
        ArrowUp: all[at - 1] ?? input.current,
        Home: all[0],
        End: all.at(-1),
        Escape: input.current,
      } as Record<string, HTMLElement | null | undefined>
    )[event.key];
    if (!to) return;
    event.preventDefault();
    to.focus();
  };

  const shown = [...query.trim()];
  const echo = shown.length > ECHO_MAX ? `${shown.slice(0, ECHO_MAX).join('').trimEnd()}…` : query.trim();

  return (
    <section class="quick-answers" aria-labelledby="quick-answers-heading">
      <h2 id="quick-answers-heading">{t('quickAnswersHeading')}</h2>
      <div role="search" class="answers-search">
        <label for="answers-search-input">{t('answersSearchLabel')}</label>
        <div class="answers-field">
          <input
            ref={input}
            id="answers-search-input"
            type="search"
            autoComplete="off"
            spellcheck={false}
            value={query}
            onInput={(event) => {
              typed.current = true;
              setQuery(event.currentTarget.value);
            }}
            onKeyDown={onKeyDown}
          />
          {/* Our own clear button: Firefox draws none, and Chromium's own (hidden in the stylesheet) is
            neither labelled nor reachable by Tab. Clearing returns focus to the box, never to <body>. */}
          {query && (
            <button
              type="button"
              class="answers-clear"
              aria-label={t('answersClearSearch')}
              onClick={() => searchFor('')}
            >
              <span aria-hidden="true">×</span>
            </button>
          )}
        </div>
      </div>
      {/* One polite live region: the count (for screen readers) and the words no answer has while matches
          exist, the visible "no answer" message otherwise. Always rendered, so that changes to it are announced. */}
      <p role="status" class={empty ? 'answers-empty' : 'answers-status'}>
        {searching && !hits.length && t('answersNoMatch', echo)}
        {searching && hits.length > 0 && (
          <span class="visually-hidden">{t('answersMatchCount', formatNumber(hits.length))}</span>
        )}
        {missed && <span class="answers-missing">{` ${missed}`}</span>}
      </p>
      {empty && (
        <div class="answers-help" ref={help}>
          <p id="answers-suggestions-label">{t('answersSuggestions')}</p>
          <ul class="answers-suggestions" aria-labelledby="answers-suggestions-label">
            {SEARCH_SUGGESTIONS.map((suggestion) => (
              <li key={suggestion}>
                <button type="button" class="button" {...ENGLISH} onClick={() => searchFor(suggestion)}>
                  {suggestion}
                </button>
              </li>
            ))}
          </ul>
          <button type="button" class="button answers-show-all" onClick={() => searchFor('')}>
            {t('answersShowAll')}
          </button>
        </div>
      )}
      <ul ref={list} class="questions" onKeyDown={onResultKeyDown}>
        {hits.map(({ question: q, stems, answerOnly }) => {
          const expanded = open.has(q.id);
          const panelId = `answer-${q.id}`;
          // Why an answer-only match is listed: the sentence of its answer with the matched words.
          const why = answerOnly && !expanded ? excerpt(q, stems) : null;
          return (
            <li key={q.id}>
              <button
                type="button"
                id={`question-${q.id}`}
                class="question"
                {...ENGLISH}
                aria-expanded={expanded}
                aria-controls={panelId}
                onClick={() => toggle(q.id)}
              >
                <Marked text={q.question} stems={stems} />
              </button>
              {why && (
                <p class="answer-excerpt" {...ENGLISH}>
                  <Marked text={why} stems={stems} />
                </p>
              )}
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
