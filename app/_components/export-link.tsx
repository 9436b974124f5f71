'use client';
// The header's Export link, carrying the filters of the page it is on (a party page's own party
// included), so the export page offers the files of the view the reader was looking at.
import Link from 'next/link';
import { usePathname, useSearchParams } from 'next/navigation';
import { carriedFilters } from '@/lib/filters';

const PARTY_PAGE = /^\/(donor|recipient)s\/([^/]+)$/;

function partyOf(pathname: string) {
  const match = PARTY_PAGE.exec(pathname);
  if (!match) return undefined;
  try {
    return { role: match[1] as 'donor' | 'recipient', slug: decodeURIComponent(match[2]) };
  } catch {
    return undefined;
  }
}

export function ExportLink() {
  const pathname = usePathname();
  const query = carriedFilters(new URLSearchParams(useSearchParams()), partyOf(pathname)).toString();
  return <Link href={query ? `/export?${query}` : '/export'}>Export</Link>;
}
