import { useState } from 'preact/hooks';
import type { Question, QuestionId } from '@/lib/content';
import { t } from '@/lib/i18n';
import { AnswerBody } from './AnswerBody';

/** The document's questions as disclosure buttons, each revealing its answer. */
export function QuickAnswers({ questions }: { questions: readonly Question[] }) {
  const [open, setOpen] = useState<ReadonlySet<QuestionId>>(new Set());

  const toggle = (id: QuestionId) =>
    setOpen((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <section class="quick-answers" aria-labelledby="quick-answers-heading">
      <h2 id="quick-answers-heading">{t('quickAnswersHeading')}</h2>
      <ul class="questions">
        {questions.map((q) => {
          const expanded = open.has(q.id);
          const panelId = `answer-${q.id}`;
          return (
            <li key={q.id}>
              <button
                type="button"
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
