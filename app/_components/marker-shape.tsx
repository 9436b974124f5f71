'use client';
// A reported total ("more than $7B") on the cumulative chart: a dot labelled with the claim and,
// beside it, what the itemised pledges add up to by then — the reconciliation gap. A claim far
// above the itemised steps is clipped: an arrow at the plot's top edge, its label below it.
import type { ReportedMarker } from '@/lib/cumulative-rows';
import { compactMoney } from '@/lib/format';
import { MARKER_COLOR } from './chart-theme';

/** Vertical room for one marker's two label lines: close markers stack their labels by lanes. */
const LANE_HEIGHT = 30;

export function MarkerShape({
  cx,
  cy,
  marker,
  currency,
  alignEnd,
  clipped,
  lane,
}: {
  cx?: number;
  cy?: number;
  marker: ReportedMarker;
  currency: string;
  alignEnd: boolean;
  clipped: boolean;
  lane: number;
}) {
  if (cx == null || cy == null) return <g />;
  const money = (v: number) => compactMoney(v, currency);
  const x = cx + (alignEnd ? -11 : 11);
  const anchor = alignEnd ? 'end' : 'start';
  const y = cy + (clipped ? 6 : -3) + lane * LANE_HEIGHT;
  const { committed, announced } = marker.itemised;
  return (
    <g data-testid="reported-marker" data-clipped={clipped}>
      {clipped ? (
        <path
          d={`M${cx - 7},${cy + 8} L${cx},${cy - 4} L${cx + 7},${cy + 8} Z`}
          fill={MARKER_COLOR}
          stroke="#ffffff"
          strokeWidth={2}
        />
      ) : (
        <circle cx={cx} cy={cy} r={7} fill={MARKER_COLOR} stroke="#ffffff" strokeWidth={2} />
      )}
      <text x={x} y={y} textAnchor={anchor} fontSize={12} fontWeight={600} fill="#991b1b">
        {`${marker.isLowerBound ? 'more than ' : ''}${money(marker.value)}, ${marker.date}`}
      </text>
      <text x={x} y={y + 15} textAnchor={anchor} fontSize={11} fill="#52606d">
        {`itemised by then: ${money(committed)}${announced > 0 ? ` + ${money(announced)} announced` : ''}`}
      </text>
    </g>
  );
}
