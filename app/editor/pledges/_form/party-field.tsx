'use client';
// Searchable party picker: the browser filters the known parties as the editor types; a name
// that matches none creates the party on save, with the kind chosen here.
import { Field, fieldProps } from '../../_lib/field';
import { PARTY_KINDS, PARTY_KIND_LABELS } from '@/lib/domain';
import { partyNameKey } from '@/lib/party-names';
import type { FieldErrors } from '@/lib/validation';
import { PLEDGE_LABELS } from '@/lib/pledge-labels';

export type PartyOption = { slug: string; name: string; kind: string };

/** The known party a typed name denotes, by the same identity the database uses (db/pledges/parties.ts). */
export function partyOf(parties: PartyOption[], name: string): PartyOption | undefined {
  const key = partyNameKey(name);
  return key === '' ? undefined : parties.find((p) => partyNameKey(p.name) === key);
}

export function PartyField({
  name,
  label,
  value,
  kind,
  parties,
  errors,
  onChange,
  onKindChange,
}: {
  name: 'donor' | 'recipient';
  label: string;
  value: string;
  kind: string;
  parties: PartyOption[];
  errors?: FieldErrors;
  onChange: (v: string) => void;
  onKindChange: (v: string) => void;
}) {
  const kindName = `${name}Kind` as const;
  const isNew = value.trim() !== '' && !partyOf(parties, value);
  return (
    <div className="space-y-2">
      <Field
        name={name}
        label={label}
        errors={errors}
        hint="Start typing to pick a known party; a new name creates one."
      >
        <input
          {...fieldProps(name, errors)}
          list={`${name}-options`}
          autoComplete="off"
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      </Field>
      <datalist id={`${name}-options`}>
        {parties.map((p) => (
          <option key={p.slug} value={p.name} />
        ))}
      </datalist>
      {isNew ? (
        <Field
          name={kindName}
          label={`${PLEDGE_LABELS[kindName]} (new party “${value.trim()}”)`}
          errors={errors}
        >
          <select
            {...fieldProps(kindName, errors)}
            value={kind || 'government'}
            onChange={(e) => onKindChange(e.target.value)}
          >
            {PARTY_KINDS.map((k) => (
              <option key={k} value={k}>
                {PARTY_KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </Field>
      ) : (
        <input type="hidden" name={kindName} value="" />
      )}
    </div>
  );
}
