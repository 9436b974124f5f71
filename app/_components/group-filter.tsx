'use client';
// The peer-group filter (`group=`, lib/peer-groups.ts) as one select: "All donors" sends an empty
// `group=`, which parseFilters ignores, so the bar still works as a plain GET form. Each group's
// option names the date its member list describes: membership changes (NATO grew in 2023 and 2024).
import type { PeerGroupId } from '@/lib/peer-group-ids';

export type GroupChoice = { id: PeerGroupId; name: string; asOf: string };

export function GroupFilter({
  groups,
  value,
  onChoose,
}: {
  groups: GroupChoice[];
  value: PeerGroupId | null;
  onChoose: (group: PeerGroupId | null) => void;
}) {
  return (
    <label className="flex max-w-full flex-col text-xs text-muted">
      Donor group
      <select
        name="group"
        value={value ?? ''}
        onChange={(e) => onChoose((e.target.value || null) as PeerGroupId | null)}
        className="max-w-full rounded border border-line bg-paper px-2 py-1 text-sm text-ink"
      >
        <option value="">All donors</option>
        {groups.map((g) => (
          <option key={g.id} value={g.id}>{`${g.name} (members as of ${g.asOf})`}</option>
        ))}
      </select>
    </label>
  );
}
