import { documentRoute } from '@/app/_export/chart-routes';

export const GET = documentRoute('pptx');
