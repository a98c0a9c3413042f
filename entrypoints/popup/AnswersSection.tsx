import type { ComponentType } from 'preact';
import { useLoaded } from '@/components/hooks/use-loaded';
import type { QuickAnswers as QuickAnswersType } from '@/components/popup/QuickAnswers';
import type { Question } from '@/lib/content';
import { t } from '@/lib/browser/i18n';

type Loaded = { QuickAnswers: ComponentType<Parameters<typeof QuickAnswersType>[0]>; questions: readonly Question[] };

/**
 * The quick answers (the document's text, its search index and the disclosure list) load right after
 * the first paint, which then needs only the status line and the walk button above them. Until then
 * the section shows its heading and keeps its height, so nothing jumps when the list arrives.
 */
export function AnswersSection() {
  const loaded = useLoaded<Loaded>(() =>
    Promise.all([import('@/components/popup/QuickAnswers'), import('@/lib/content/questions')]).then(
      ([ui, content]) => ({ QuickAnswers: ui.QuickAnswers, questions: content.QUESTIONS }),
    ),
  );

  if (!loaded) {
    return (
      <section class="quick-answers quick-answers-loading" aria-labelledby="quick-answers-heading">
        <h2 id="quick-answers-heading">{t('quickAnswersHeading')}</h2>
      </section>
    );
  }
  const { QuickAnswers, questions } = loaded;
  return <QuickAnswers questions={questions} />;
}
