import type { Metadata } from 'next';
import Link from 'next/link';
import { listDonorFiscalYears } from '@/db/parties';
import { FISCAL_YEAR_LABEL } from '@/lib/fiscal-year-schema';
import { editorForPage } from '../_lib/editor-page';
import { FiscalYearForm } from './fiscal-year-form';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Parties' };

/** Every donor with the month its fiscal year starts in, which the annual view (/years) counts its pledges by. */
export default async function PartiesPage() {
  await editorForPage('/editor/parties');
  const donors = await listDonorFiscalYears();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Parties</h1>
      <p className="max-w-3xl text-sm text-muted">
        A donor whose budget runs on a fiscal year (Japan&apos;s starts in April) has its pledges counted by
        that year in the <Link href="/years">support per year</Link>: its FY2024 is April 2024 to March 2025,
        and a pledge “over FY2024–2026” is spread over those three fiscal years.
      </p>
      <div
        className="relative overflow-x-auto"
        tabIndex={0}
        role="region"
        aria-label="Donors (scrolls sideways)"
      >
        <table className="w-full border-collapse bg-paper text-sm">
          <thead>
            <tr className="border-b border-line text-left">
              <th className="p-2">Donor</th>
              <th className="p-2">Kind</th>
              <th className="p-2">{FISCAL_YEAR_LABEL}</th>
            </tr>
          </thead>
          <tbody>
            {donors.map((d) => (
              <tr key={d.slug} className="border-b border-line" data-testid="party-row">
                <td className="p-2">
                  <Link href={`/donors/${d.slug}`}>{d.name}</Link>
                </td>
                <td className="p-2">{d.kind.replace('_', ' ')}</td>
                <td className="p-2">
                  <FiscalYearForm slug={d.slug} name={d.name} month={d.fiscalYearStartMonth} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
