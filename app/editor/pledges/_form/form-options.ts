// What the pledge form needs from the database: the parties for the pickers and the commitments
// a draw-down may point at.
import { searchParties } from '@/db/pledges';
import { listCommitments } from '@/db/pledges';
import { claimText } from '@/lib/format';
import { formatDateAt } from '@/lib/dates';
import type { PartyOption } from './party-field';
import type { CommitmentOption } from './pledge-form';

export async function loadFormOptions(): Promise<{
  parties: PartyOption[];
  commitments: CommitmentOption[];
}> {
  return {
    parties: (await searchParties('', 5000)).map((p) => ({ slug: p.slug, name: p.name, kind: p.kind })),
    commitments: (await listCommitments(undefined, 1000)).map((c) => ({
      id: c.id,
      donorSlug: c.donor.slug,
      label: `#${c.id} ${c.title} — ${claimText(c.amount, c.currency, c.isLowerBound)}, ${formatDateAt(c.announcedOn, c.datePrecision)}`,
    })),
  };
}
