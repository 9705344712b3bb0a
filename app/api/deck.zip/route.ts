import { deckRoute } from '@/app/_export/deck-route';

/** The deck's slides as 1920×1080 PNGs in a ZIP: the title slide, then each chart. */
export const GET = deckRoute('zip');
