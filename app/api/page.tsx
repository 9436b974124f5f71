// The human page for API v1: every endpoint from lib/api/endpoints.ts with a curl example, so the
// page, the OpenAPI document and the handlers describe the same API.
import type { Metadata } from 'next';
import { ENDPOINTS } from '@/lib/api/endpoints';
import { InlineCode } from './_parts/inline-code';

// Rendered per request like every page: Next puts the CSP nonce (proxy.ts) on its scripts only then.
export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'API' };

const METHOD_STYLE: Record<string, string> = {
  get: 'bg-blue-100 text-blue-900',
  post: 'bg-green-100 text-green-900',
  patch: 'bg-amber-100 text-amber-900',
  delete: 'bg-red-100 text-red-900',
};

export default function ApiPage() {
  return (
    <article className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold">JSON API v1</h1>
        <p className="max-w-3xl">
          Reads are public, may be called from any origin, and carry <code>ETag</code> and{' '}
          <code>Last-Modified</code>: send them back as <code>If-None-Match</code> /{' '}
          <code>If-Modified-Since</code> and an unchanged answer is a 304. Writes need{' '}
          <code>Authorization: Bearer &lt;token&gt;</code> of an active editor (an admin creates one with{' '}
          <code>npm run users -- token &lt;email&gt;</code>). Filters are the dashboard&apos;s query
          parameters; an unknown parameter or a bad value is a 400 naming it. Money comes as integer minor
          units (<code>amountMinor</code>) and an exact decimal string (<code>amount</code>), never a float.
          Errors are <code>{'{ "error": { "message", "code", "fields"? } }'}</code>.
        </p>
        <p>
          Machine-readable description: <a href="/api/v1/openapi.json">/api/v1/openapi.json</a> (OpenAPI 3.1).
          The examples assume <code>TRACKER=https://this-site</code> and <code>TOKEN=apt_…</code> in your
          shell.
        </p>
      </header>
      <ul className="space-y-4">
        {ENDPOINTS.map((e) => (
          <li key={`${e.method} ${e.path}`} className="rounded border border-line bg-paper p-4">
            <h2 className="flex flex-wrap items-baseline gap-2 font-semibold">
              <span className={`rounded px-2 py-0.5 font-mono text-xs uppercase ${METHOD_STYLE[e.method]}`}>
                {e.method}
              </span>
              <code>{e.path}</code>
              <span className="font-normal">
                — {e.summary}
                {e.auth ? ' (token required)' : ''}
              </span>
            </h2>
            <p className="mt-2 max-w-3xl text-sm">
              <InlineCode text={e.description} />
            </p>
            {e.query.length > 0 && (
              <p className="mt-2 text-sm text-muted">
                Query parameters: {e.query.map((q) => q.name).join(', ')}
              </p>
            )}
            <pre className="mt-3 overflow-x-auto rounded bg-wash p-3 text-xs">
              <code>{e.example}</code>
            </pre>
          </li>
        ))}
      </ul>
      <section className="space-y-2">
        <h2 className="text-lg font-semibold">Paging through every pledge</h2>
        <pre className="overflow-x-auto rounded bg-wash p-3 text-xs">
          <code>{`url="$TRACKER/api/v1/pledges?limit=500"
while [ "$url" != "null" ]; do
  curl -s "$url" > page.json
  jq -c '.data[]' page.json
  url=$(jq -r '.next' page.json)
done`}</code>
        </pre>
      </section>
    </article>
  );
}
