import View from '@/app/trade/view';
import type { SearchParams } from '@/lib/page-params';

export { metadata } from '@/app/trade/view';
// The page with a query string (proxy.ts rewrites /trade?… here): rendered on demand.
export const dynamic = 'force-dynamic';

export default function Page({ searchParams }: { searchParams: Promise<SearchParams> }) {
  return <View searchParams={searchParams} />;
}
