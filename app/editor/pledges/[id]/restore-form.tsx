'use client';
// "Restore this version": one button per earlier version of the pledge's history. The restore is a
// new revision of its own; the versions in between stay in the history.
import { restoreVersionAction } from '../undo-actions';
import { FormMessage } from '../../_lib/field';
import { useFormAction } from '../../_lib/use-form-action';
import type { ActionState } from '../../_lib/action-state';

export type VersionChoice = { version: number; label: string };

export function RestoreForm({
  id,
  version,
  versions,
}: {
  id: number;
  version: number;
  versions: VersionChoice[];
}) {
  const { state, pending, formProps } = useFormAction<ActionState>(restoreVersionAction, {});
  if (versions.length === 0) return null;
  return (
    <form
      {...formProps}
      className="space-y-2 rounded border border-line p-3"
      noValidate
      data-testid="restore-form"
    >
      <h2 className="font-semibold">Restore an earlier version</h2>
      <p className="text-sm text-muted">
        Brings back every field as it stood then (sources stay as they are). The restore is recorded in the
        history.
      </p>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <FormMessage message={state.message} />
      {state.errors?.version && <p className="text-sm text-red-700">{state.errors.version.join('; ')}</p>}
      <ul className="space-y-1 text-sm">
        {versions.map((v) => (
          <li key={v.version} className="flex flex-wrap items-center gap-2">
            <span>{v.label}</span>
            <button
              type="submit"
              name="restoreVersion"
              value={v.version}
              disabled={pending}
              className="rounded border border-line px-2 py-0.5"
            >
              Restore version {v.version}
            </button>
          </li>
        ))}
      </ul>
    </form>
  );
}
