import View from '@/app/events/view';
import type { SearchParams } from '@/lib/page-params';

export { metadata } from '@/app/events/view';
// The page with a query string (proxy.ts rewrites /events?… here): rendered on demand.
export const dynamic = 'force-dynamic';

export default function Page({ searchParams }: { searchParams: Promise<SearchParams> }) {
  return <View searchParams={searchParams} />;
}
