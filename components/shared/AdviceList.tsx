import { ADVICE, type AdviceId } from '@/lib/content/advice';
import { t } from '@/lib/browser/i18n';
import './AdviceList.css';

/**
 * The document's own sentences, each with the question it answers. The document stays in English
 * whatever the UI language, so the quotes say so (lang="en").
 */
export function AdviceList({ ids, labelledBy }: { ids: readonly AdviceId[]; labelledBy?: string }) {
  return (
    <ul class="advice" aria-labelledby={labelledBy}>
      {ids.map((id) => (
        <li key={id}>
          <figure class="advice-item">
            <blockquote lang="en">{ADVICE[id].text}</blockquote>
            <figcaption>{t('adviceFrom', ADVICE[id].question)}</figcaption>
          </figure>
        </li>
      ))}
    </ul>
  );
}
