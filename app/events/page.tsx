import View from './view';
import { NO_QUERY } from '@/lib/static-pages';

export { metadata } from './view';
// Prerendered by next build without a query (a query is rendered by app/q/events); re-rendered at
// most a day later, since statuses and pending targets follow the date.
export const revalidate = 86400;

export default function Page() {
  return <View searchParams={NO_QUERY} />;
}
