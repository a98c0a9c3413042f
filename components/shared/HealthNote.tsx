import { englishUi, t } from '@/lib/browser/i18n';

export function HealthNote() {
  return <p class="health-note">{t('healthNote')}</p>;
}

/**
 * In a non-English UI, one line saying why the document's text is in English (it is marked as such:
 * components/shared/english.tsx). Beside the health note, in the same shared code.
 */
export function EnglishContentNote() {
  return englishUi() ? null : <p class="content-language">{t('contentInEnglish')}</p>;
}
