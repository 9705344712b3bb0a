import type { Metadata, Viewport } from 'next';
import Link from 'next/link';
import { ChartDetails } from '@/components/charts/chart-details';
import { getDataset } from '@/lib/datasets';
import './globals.css';

export const metadata: Metadata = {
  title: {
    default: 'China–Kazakhstan trade & energy metrics',
    template: '%s · Trade & Energy Metrics',
  },
  description:
    'Sourced China–Kazakhstan trade and energy figures 2000–2024: trends, projections against outcomes, and charts ready for slides.',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

const nav = [
  ['/', 'Overview'],
  ['/projections', 'Projections'],
  ['/trade', 'Trade'],
  ['/energy', 'Energy'],
  ['/events', 'Events'],
  ['/charts', 'Charts'],
  ['/deck', 'Deck'],
  ['/sources', 'Sources'],
] as const;

export default function RootLayout({ children }: { children: React.ReactNode }) {
  // No request data: pages are prerendered (lib/static-pages.ts), their CSP hashes the scripts.
  // Validated once per process; next build validates too, prerendering the embeds and images.
  const d = getDataset();
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <header className="site-header">
          <Link href="/" className="site-name">
            Trade &amp; Energy Metrics
          </Link>
          <nav aria-label="Main">
            <ul>
              {nav.map(([href, label]) => (
                <li key={href}>
                  <Link href={href}>{label}</Link>
                </li>
              ))}
            </ul>
          </nav>
        </header>
        <main id="main">{children}</main>
        <footer className="site-footer">
          {d.observations.length} figures and {d.targets.length} projections or targets from{' '}
          {d.sources.length} sources. Every figure links to its source; Chinese and Kazakh
          statistics are kept apart; derived figures are marked and show their formula.
        </footer>
        <ChartDetails />
      </body>
    </html>
  );
}
