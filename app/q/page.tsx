import OverviewView from '@/app/overview-view';
import type { SearchParams } from '@/lib/page-params';

// The overview with a query string (proxy.ts rewrites /?… here): rendered on demand.
export const dynamic = 'force-dynamic';

export default function Page({ searchParams }: { searchParams: Promise<SearchParams> }) {
  return <OverviewView searchParams={searchParams} />;
}
