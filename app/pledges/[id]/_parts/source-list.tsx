import type { LinkedSource } from '@/db/pledges';

export function SourceList({ sources }: { sources: LinkedSource[] }) {
  return (
    <div className="rounded border border-line bg-paper p-4">
      <h2 className="text-sm text-muted">Sources ({sources.length})</h2>
      {sources.length === 0 && <p className="mt-2 text-sm">No source recorded.</p>}
      <ol className="mt-2 space-y-3">
        {sources.map((s) => (
          <li key={s.id} className="text-sm">
            {s.quote && <blockquote className="border-l-4 border-accent pl-3 italic">“{s.quote}”</blockquote>}
            <p className="mt-1">
              {s.url ? (
                <a href={s.url} rel="noopener noreferrer nofollow">
                  {s.title}
                </a>
              ) : (
                <cite>{s.title}</cite>
              )}
              {' — '}
              {s.publisher ?? 'publisher not named'}
              {s.publishedOn ? `, ${s.publishedOn}` : ''}
              {s.accessedOn ? ` (accessed ${s.accessedOn})` : ''}
            </p>
          </li>
        ))}
      </ol>
    </div>
  );
}
