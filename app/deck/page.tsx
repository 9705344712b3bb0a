import Link from 'next/link';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { ParamErrors } from '@/components/param-errors';
import { ShareLinkButton } from '@/components/charts/share-link-button';
import { chartIds, getChartSpec } from '@/lib/charts/registry';
import { getDataset } from '@/lib/datasets';
import {
  DECK_LIMITS,
  deckQuery,
  deckUrls,
  moveChart,
  pastedCharts,
  readDeck,
  readDeckChart,
  removeChart,
  type Deck,
  type DeckChart,
} from '@/lib/export/deck';
import { deckSlideCount } from '@/lib/export/pptx';
import type { ParamError } from '@/lib/params';
import styles from './deck.module.css';

export const metadata = {
  title: 'Deck builder',
  description: 'Pick charts with their options, order them and download one PowerPoint deck.',
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The query as URLSearchParams (repeated keys kept: `c` is one per chart). */
function toQuery(params: Record<string, string | string[] | undefined>): URLSearchParams {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    for (const value of Array.isArray(v) ? v : v === undefined ? [] : [v]) q.append(k, value);
  }
  return q;
}

const cValue = (c: DeckChart) => (c.query ? `${c.id}?${c.query}` : c.id);

/** This site's host names as the request names them, for pasted full URLs. */
async function siteHosts(): Promise<string[]> {
  const h = await headers();
  return [h.get('host'), h.get('x-forwarded-host')].filter((v): v is string => !!v);
}

/**
 * The charts an `add` (a chart id from the list) or `paste` (chart links) submission appends,
 * checked as slides of the deck; the deck to redirect to, or the errors to show.
 */
async function added(q: URLSearchParams, deck: Deck) {
  const d = getDataset();
  const values = q.getAll('add').filter((v) => v.trim() !== '');
  const errors: ParamError[] = [];
  const paste = q.getAll('paste').join('\n');
  if (paste.trim() !== '') {
    const p = pastedCharts(paste, await siteHosts());
    if (p.ok) values.push(...p.value);
    else errors.push(p.error);
  }
  if (deck.charts.length + values.length > DECK_LIMITS.charts) {
    errors.push({
      error: `a deck holds at most ${DECK_LIMITS.charts} charts`,
      parameter: 'c',
      allowed: `1–${DECK_LIMITS.charts} charts; remove one first`,
    });
  }
  const charts: DeckChart[] = [];
  for (const [k, v] of values.entries()) {
    const r = readDeckChart(v, deck.charts.length + k + 1, d);
    if (r.ok) charts.push(r.value.chart);
    else errors.push(r.error);
  }
  return errors.length > 0
    ? { errors }
    : { deck: { ...deck, charts: [...deck.charts, ...charts] } };
}

/** The options of a slide as the reader set them, `from 2005 · to 2010`. */
function optionsText(query: string): string {
  const pairs = [...new URLSearchParams(query)];
  if (pairs.length === 0) return 'The dashboard’s chart, as on its page';
  return pairs.map(([k, v]) => `${k}: ${v}`).join(' · ');
}

/** The preview image of a slide: the build-time SVG of a default chart, else the SVG route's. */
function previewSrc(c: DeckChart): string {
  return c.query ? `/api/charts/${c.id}/svg?${c.query}` : `/charts/${c.id}/slide-16x9.svg`;
}

export default async function DeckPage({ searchParams }: Props) {
  const q = toQuery(await searchParams);
  const d = getDataset();
  const read = readDeck(q, d);
  const { deck, specs } = read;
  const errors = [...read.errors];
  if (q.has('add') || q.has('paste')) {
    const next = await added(q, deck);
    if (next.deck) redirect(deckUrls(next.deck).page);
    errors.push(...next.errors);
  }
  const urls = deckUrls(deck);
  const here = deckQuery(deck).toString();
  const titles = new Map(chartIds.map((id) => [id, getChartSpec(d, id).title]));
  const hidden = (o: { text: boolean }) => (
    <>
      {o.text && deck.title !== undefined && (
        <input type="hidden" name="title" value={deck.title} />
      )}
      {o.text && deck.subtitle !== undefined && (
        <input type="hidden" name="subtitle" value={deck.subtitle} />
      )}
      {deck.charts.map((c, i) => (
        <input key={i} type="hidden" name="c" value={cValue(c)} />
      ))}
    </>
  );
  const full = deck.charts.length >= DECK_LIMITS.charts;
  return (
    <>
      <h1>Deck builder</h1>
      <p className="lede">
        Pick charts, each with the range, series, highlight and text you chose on its page, put them
        in order and download one PowerPoint deck of native, editable charts, or the slides as PNG
        images. The deck lives in this page’s address: share it and it rebuilds.
      </p>
      <ParamErrors
        errors={errors}
        lead="Some parts of this deck were not understood and are left out:"
      />
      {errors.length > 0 && (
        <p>
          <Link href={urls.page} data-testid="deck-clean-link">
            The deck without them
          </Link>
        </p>
      )}

      <section aria-labelledby="title-slide-heading" className={styles.section}>
        <h2 id="title-slide-heading">Title slide</h2>
        <form method="get" action="/deck" className={styles.form} data-testid="deck-title-form">
          {hidden({ text: false })}
          <label>
            Title
            <input
              type="text"
              name="title"
              maxLength={DECK_LIMITS.title}
              defaultValue={deck.title}
              placeholder={d.title}
            />
          </label>
          <label>
            Subtitle
            <input
              type="text"
              name="subtitle"
              maxLength={DECK_LIMITS.subtitle}
              defaultValue={deck.subtitle}
            />
          </label>
          <button type="submit">Save the title slide</button>
        </form>
        <p className="muted">
          Slide 1: <strong data-testid="deck-title">{deck.title ?? d.title}</strong>
          {deck.subtitle !== undefined && <> · {deck.subtitle}</>}, then the list of charts.
        </p>
      </section>

      <section aria-labelledby="slides-heading" className={styles.section}>
        <h2 id="slides-heading">
          Charts{' '}
          <span className="muted">
            ({deck.charts.length} of at most {DECK_LIMITS.charts})
          </span>
        </h2>
        {deck.charts.length === 0 ? (
          <p data-testid="deck-empty">
            No charts yet. Add one below, or{' '}
            <Link
              href={deckUrls({ ...deck, charts: chartIds.map((id) => ({ id, query: '' })) }).page}
            >
              start from every chart
            </Link>
            .
          </p>
        ) : (
          <ol className={styles.slides} data-testid="deck-slides">
            {deck.charts.map((c, i) => (
              <li key={`${i}-${cValue(c)}`} className={styles.slide} data-testid="deck-slide">
                {/* An export image served by this site; next/image would only re-encode it. */}
                {/* eslint-disable-next-line @next/next/no-img-element */}
                <img
                  src={previewSrc(c)}
                  width={320}
                  height={180}
                  alt=""
                  loading="lazy"
                  className={styles.preview}
                />
                <div className={styles.slideText}>
                  <p className={styles.slideNumber}>Slide {i + 2}</p>
                  <h3 className={styles.slideTitle} data-testid="deck-slide-title">
                    {specs[i]!.title}
                  </h3>
                  <p className={styles.options}>{optionsText(c.query)}</p>
                  <p className={styles.actions}>
                    {i > 0 ? (
                      <Link href={deckUrls(moveChart(deck, i, -1)).page} data-testid="move-up">
                        Move up
                      </Link>
                    ) : (
                      <span className="muted">Move up</span>
                    )}
                    {i < deck.charts.length - 1 ? (
                      <Link href={deckUrls(moveChart(deck, i, 1)).page} data-testid="move-down">
                        Move down
                      </Link>
                    ) : (
                      <span className="muted">Move down</span>
                    )}
                    <Link href={deckUrls(removeChart(deck, i)).page} data-testid="remove">
                      Remove
                    </Link>
                    <Link
                      href={`/charts/${c.id}${c.query ? `?${c.query}&` : '?'}${new URLSearchParams({ deck: here })}`}
                    >
                      Open its page
                    </Link>
                  </p>
                </div>
              </li>
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby="add-heading" className={styles.section}>
        <h2 id="add-heading">Add charts</h2>
        {full ? (
          <p>
            The deck holds {DECK_LIMITS.charts} charts, the most it can: remove one to add another.
          </p>
        ) : (
          <form method="get" action="/deck" className={styles.form} data-testid="deck-add-form">
            {hidden({ text: true })}
            <span className={styles.field}>
              <label htmlFor="deck-add-chart">Chart</label>
              <select id="deck-add-chart" name="add" defaultValue="">
                <option value="">Choose a chart</option>
                {chartIds.map((id) => (
                  <option key={id} value={id}>
                    {titles.get(id)}
                  </option>
                ))}
              </select>
            </span>
            <label className={styles.paste}>
              Or paste chart links, one a line
              <textarea name="paste" rows={3} placeholder="/charts/trade-trend?from=2005&to=2010" />
            </label>
            <button type="submit">Add to the deck</button>
          </form>
        )}
        <p className="muted">
          To set a chart’s range, series, highlight or text first, open it here, choose its view and
          use “Add to deck”:
        </p>
        <ul className={styles.chartLinks}>
          {chartIds.map((id) => (
            <li key={id}>
              <Link href={`/charts/${id}?${new URLSearchParams({ deck: here })}`}>
                {titles.get(id)}
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="download-heading" className={styles.section}>
        <h2 id="download-heading">Download</h2>
        {deck.charts.length === 0 ? (
          <p>Add a chart to download the deck.</p>
        ) : (
          <ul className={styles.downloads}>
            <li>
              <a href={urls.pptx} download data-testid="deck-download-pptx">
                PowerPoint deck (.pptx)
              </a>{' '}
              <span className="muted">
                {deckSlideCount(specs)} slides: the title slide, {deck.charts.length} native,
                editable charts (values in each chart’s sheet), the sources
              </span>
            </li>
            <li>
              <a href={`${urls.zip}`} download data-testid="deck-download-zip">
                Slides as PNG (.zip)
              </a>{' '}
              <span className="muted">
                {deck.charts.length + 1} images at 1920×1080: the title slide and each chart
              </span>
            </li>
            <li>
              <Link href={urls.page} data-testid="deck-link">
                Link to this deck
              </Link>{' '}
              <ShareLinkButton label="Copy link to this deck" />
            </li>
          </ul>
        )}
      </section>
    </>
  );
}
