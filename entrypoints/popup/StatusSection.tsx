import type { ComponentProps } from 'preact';
import { useLoaded } from '@/components/hooks/use-loaded';
import type { StatusLine } from '@/components/popup/StatusLine';
import { StatusPending } from '@/components/popup/StatusPending';

type Props = ComponentProps<typeof StatusLine>;

/**
 * The status line, its pause menu and the actions of a waiting reminder load right after the first
 * paint, in parallel with the storage read they wait for anyway: until then the region holds their
 * place (StatusPending).
 */
export function StatusSection(props: Props) {
  const loaded = useLoaded(() => import('@/components/popup/StatusLine'));
  if (!loaded) return <StatusPending />;
  return <loaded.StatusLine {...props} />;
}
