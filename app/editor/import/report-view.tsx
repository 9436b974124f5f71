// The import report: counts, warnings, and every problem with its line and column.
import Link from 'next/link';
import type { ImportReport } from '@/lib/csv/import-report';

const n = (value: number) => value.toLocaleString('en-US');

export function ReportView({ report }: { report: ImportReport }) {
  const would = report.dryRun ? 'To create' : 'Created';
  return (
    <section
      className="space-y-3"
      aria-label={report.dryRun ? 'Dry-run report' : 'Import result'}
      data-testid={report.dryRun ? 'dry-run-report' : 'import-result'}
    >
      <dl className="grid max-w-xl grid-cols-2 gap-x-4 gap-y-1 text-sm sm:grid-cols-4">
        <div>
          <dt className="text-muted">Rows read</dt>
          <dd className="num" data-testid="count-rows">
            {n(report.rows)}
          </dd>
        </div>
        <div>
          <dt className="text-muted">{would}</dt>
          <dd className="num" data-testid="count-created">
            {n(report.created)}
          </dd>
        </div>
        <div>
          <dt className="text-muted">{report.dryRun ? 'To update' : 'Updated'}</dt>
          <dd className="num" data-testid="count-updated">
            {n(report.updated)}
          </dd>
        </div>
        <div>
          <dt className="text-muted">Unchanged</dt>
          <dd className="num">{n(report.unchanged)}</dd>
        </div>
      </dl>
      {report.warnings.length > 0 && (
        <ul className="list-disc pl-5 text-sm text-amber-900" data-testid="import-warnings">
          {report.warnings.map((w) => (
            <li key={w}>Warning: {w}</li>
          ))}
        </ul>
      )}
      {report.errors.length > 0 && (
        <table className="w-full border-collapse bg-paper text-sm" data-testid="import-problems">
          <caption className="text-left font-semibold">
            {n(report.errorCount)} problem{report.errorCount === 1 ? '' : 's'}; nothing was written
          </caption>
          <thead>
            <tr className="border-b border-line text-left">
              <th className="p-2">Line</th>
              <th className="p-2">Column</th>
              <th className="p-2">Problem</th>
            </tr>
          </thead>
          <tbody>
            {report.errors.map((p, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a finished report's rows never change order
              <tr key={i} className="border-b border-line align-top" data-testid="problem-row">
                <td className="p-2 num">{p.line > 0 ? p.line : '—'}</td>
                <td className="p-2">
                  <code>{p.column ?? '—'}</code>
                </td>
                <td className="p-2">{p.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {report.errorCount > report.errors.length && (
        <p className="text-sm">… and {n(report.errorCount - report.errors.length)} more problems.</p>
      )}
      {!report.dryRun && report.ok && (
        <nav aria-label="Imported pledges" className="space-y-1 text-sm">
          <p>
            <Link href="/">Open the dashboard</Link> ·{' '}
            <Link href="/editor/activity">See the changes in Recent changes</Link>
          </p>
          {report.pledgeIds.length > 0 && (
            <ul className="flex flex-wrap gap-3">
              {report.pledgeIds.map((id) => (
                <li key={id}>
                  <Link href={`/pledges/${id}`}>Pledge #{id}</Link>
                </li>
              ))}
              {report.created + report.updated > report.pledgeIds.length && (
                <li>… and {n(report.created + report.updated - report.pledgeIds.length)} more</li>
              )}
            </ul>
          )}
        </nav>
      )}
    </section>
  );
}
