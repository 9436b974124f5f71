// The dashboard's filter bar (filter-bar-form.tsx, a client component), handed the peer groups'
// names and dates here on the server: the browser needs no member lists (lib/peer-groups.ts).
import { PEER_GROUPS } from '@/lib/peer-groups';
import { FilterBarForm, type FilterOptions } from './filter-bar-form';

const GROUP_CHOICES = PEER_GROUPS.map(({ id, name, asOf }) => ({ id, name, asOf }));

export function FilterBar(
  props: Omit<Parameters<typeof FilterBarForm>[0], 'options'> & { options: Omit<FilterOptions, 'groups'> },
) {
  return <FilterBarForm {...props} options={{ ...props.options, groups: GROUP_CHOICES }} />;
}
