'use client';
// A reported total ("more than $7B") on the cumulative chart: a dot labelled with the claim and,
// beside it, what the itemised pledges add up to by then — the reconciliation gap.
import type { ReportedMarker } from '@/lib/cumulative-rows';
import { compactMoney } from '@/lib/format';
import { MARKER_COLOR } from './chart-theme';

export function MarkerShape({ cx, cy, marker, currency, alignEnd }: {
  cx?: number; cy?: number; marker: ReportedMarker; currency: string; alignEnd: boolean;
}) {
  if (cx == null || cy == null) return <g />;
  const money = (v: number) => compactMoney(v, currency);
  const x = cx + (alignEnd ? -11 : 11);
  const anchor = alignEnd ? 'end' : 'start';
  return (
    <g data-testid="reported-marker">
      <circle cx={cx} cy={cy} r={7} fill={MARKER_COLOR} stroke="#ffffff" strokeWidth={2} />
      <text x={x} y={cy - 3} textAnchor={anchor} fontSize={12} fontWeight={600} fill="#991b1b">
        {`${marker.isLowerBound ? 'more than ' : ''}${money(marker.value)}, ${marker.date}`}
      </text>
      <text x={x} y={cy + 12} textAnchor={anchor} fontSize={11} fill="#52606d">
        {`itemised by then: ${money(marker.itemised.committed)} committed, ${money(marker.itemised.announced)} announced`}
      </text>
    </g>
  );
}
