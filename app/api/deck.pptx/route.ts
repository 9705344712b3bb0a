import { deckRoute } from '@/app/_export/deck-route';

/** The deck: a title slide, each chart of the query (every chart without one), the sources. */
export const GET = deckRoute('pptx');
