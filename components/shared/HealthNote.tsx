import { t } from '@/lib/browser/i18n';

export function HealthNote() {
  return <p class="health-note">{t('healthNote')}</p>;
}
