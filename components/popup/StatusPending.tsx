import { t } from '@/lib/browser/i18n';

/**
 * The status before it is known (its code loads after the first paint; the reminder state may wait for
 * the background to decide again, a second after install): an invisible sample of the usual line and
 * pause button holds their place, so the walk buttons below do not move down when they arrive (by
 * 13–48 px, depending on the language's wrapping, 50–1000 ms after the popup opened). Written out as
 * StatusLine lays it out (its `Line`), not through it: that code loads after the first paint. During a
 * walk the panel below changes anyway once storage answers.
 */
export function StatusPending() {
  return (
    <section class="status" aria-label={t('popupStatusNext')}>
      {/* Hidden from sight, so from screen readers too. */}
      <div class="status-row status-sample">
        <p class="status-line">
          <span class="nowrap">{t('popupStatusPosture', t('popupMinutes', '30'))} ·</span>{' '}
          <span class="nowrap">{t('popupStatusWalk', t('popupHours', '1'))}</span>
        </p>
        {/* The menu's pointer (▾) is its stylesheet's, which loads after the first paint. */}
        <span class="button">{t('popupPause')} ▾</span>
      </div>
    </section>
  );
}
