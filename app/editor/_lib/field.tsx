// A labelled input with its own error beneath it (aria-describedby ties the two together).
import type { FieldErrors } from '@/lib/validation';

export function FieldError({ name, errors }: { name: string; errors?: FieldErrors }) {
  const messages = errors?.[name];
  if (!messages?.length) return null;
  return (
    <p id={`${name}-error`} className="mt-1 text-sm text-red-700" data-field-error={name}>
      {messages.join('; ')}
    </p>
  );
}

export function Field({
  name,
  label,
  errors,
  hint,
  children,
}: {
  name: string;
  label: string;
  errors?: FieldErrors;
  hint?: string;
  children: React.ReactNode;
}) {
  return (
    <div>
      <label htmlFor={name} className="block text-sm font-medium">
        {label}
      </label>
      {children}
      {hint && <p className="mt-1 text-xs text-muted">{hint}</p>}
      <FieldError name={name} errors={errors} />
    </div>
  );
}

/** Props that wire an input to its label and error. */
export function fieldProps(name: string, errors?: FieldErrors) {
  const bad = !!errors?.[name]?.length;
  return {
    id: name,
    name,
    'aria-invalid': bad || undefined,
    'aria-describedby': bad ? `${name}-error` : undefined,
    className: `mt-1 w-full rounded border px-2 py-1 ${bad ? 'border-red-700' : 'border-line'}`,
  };
}

export function FormMessage({ message, ok }: { message?: string; ok?: boolean }) {
  if (!message) return null;
  return (
    <p
      role={ok ? 'status' : 'alert'}
      className={`rounded border p-2 text-sm ${ok ? 'border-green-700 bg-green-50' : 'border-red-700 bg-red-50 text-red-900'}`}
    >
      {message}
    </p>
  );
}
