import Link from 'next/link';

export const metadata = { title: 'Page not found' };

const PLACES = [
  ['/', 'the overview'],
  ['/charts', 'every chart'],
  ['/sources', 'every source'],
] as const;

/** The 404 of any page path: where to go instead; the site's header and footer stay. */
export default function NotFound() {
  return (
    <section className="status-page" data-testid="not-found">
      <h1>Page not found</h1>
      <p className="lede">
        No page has this address. It may have been mistyped, or a chart it named has a new id.
      </p>
      <ul>
        {PLACES.map(([href, label]) => (
          <li key={href}>
            <Link href={href}>Go to {label}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
