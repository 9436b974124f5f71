// /donors/[slug] and /recipients/[slug]: the dashboard scoped to one party (404 for unknown slugs).
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getPartyBySlug } from '@/db/pledges';
import { getTotals } from '@/db/totals';
import { EMPTY_FILTERS } from '@/lib/filters';
import { PARTY_KIND_LABELS } from '@/lib/domain';
import { isSlug } from '@/lib/party-names';
import { DashboardView, type SearchParams } from './dashboard-view';
import { DonorStanding } from './donor-standing';

export type PartyPageProps = { params: Promise<{ slug: string }>; searchParams: Promise<SearchParams> };

/** Slugs hold letters of every script: decode the segment if it reached us still percent-encoded. */
function decodedSlug(segment: string): string | null {
  if (!segment.includes('%')) return segment;
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

/** The URL of a party's page, its slug percent-encoded. */
export const partyPath = (role: 'donor' | 'recipient', slug: string) =>
  `/${role}s/${encodeURIComponent(slug)}`;

async function load(params: PartyPageProps['params']) {
  const slug = decodedSlug((await params).slug);
  const party = slug !== null && isSlug(slug) ? await getPartyBySlug(slug) : null;
  if (!party) notFound();
  return party;
}

export async function partyMetadata(
  role: 'donor' | 'recipient',
  params: PartyPageProps['params'],
): Promise<Metadata> {
  const party = await load(params);
  return { title: `${party.name} as ${role}` };
}

/** Whether any pledge, itemised or reported, names the party in this role: else one sentence, not $0 cards. */
async function hasPledges(role: 'donor' | 'recipient', slug: string): Promise<boolean> {
  const totals = await getTotals({ ...EMPTY_FILTERS, [role]: [slug] });
  return totals.itemCount + totals.reportedTotalCount > 0;
}

export async function PartyPage({
  role,
  params,
  searchParams,
  extra,
}: PartyPageProps & {
  role: 'donor' | 'recipient';
  /** A block of the role's own (a donor's delivery progress), shown above the dashboard when it has pledges. */
  extra?: (slug: string, query: SearchParams) => React.ReactNode;
}) {
  const party = await load(params);
  const other = role === 'donor' ? 'recipient' : 'donor';
  const query = await searchParams;
  return (
    <div className="space-y-4">
      <header>
        <p className="text-sm text-muted">
          <Link href="/">Dashboard</Link> › {role === 'donor' ? 'Donors' : 'Recipients'}
        </p>
        <h1 className="text-2xl font-semibold">
          {party.name} <span className="text-lg font-normal text-muted">as {role}</span>
        </h1>
        <p className="text-sm text-muted">
          {PARTY_KIND_LABELS[party.kind]}
          {party.iso3 ? ` · ${party.iso3}` : ''} ·{' '}
          <Link href={partyPath(other, party.slug)}>
            {party.name} as {other}
          </Link>
        </p>
      </header>
      {(await hasPledges(role, party.slug)) ? (
        <>
          {role === 'donor' && <DonorStanding slug={party.slug} params={query} />}
          {extra?.(party.slug, query)}
          <DashboardView
            params={query}
            path={partyPath(role, party.slug)}
            scope={{ role, slug: party.slug, name: party.name }}
          />
        </>
      ) : (
        <p data-testid="empty-party">
          {party.name} has no pledges as {role}.
        </p>
      )}
    </div>
  );
}
