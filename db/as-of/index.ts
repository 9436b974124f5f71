// The record as it stood at a past moment: `asOf` resolved to a cut-off, and the pledges relation at it.
export { resolveAsOf } from './resolve';
export { pledgesAt, pledgesTable } from './pledges-at';
export { pageAsOf, rawAsOf, withAsOf } from './page-filters';
export { getPledgeAsOf } from './pledge-at';
