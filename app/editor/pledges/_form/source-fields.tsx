'use client';
// One or more sources, each with the sentence that supports the figure. A source is a document of
// its own: beside one that other pledges cite the form says how many a correction reaches, and a
// known URL fills the empty details with what is stored, saying so, for the editor to confirm.
import { useState } from 'react';
import { Field, FieldError, fieldProps } from '../../_lib/field';
import { emptySource, type SourceValues } from '@/lib/pledge-form';
import { plural } from '@/lib/format';
import type { FieldErrors } from '@/lib/validation';
import { useSourceLookup, type StoredSource } from './use-source-lookup';
import { sourceFieldLabel } from '@/lib/pledge-labels';

// Labels come from lib/pledge-labels.ts, which the schema's messages use too.
const COLUMNS: { key: keyof SourceValues; hint?: string; wide?: boolean }[] = [
  { key: 'url', hint: 'Leave empty for a printed source.' },
  { key: 'publisher' },
  { key: 'title' },
  { key: 'publishedOn', hint: 'YYYY-MM-DD' },
  { key: 'quote', wide: true },
];
const STORED_DETAILS = [
  ['publisher', 'publisher'],
  ['title', 'title'],
  ['publishedOn', 'date'],
] as const;

function SourceRow({
  i,
  source,
  count,
  pledgeId,
  errors,
  onPatch,
  onRemove,
}: {
  i: number;
  source: SourceValues;
  count: number;
  pledgeId?: number;
  errors?: FieldErrors;
  onPatch: (patch: Partial<SourceValues>) => void;
  onRemove: () => void;
}) {
  const { stored, lookUp } = useSourceLookup(source.url, pledgeId);
  const [prefilled, setPrefilled] = useState<string[]>([]);
  const fill = (found: StoredSource | null) => {
    if (!found) return setPrefilled([]);
    const patch: Partial<SourceValues> = {};
    const names: string[] = [];
    for (const [key, name] of STORED_DETAILS) {
      if (!source[key].trim() && found[key]) {
        patch[key] = found[key]!;
        names.push(name);
      }
    }
    setPrefilled(names);
    if (names.length) onPatch(patch);
  };
  const others = stored ? stored.usedBy - (stored.citedByPledge ? 1 : 0) : 0;
  return (
    <div className="grid gap-2 border-b border-line pb-3 sm:grid-cols-2" data-testid="source-row">
      <p className="text-sm font-medium sm:col-span-2">
        Source {i + 1}
        {stored && others > 0 && (
          <span className="ml-2 font-normal text-muted" data-testid="source-used-by">
            Used by {plural(stored.usedBy, 'pledge')} — a correction here is recorded on each of them.
          </span>
        )}
      </p>
      {COLUMNS.map(({ key, hint, wide }) => {
        const name = `sources.${i}.${key}`;
        const bind = {
          ...fieldProps(name, errors),
          value: source[key],
          onChange: (e: { target: { value: string } }) => onPatch({ [key]: e.target.value }),
        };
        return (
          <div key={key} className={wide ? 'sm:col-span-2' : undefined}>
            <Field name={name} label={sourceFieldLabel(i, key)} errors={errors} hint={hint}>
              {wide ? (
                <textarea {...bind} rows={2} />
              ) : (
                <input
                  {...bind}
                  onBlur={key === 'url' ? () => void lookUp(source.url).then(fill) : undefined}
                />
              )}
            </Field>
          </div>
        );
      })}
      {prefilled.length > 0 && (
        <p role="status" className="text-sm sm:col-span-2" data-testid="source-prefilled">
          Stored source: pre-filled {prefilled.join('/')} — correct them if wrong; a correction is recorded on
          every pledge citing it.
        </p>
      )}
      <FieldError name={`sources.${i}`} errors={errors} />
      {count > 1 && (
        <button
          type="button"
          className="justify-self-start text-sm text-red-700 underline"
          onClick={onRemove}
        >
          Remove source {i + 1}
        </button>
      )}
    </div>
  );
}

export function SourceFields({
  sources,
  errors,
  pledgeId,
  onChange,
}: {
  sources: SourceValues[];
  errors?: FieldErrors;
  pledgeId?: number;
  onChange: (next: SourceValues[]) => void;
}) {
  return (
    <fieldset className="space-y-3 rounded border border-line p-3">
      <legend className="px-1 text-sm font-semibold">Sources</legend>
      <input type="hidden" name="sourceCount" value={sources.length} />
      <FieldError name="sources" errors={errors} />
      {sources.map((s, i) => (
        <SourceRow
          // biome-ignore lint/suspicious/noArrayIndexKey: controlled rows named by position (sources.0.url), as the schema's errors are
          key={i}
          i={i}
          source={s}
          count={sources.length}
          pledgeId={pledgeId}
          errors={errors}
          onPatch={(patch) => onChange(sources.map((x, j) => (j === i ? { ...x, ...patch } : x)))}
          onRemove={() => onChange(sources.filter((_, j) => j !== i))}
        />
      ))}
      <button
        type="button"
        className="rounded border border-line px-3 py-1 text-sm"
        onClick={() => onChange([...sources, emptySource()])}
      >
        Add another source
      </button>
    </fieldset>
  );
}
