// "Cite this" for one pledge: donor → recipient and its title, at its own address (with `asOf`
// when the page shows the record as of a date or release).
import { CiteThis } from '@/app/_components/cite-this';
import { citedAsOf } from '@/lib/citation-url';

export async function PledgeCitation({
  pledge,
  searchParams,
}: {
  pledge: { id: number; title: string; donor: { name: string }; recipient: { name: string } };
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { asOf } = await searchParams;
  // Awaited by the page, as app/_components/dashboard-citation.tsx says why.
  return CiteThis({
    title: `${pledge.donor.name} → ${pledge.recipient.name}: ${pledge.title}`,
    path: `/pledges/${pledge.id}`,
    query: new URLSearchParams(),
    asOf: citedAsOf(asOf),
    slug: `pledge-${pledge.id}`,
  });
}
