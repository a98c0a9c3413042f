import { t } from '@/lib/i18n';

export function HealthNote() {
  return <p class="health-note">{t('healthNote')}</p>;
}
