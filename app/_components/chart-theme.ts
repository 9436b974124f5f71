// Colours and labels shared by the charts, their legends and their data tables.
import type { Measure } from '@/lib/counting';
import type { Category } from '@/lib/domain';

export const MEASURE_COLORS: Record<Measure, string> = {
  committed: '#1d4ed8',
  allocated: '#0f766e',
  disbursed: '#7c3aed',
  announced: '#b45309',
};

export const MEASURE_LABELS: Record<Measure, string> = {
  committed: 'Committed',
  allocated: 'Allocated',
  disbursed: 'Disbursed',
  announced: 'Announced, not yet committed',
};

export const CATEGORY_COLORS: Record<Category, string> = {
  military: '#334155',
  humanitarian: '#0891b2',
  financial: '#65a30d',
  reconstruction: '#c2410c',
  other: '#a21caf',
};

export const MARKER_COLOR = '#dc2626';

/** The chart's height, reserved in the server HTML so nothing moves when the charts hydrate. */
export const CUMULATIVE_HEIGHT = 340;
