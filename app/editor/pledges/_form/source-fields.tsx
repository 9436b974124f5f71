'use client';
// One or more sources, each with the sentence that supports the figure.
import { Field, FieldError, fieldProps } from '../../_lib/field';
import { emptySource, type SourceValues } from '@/lib/pledge-form';
import type { FieldErrors } from '@/lib/validation';
import { sourceFieldLabel } from '@/lib/pledge-labels';

// Labels come from lib/pledge-labels.ts, which the schema's messages use too.
const COLUMNS: { key: keyof SourceValues; hint?: string; wide?: boolean }[] = [
  { key: 'url', hint: 'Leave empty for a printed source.' },
  { key: 'publisher' },
  { key: 'title' },
  { key: 'publishedOn', hint: 'YYYY-MM-DD' },
  { key: 'quote', wide: true },
];

export function SourceFields({ sources, errors, onChange }: {
  sources: SourceValues[]; errors?: FieldErrors; onChange: (next: SourceValues[]) => void;
}) {
  const update = (i: number, key: keyof SourceValues, value: string) =>
    onChange(sources.map((s, j) => (j === i ? { ...s, [key]: value } : s)));
  return (
    <fieldset className="space-y-3 rounded border border-line p-3">
      <legend className="px-1 text-sm font-semibold">Sources</legend>
      <input type="hidden" name="sourceCount" value={sources.length} />
      <FieldError name="sources" errors={errors} />
      {sources.map((s, i) => (
        <div key={i} className="grid gap-2 border-b border-line pb-3 sm:grid-cols-2" data-testid="source-row">
          <p className="text-sm font-medium sm:col-span-2">Source {i + 1}</p>
          {COLUMNS.map(({ key, hint, wide }) => {
            const name = `sources.${i}.${key}`;
            return (
              <div key={key} className={wide ? 'sm:col-span-2' : undefined}>
                <Field name={name} label={sourceFieldLabel(i, key)} errors={errors} hint={hint}>
                  {wide
                    ? <textarea {...fieldProps(name, errors)} rows={2} value={s[key]} onChange={(e) => update(i, key, e.target.value)} />
                    : <input {...fieldProps(name, errors)} value={s[key]} onChange={(e) => update(i, key, e.target.value)} />}
                </Field>
              </div>
            );
          })}
          <FieldError name={`sources.${i}`} errors={errors} />
          {sources.length > 1 && (
            <button type="button" className="justify-self-start text-sm text-red-700 underline" onClick={() => onChange(sources.filter((_, j) => j !== i))}>
              Remove source {i + 1}
            </button>
          )}
        </div>
      ))}
      <button type="button" className="rounded border border-line px-3 py-1 text-sm" onClick={() => onChange([...sources, emptySource()])}>
        Add another source
      </button>
    </fieldset>
  );
}
