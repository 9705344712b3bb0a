import type JSZip from 'jszip';

/** Slide n of a deck: its XML, its chart part's XML (or null) and its chart's sheet name. */
export async function deckSlide(zip: JSZip, n: number) {
  const part = (name: string) => zip.file(name)!.async('string');
  const rels = await part(`ppt/slides/_rels/slide${n}.xml.rels`);
  const chart = /charts\/(chart\d+\.xml)/.exec(rels)?.[1];
  const sheet = chart
    ? /embeddings\/([^"]+\.xlsx)/.exec(await part(`ppt/charts/_rels/${chart}.rels`))?.[1]
    : undefined;
  return {
    slide: await part(`ppt/slides/slide${n}.xml`),
    chart: chart ? await part(`ppt/charts/${chart}`) : null,
    sheet: sheet ? `ppt/embeddings/${sheet}` : null,
  };
}
