import { chartImageUrl, chartUrls, SITE_EXPORT_URLS, type ChartQuery } from '@/lib/export/urls';
import { DECK_LIMITS } from '@/lib/export/deck';
import { embedHeight } from '@/lib/export/embed';
import {
  IMAGE_LIMITS,
  IMAGE_PRESET_IDS,
  IMAGE_PRESETS,
  IMAGE_THEMES,
  type ImagePreset,
  type ImageTheme,
} from '@/lib/export/image-params';
import type { ChartSpec } from 'chart-render';
import { CopyImageButton } from './copy-image-button';
import { EmbedSnippet } from './embed-snippet';
import { ShareLinkButton } from './share-link-button';
import styles from './export-panel.module.css';

const PRESET_LABEL: Record<ImagePreset, string> = {
  'slide-16x9': 'Slide 16:9',
  'slide-4x3': 'Slide 4:3',
  og: 'Social card',
  square: 'Square',
};

const THEME_LABEL: Record<ImageTheme, string> = {
  light: 'Light',
  dark: 'Dark',
  transparent: 'Transparent',
};

/**
 * Every export of a chart: images per preset and theme, a custom-size form, the PowerPoint slide,
 * the deck, CSV and JSON, the embed snippet and "copy image". Plain links and a GET form, so all
 * but the two copy buttons work without JavaScript.
 */
export function ExportPanel({
  spec,
  query = {},
  deck,
}: {
  spec: ChartSpec;
  query?: ChartQuery;
  /** "Add to deck": the deck builder's URL with this view appended; `charts` already in it. */
  deck?: { href: string; charts: number };
}) {
  const urls = chartUrls(spec.id, query);
  const L = IMAGE_LIMITS;
  return (
    <section className={styles.panel} aria-labelledby="export-heading" data-testid="export-panel">
      <h2 id="export-heading">Download, copy or embed this chart</h2>

      <h3>Images</h3>
      <p className={styles.hint}>
        Title, legend and source line are part of the image. PNG at the size shown; SVG scales.
      </p>
      <div className="table-scroll">
        <table className={styles.grid}>
          <thead>
            <tr>
              <th scope="col">Size</th>
              {IMAGE_THEMES.map((t) => (
                <th scope="col" key={t}>
                  {THEME_LABEL[t]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {IMAGE_PRESET_IDS.map((preset) => (
              <tr key={preset}>
                <th scope="row">
                  {PRESET_LABEL[preset]}{' '}
                  <span className="muted">
                    {IMAGE_PRESETS[preset].width}×{IMAGE_PRESETS[preset].height}
                  </span>
                </th>
                {IMAGE_THEMES.map((theme) => (
                  <td key={theme}>
                    <a
                      href={chartImageUrl(spec.id, 'png', { preset, theme, ...query })}
                      download
                      data-testid={`download-png-${preset}-${theme}`}
                    >
                      PNG
                    </a>{' '}
                    ·{' '}
                    <a
                      href={chartImageUrl(spec.id, 'svg', { preset, theme, ...query })}
                      download
                      data-testid={`download-svg-${preset}-${theme}`}
                    >
                      SVG
                    </a>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <form
        className={styles.form}
        method="get"
        action={chartImageUrl(spec.id, 'png')}
        data-testid="custom-size-form"
        id="custom-size-form"
      >
        {Object.entries(query).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <label>
          Width (px)
          <input
            type="number"
            name="width"
            min={L.minSidePx}
            max={L.maxSidePx}
            defaultValue={IMAGE_PRESETS['slide-16x9'].width}
            required
          />
        </label>
        <label>
          Height (px)
          <input
            type="number"
            name="height"
            min={L.minSidePx}
            max={L.maxSidePx}
            defaultValue={IMAGE_PRESETS['slide-16x9'].height}
            required
          />
        </label>
        <label>
          Scale
          <select name="scale" defaultValue="1">
            {[1, 2, 3, 4].map((s) => (
              <option key={s} value={s}>
                {s}×
              </option>
            ))}
          </select>
        </label>
        <label>
          Theme
          <select name="theme" defaultValue="light">
            {IMAGE_THEMES.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">PNG at this size</button>
        <button
          type="submit"
          formAction={chartImageUrl(spec.id, 'svg')}
          className="button-secondary"
        >
          SVG at this size
        </button>
      </form>
      <p className={styles.hint}>
        Width and height {L.minSidePx}–{L.maxSidePx} px, width/height between {L.minAspect} and{' '}
        {L.maxAspect}, at most {L.maxPixels / 1e6} million pixels after scaling.
      </p>

      <h3>Slides and data</h3>
      <ul className={styles.links}>
        {deck && (
          <li>
            <a href={deck.href} data-testid="add-to-deck">
              {deck.charts === 0 ? 'Add to a new deck' : 'Add to your deck'}
            </a>{' '}
            <span className="muted">
              {deck.charts === 0
                ? '(this view, as shown; then add more charts, order them, give the deck a title)'
                : deck.charts >= DECK_LIMITS.charts
                  ? `(your deck holds ${deck.charts} charts, the most it can)`
                  : `(as chart ${deck.charts + 1} after your ${deck.charts})`}
            </span>
          </li>
        )}
        <li>
          <a href={urls.pptx} download data-testid="download-pptx">
            PowerPoint slide
          </a>{' '}
          <span className="muted">(native chart, editable; data in its sheet)</span>
        </li>
        <li>
          <a href={SITE_EXPORT_URLS.deck} download data-testid="download-deck">
            Deck of every chart
          </a>
        </li>
        <li>
          <a href={urls.csv} download data-testid="download-csv">
            This chart’s data (CSV)
          </a>
        </li>
        <li>
          <a href={SITE_EXPORT_URLS.dataCsv} download data-testid="download-data-csv">
            Every figure (CSV)
          </a>
        </li>
        <li>
          <a
            href={`${SITE_EXPORT_URLS.dataJson}?download=1`}
            download
            data-testid="download-data-json"
          >
            Every figure (JSON)
          </a>
        </li>
      </ul>

      <h3>Copy</h3>
      <p className={styles.hint}>
        The image is copied at the size, scale and theme chosen above (1920×1080, light unless
        changed).
      </p>
      <CopyImageButton
        src={chartImageUrl(spec.id, 'png', { download: false, ...query })}
        formId="custom-size-form"
        label="Copy image"
      />
      <br />
      <ShareLinkButton />

      <h3>Embed</h3>
      <div className={styles.embed}>
        <EmbedSnippet path={urls.embed} title={spec.title} height={embedHeight(spec)} />
        <p className={styles.hint}>
          The embedded chart fits the width of the page it is placed in and needs no script from
          your page. <a href={urls.embed}>Preview the embed</a>.
        </p>
      </div>
    </section>
  );
}
