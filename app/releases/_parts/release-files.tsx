// A release's files as they stood at its cut: the live exports, read as of the release
// (`asOf=release:NAME`, which every export reads like a date).
import { RELEASE_AS_OF_PREFIX } from '@/lib/release-schema';
import { AS_OF_PARAM } from '@/lib/citation-url';

const FILES = [
  ['pledges', 'Pledges (CSV)'],
  ['summary', 'Summary by donor and category (CSV)'],
  ['series', 'Cumulative series (CSV)'],
] as const;

export const releaseFileHref = (file: (typeof FILES)[number][0], name: string) =>
  `/export/${file}.csv?${new URLSearchParams({ [AS_OF_PARAM]: `${RELEASE_AS_OF_PREFIX}${name}` })}`;

export function ReleaseFiles({ name }: { name: string }) {
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-label={`Files of release ${name}`}>
      {FILES.map(([file, label]) => (
        <li key={file}>
          <a href={releaseFileHref(file, name)} download>
            {label}
          </a>
        </li>
      ))}
    </ul>
  );
}
