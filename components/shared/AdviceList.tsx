import { ADVICE, type AdviceId } from '@/lib/content/advice';
import { t } from '@/lib/browser/i18n';
import { Embed, ENGLISH } from './english';
import './AdviceList.css';

/**
 * The document's own sentences, each with the question it answers. The document stays in English
 * whatever the UI language, so the quotes and their questions say so (ENGLISH: lang and dir).
 */
export function AdviceList({ ids, labelledBy }: { ids: readonly AdviceId[]; labelledBy?: string }) {
  return (
    <ul class="advice" aria-labelledby={labelledBy}>
      {ids.map((id) => (
        <li key={id}>
          <figure class="advice-item">
            <blockquote {...ENGLISH}>{ADVICE[id].text}</blockquote>
            <figcaption>
              <Embed message={(question) => t('adviceFrom', question)}>
                <span {...ENGLISH}>{ADVICE[id].question}</span>
              </Embed>
            </figcaption>
          </figure>
        </li>
      ))}
    </ul>
  );
}
