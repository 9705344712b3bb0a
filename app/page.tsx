import OverviewView from './overview-view';
import { NO_QUERY } from '@/lib/static-pages';

// Prerendered by next build without a query (a query is rendered by app/q/page.tsx); re-rendered
// at most a day later, since the trade chart's target statuses follow the date.
export const revalidate = 86400;

export default function OverviewPage() {
  return <OverviewView searchParams={NO_QUERY} />;
}
