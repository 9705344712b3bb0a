import ChartView, { type Props } from '@/app/charts/[id]/view';

export { generateMetadata } from '@/app/charts/[id]/view';
// A chart page with options (proxy.ts rewrites /charts/{id}?… here): rendered on demand.
export const dynamic = 'force-dynamic';

export default function Page(props: Props) {
  return <ChartView {...props} />;
}
