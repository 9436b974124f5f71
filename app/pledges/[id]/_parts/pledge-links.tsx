import Link from 'next/link';
import type { PledgeSummary } from '@/db/pledges';
import { moneyOrDash } from '@/lib/format';
import { formatDateAt } from '@/lib/dates';
import { STAGE_LABELS } from '@/lib/domain';

function Row({ p }: { p: PledgeSummary }) {
  return (
    <li>
      <Link href={`/pledges/${p.id}`}>{p.title}</Link> — {formatDateAt(p.announcedOn, p.datePrecision)},{' '}
      {STAGE_LABELS[p.stage]}, <span className="num">{moneyOrDash(p.amount, p.currency)}</span>
      {p.retractedAt ? ' (retracted)' : ''}
    </li>
  );
}

/** The commitment this pledge draws down, or the draw-downs made against it. */
export function PledgeLinks({
  parent,
  drawdowns,
}: {
  parent: PledgeSummary | null;
  drawdowns: PledgeSummary[];
}) {
  if (!parent && drawdowns.length === 0) return null;
  return (
    <section aria-labelledby="links-h" className="rounded border border-line bg-paper p-4 text-sm">
      <h2 id="links-h" className="font-semibold">
        {parent ? 'Drawn down against' : `Draw-downs (${drawdowns.length})`}
      </h2>
      <p className="text-muted">
        Draw-downs count toward allocated and disbursed; the commitment alone counts as committed.
      </p>
      <ul className="mt-2 list-disc pl-5">
        {parent ? <Row p={parent} /> : drawdowns.map((d) => <Row key={d.id} p={d} />)}
      </ul>
    </section>
  );
}
