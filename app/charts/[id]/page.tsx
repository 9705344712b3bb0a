import { chartIds } from '@/lib/charts/registry';
import { NO_QUERY } from '@/lib/static-pages';
import ChartView, { type Props } from './view';

export { generateMetadata } from './view';
export const dynamicParams = false;
// Prerendered per chart by next build (chart options are rendered by app/q/charts/[id]); the
// projections chart's statuses depend on the date, so re-rendered at most a day later.
export const revalidate = 86400;

export function generateStaticParams() {
  return chartIds.map((id) => ({ id }));
}

export default function ChartPage({ params }: { params: Props['params'] }) {
  return <ChartView params={params} searchParams={NO_QUERY} />;
}
