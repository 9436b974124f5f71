// The longest text each pledge and source field takes, and the most sources a pledge carries;
// lib/pledge-schema.ts re-exports them for the API and the progress schema.
export const LIMITS = {
  title: 300,
  description: 5000,
  partyName: 200,
  externalId: 200,
  url: 2000,
  publisher: 200,
  sourceTitle: 300,
  quote: 2000,
  reason: 1000,
  sources: 20,
} as const;
