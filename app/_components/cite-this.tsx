// "Cite this": a server-rendered <details> holding a plain-text reference and a BibTeX entry for
// the page as the reader sees it. No client code: the text is selectable and copyable as it is.
import { headers } from 'next/headers';
import { serverConfig } from '@/lib/env';
import { todayIso } from '@/lib/dates';
import { bibtexCitation, plainCitation, type Citation } from '@/lib/citation';
import { citationUrl } from '@/lib/citation-url';
import { RELEASE_AS_OF_PREFIX } from '@/lib/release-name';
import { resolveReleaseCut } from '@/db/releases';

/** The site's own address: the configured one, else the one this request came to. */
async function siteOrigin(): Promise<string> {
  const configured = serverConfig().siteUrl;
  if (configured) return configured;
  const h = await headers();
  const proto = h.get('x-forwarded-proto')?.split(',')[0]?.trim() === 'https' ? 'https' : 'http';
  return `${proto}://${h.get('host') ?? 'localhost'}`;
}

/** The year the cited record is of: the `asOf` day's or release's, else today's. */
async function recordYear(asOf: string | null, today: string): Promise<string> {
  if (!asOf) return today.slice(0, 4);
  if (!asOf.startsWith(RELEASE_AS_OF_PREFIX)) return asOf.slice(0, 4);
  const cut = await resolveReleaseCut(asOf.slice(RELEASE_AS_OF_PREFIX.length));
  return (cut ?? today).slice(0, 4);
}

export async function CiteThis({
  title,
  path,
  query,
  asOf,
  slug,
}: {
  title: string;
  path: string;
  query: URLSearchParams;
  /** Already checked (lib/citation-url.ts citedAsOf). */
  asOf: string | null;
  slug: string;
}) {
  const accessed = todayIso();
  const citation: Citation = {
    title,
    url: citationUrl(await siteOrigin(), path, query, asOf),
    accessed,
    year: await recordYear(asOf, accessed),
    slug,
  };
  const box = 'mt-1 whitespace-pre-wrap break-all rounded bg-wash p-2 font-mono text-xs';
  return (
    <details className="rounded border border-line bg-paper p-3 text-sm" data-testid="cite-this">
      <summary className="cursor-pointer font-semibold">Cite this</summary>
      <p className="mt-2 text-muted">
        The address includes this view&rsquo;s filters; the date is the day you read it.
      </p>
      <figure className="mt-2">
        <figcaption className="font-medium">Plain text</figcaption>
        <pre className={box} data-testid="cite-plain">
          {plainCitation(citation)}
        </pre>
      </figure>
      <figure className="mt-2">
        <figcaption className="font-medium">BibTeX</figcaption>
        <pre className={box} data-testid="cite-bibtex">
          {bibtexCitation(citation)}
        </pre>
      </figure>
    </details>
  );
}
