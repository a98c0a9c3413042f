import { useLoaded } from '@/components/hooks/use-loaded';
import type * as Area from './PlanArea';

/**
 * The back check-in and the walking plan load after the first paint, with the history they are
 * derived from. Nothing shows until then (both appear only after a walk or while a plan runs), so
 * the first paint carries none of their code. `invite`: the invitation to start a plan, shown near the
 * bottom so that its arrival moves nothing above it.
 */
export function PlanSection({ walking = false, invite = false }: { walking?: boolean; invite?: boolean }) {
  const loaded = useLoaded<typeof Area>(() => import('./PlanArea'));
  if (!loaded) return null;
  return invite ? <loaded.PlanInvite /> : <loaded.AfterWalk walking={walking} />;
}
