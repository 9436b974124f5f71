// The active filters in words: the chart's title and the name of its saved image, so a picture
// taken out of the page still says what it shows.
import { CATEGORY_LABELS, INSTRUMENT_LABELS, STAGE_LABELS } from './domain';
import { slugify } from './party-names';
import type { PledgeFilters } from './filters';
import { peerGroup } from './peer-groups';

export function describeFilters(
  filters: PledgeFilters,
  nameOf: (slug: string) => string,
): { title: string; fileSuffix: string } {
  const donors = filters.donor.map(nameOf);
  if (filters.group) donors.unshift(`${peerGroup(filters.group).name} donors`);
  const recipients = filters.recipient.map(nameOf);
  const lower = <T extends string>(values: T[], labels: Record<T, string>) =>
    values.map((v) => labels[v].toLowerCase());
  const choices = [
    lower(filters.category, CATEGORY_LABELS),
    lower(filters.stage, STAGE_LABELS),
    lower(filters.instrument, INSTRUMENT_LABELS),
  ];
  const dates = [filters.from && `from ${filters.from}`, filters.to && `to ${filters.to}`].filter(
    (d): d is string => !!d,
  );
  const pair = `${donors.join(' + ') || 'All donors'} → ${recipients.join(' + ') || 'all recipients'}`;
  const title = [
    pair,
    ...choices.filter((c) => c.length).map((c) => c.join(' + ')),
    ...dates,
    filters.currency,
  ].join(', ');
  const fileSuffix = slugify(
    [...donors, ...recipients, ...choices.flat(), ...dates, filters.currency].join(' '),
  );
  return { title, fileSuffix };
}
