import type { ComponentProps } from 'preact';
import { useLoaded } from '@/components/hooks/use-loaded';
import type { StatusLine } from '@/components/popup/StatusLine';
import { t } from '@/lib/browser/i18n';

type Props = ComponentProps<typeof StatusLine>;

/**
 * The status line, its pause menu and the actions of a waiting reminder load right after the first
 * paint, in parallel with the storage read they wait for anyway: the first paint shows the region
 * empty, as it would until storage answers.
 */
export function StatusSection(props: Props) {
  const loaded = useLoaded(() => import('@/components/popup/StatusLine'));
  if (!loaded) return <section class="status" aria-label={t('popupStatusNext')} />;
  return <loaded.StatusLine {...props} />;
}
