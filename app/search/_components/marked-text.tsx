// Text with the search's matched stretches in <mark>: built as React elements from the segments,
// so whatever a pledge's text holds is shown as text, never read as HTML.
import { hitSegments } from '@/lib/search-query';

export function MarkedText({ text }: { text: string }) {
  return (
    <>
      {hitSegments(text).map((s, i) =>
        s.hit ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the segments of one text, never reordered
          <mark key={i} className="bg-yellow-200 text-ink">
            {s.text}
          </mark>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: the segments of one text, never reordered
          <span key={i}>{s.text}</span>
        ),
      )}
    </>
  );
}
