import Link from 'next/link';
import { chartIds, getChartSpec } from '@/lib/charts/registry';
import { getDataset } from '@/lib/datasets';
import { chartUrls, SITE_EXPORT_URLS } from '@/lib/export/urls';
import styles from './charts.module.css';

export const metadata = { title: 'Charts' };

// The projections chart's statuses depend on the date.
export const revalidate = 86400;

export default function ChartsGallery() {
  const d = getDataset();
  const charts = chartIds.map((id) => ({ spec: getChartSpec(d, id), urls: chartUrls(id) }));
  return (
    <>
      <h1>Charts</h1>
      <p className="lede">
        Every chart on this site, ready for slides: PNG and SVG at slide sizes, a native PowerPoint
        chart you can edit, the data as CSV, and an embed code. Each names its sources.
      </p>
      <ul className={styles.siteLinks}>
        <li>
          <a href={SITE_EXPORT_URLS.deck} download>
            Download every chart as a PowerPoint deck
          </a>
        </li>
        <li>
          <a href={SITE_EXPORT_URLS.dataCsv} download>
            Every figure (CSV)
          </a>
        </li>
        <li>
          <a href={SITE_EXPORT_URLS.dataJson}>Every figure (JSON)</a>
        </li>
        <li>
          <a href={SITE_EXPORT_URLS.charts}>Chart list (JSON)</a>
        </li>
      </ul>
      <ul className={styles.gallery} data-testid="chart-gallery">
        {charts.map(({ spec, urls }) => (
          <li key={spec.id} className={styles.card}>
            {/* The title below is the link for assistive tech; the picture repeats it for the eye. */}
            <Link href={urls.page} className={styles.thumb} aria-hidden="true" tabIndex={-1}>
              {/* A build-time PNG served as a static file; next/image would only re-encode it. */}
              {/* eslint-disable-next-line @next/next/no-img-element */}
              <img
                src={urls.prebuilt.og.light.png}
                width={1200}
                height={630}
                alt=""
                loading="lazy"
              />
            </Link>
            <h2 className={styles.title}>
              <Link href={urls.page}>{spec.title}</Link>
            </h2>
            <p className={styles.subtitle}>{spec.subtitle}</p>
            <p className={styles.formats}>
              <a href={urls.png} download>
                PNG
              </a>{' '}
              ·{' '}
              <a href={urls.svg} download>
                SVG
              </a>{' '}
              ·{' '}
              <a href={urls.pptx} download>
                PowerPoint
              </a>{' '}
              ·{' '}
              <a href={urls.csv} download>
                CSV
              </a>{' '}
              · <Link href={urls.page}>Embed and more</Link>
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
