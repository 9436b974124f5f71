'use client';
// After a refused save, focus moves here: a heading that says nothing was saved and one link per
// bad field, each taking the person straight to the input it names (field ids are their names).
import { useEffect, useRef } from 'react';
import type { FieldErrors } from '@/lib/validation';
import { refusalHeading } from './action-state';

export function ErrorSummary({ errors }: { errors?: FieldErrors }) {
  const box = useRef<HTMLDivElement>(null);
  // A new refusal is a new errors object, so focus moves on every refused submit, not only the first.
  useEffect(() => {
    if (errors) box.current?.focus();
  }, [errors]);
  if (!errors) return null;
  const entries = Object.entries(errors);
  const goTo = (event: React.MouseEvent, id: string) => {
    // A group without an input of its own ("sources") is reached through its message instead.
    const field = document.getElementById(id) ?? document.getElementById(`${id}-error`);
    if (!field) return;
    event.preventDefault();
    field.scrollIntoView({ block: 'center' });
    if (field.id === id) field.focus();
  };
  return (
    <div
      ref={box}
      tabIndex={-1}
      role="alert"
      aria-labelledby="error-summary-h"
      data-testid="error-summary"
      className="rounded border-2 border-red-700 bg-red-50 p-3 text-sm text-red-900"
    >
      <h2 id="error-summary-h" className="font-semibold">
        {refusalHeading(entries.length)}
      </h2>
      <ul className="mt-1 list-disc pl-5">
        {entries.map(([key, messages]) => (
          <li key={key}>
            {key === '_' ? (
              messages.join('; ')
            ) : (
              <a href={`#${key}`} onClick={(e) => goTo(e, key)} className="text-red-900">
                {messages.join('; ')}
              </a>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
