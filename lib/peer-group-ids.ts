// The peer groups' ids alone (their members are in lib/peer-groups.ts): lib/filters.ts parses `group=`
// with them, and the filter bar ships lib/filters.ts to the browser, which needs no member lists.
export const PEER_GROUP_IDS = ['g7', 'eu', 'nato', 'nordic', 'g20'] as const;
export type PeerGroupId = (typeof PEER_GROUP_IDS)[number];
