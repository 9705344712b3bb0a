import { imageRoute } from '@/app/_export/chart-routes';

export const GET = imageRoute('svg');
