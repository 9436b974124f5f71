'use client';
// What is stored for a source's URL (app/editor/sources/route.ts): looked up when the form opens
// with a URL and whenever the URL field loses focus, so the editor sees how many pledges a
// correction reaches and, for a known URL, the stored details to confirm or correct.
import { useCallback, useEffect, useState } from 'react';

export type StoredSource = {
  publisher: string | null;
  title: string;
  publishedOn: string | null;
  usedBy: number;
  citedByPledge: boolean;
};

export function useSourceLookup(initialUrl: string, pledgeId: number | undefined) {
  const [stored, setStored] = useState<StoredSource | null>(null);
  const lookUp = useCallback(
    async (url: string): Promise<StoredSource | null> => {
      const trimmed = url.trim();
      if (!/^https?:\/\//i.test(trimmed)) {
        setStored(null);
        return null;
      }
      const query = new URLSearchParams({ url: trimmed, ...(pledgeId ? { pledge: String(pledgeId) } : {}) });
      const answer = await fetch(`/editor/sources?${query}`)
        .then((r) => (r.ok ? r.json() : null))
        .catch(() => null);
      const found = answer?.found ? (answer as StoredSource) : null;
      setStored(found);
      return found;
    },
    [pledgeId],
  );
  // Only the URL the form opened with; later URLs are looked up on blur.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once, for the URL the form opened with
  useEffect(() => {
    if (initialUrl) void lookUp(initialUrl);
  }, []);
  return { stored, lookUp };
}
