import type { PledgeView } from '@/db/pledges';
import { fxSourceLabel } from '@/db/fx';
import { claimText, moneyOrDash } from '@/lib/format';
import { classificationNote } from '@/lib/domain';

/** How the pledge counts under the rules of lib/counting.ts, in one sentence a reader can check. */
function countingNote(p: PledgeView): string {
  if (p.retractedAt) return 'Retracted: left out of every total.';
  if (p.kind === 'reported_total')
    return 'A reported total: shown as a marker and compared with the itemised pledges, never added to them.';
  if (p.amount == null) return 'Unquantified: counted by number, never summed as money.';
  if (p.stage === 'announced')
    return p.parentId
      ? 'An announced draw-down: not in any total yet.'
      : 'Announced, not yet committed: shown apart, never in the committed total.';
  if (p.parentId)
    return `A draw-down: adds to ${p.stage === 'disbursed' ? 'allocated and disbursed' : p.stage === 'allocated' ? 'allocated' : 'nothing more'}; its commitment already counts as committed.`;
  return `Counts as committed${p.stage === 'allocated' ? ' and allocated' : p.stage === 'disbursed' ? ', allocated and disbursed' : ''}.`;
}

/** The figure as the source states it, and how it was converted to US dollars. */
export function FigureCard({ p }: { p: PledgeView }) {
  const converted = p.currency !== 'USD';
  return (
    <div className="rounded border border-line bg-paper p-4">
      <h2 id="figure-h" className="text-sm text-muted">
        Figure
      </h2>
      <p className="num text-3xl font-semibold" data-testid="pledge-amount">
        {p.amount == null ? 'Unquantified (in kind)' : claimText(p.amount, p.currency, p.isLowerBound)}
      </p>
      {p.kind === 'item' && (
        <p className="mt-1 text-sm font-semibold" data-testid="classification">
          {classificationNote(p.stage)}
        </p>
      )}
      <p className="mt-1 text-sm">{countingNote(p)}</p>
      {p.amount != null && p.currency && (
        <dl className="mt-3 grid grid-cols-[9rem_1fr] gap-x-3 gap-y-1 text-sm">
          <dt className="text-muted">Original amount</dt>
          <dd className="num">
            {moneyOrDash(p.amount, p.currency)} ({p.currency})
          </dd>
          <dt className="text-muted">In US dollars</dt>
          <dd className="num">{moneyOrDash(p.amountUsd, 'USD')}</dd>
          {converted ? (
            <>
              <dt className="text-muted">Rate</dt>
              <dd className="num" data-testid="fx-rate">
                {p.fxRate ?? '—'} {p.currency} per US dollar
              </dd>
              <dt className="text-muted">Rate date</dt>
              <dd className="num" data-testid="fx-date">
                {p.fxDate ? p.fxDate.slice(0, p.fxSource === 'federal_reserve_monthly' ? 7 : 10) : '—'}
              </dd>
              <dt className="text-muted">Rate source</dt>
              <dd>{fxSourceLabel(p.fxSource)}</dd>
            </>
          ) : (
            <>
              <dt className="text-muted">Conversion</dt>
              <dd>None needed: stated in US dollars.</dd>
            </>
          )}
        </dl>
      )}
    </div>
  );
}
