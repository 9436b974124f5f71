// Says that a page shows the record as it stood at a past moment, and links to what changed since.
import Link from 'next/link';
import { asOfLabel, asOfParam } from '@/lib/as-of';

export function AsOfBanner({ asOf }: { asOf: string | null | undefined }) {
  if (!asOf) return null;
  const label = asOfLabel(asOf);
  return (
    <p
      role="note"
      data-testid="as-of-banner"
      className="rounded border border-sky-700 bg-sky-50 p-3 text-sm text-sky-950"
    >
      {`The record as it stood ${label.length === 10 ? 'on' : 'at'} ${label} — `}
      <Link href={`/changes?since=${encodeURIComponent(asOfParam(asOf))}`}>see what changed since</Link>
    </p>
  );
}
