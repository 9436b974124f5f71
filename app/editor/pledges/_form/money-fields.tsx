'use client';
// Amount as people write it, its currency, and the US-dollar figure it will be stored with,
// computed live from the monthly rate saving would use (or the rate the editor enters).
import { useEffect, useState } from 'react';
import { Field, fieldProps } from '../../_lib/field';
import { formatMoney, isKnownCurrency, parseAmount } from '@/lib/money';
import { toUsdMinor } from '@/lib/fx';
import type { FieldErrors } from '@/lib/validation';
import { PLEDGE_LABELS as L } from '@/lib/pledge-labels';

type Rate = { rate: number | null; month: string | null; source: string | null };

function useRate(currency: string, date: string): Rate | null {
  const [rate, setRate] = useState<Rate | null>(null);
  useEffect(() => {
    if (!isKnownCurrency(currency)) {
      setRate(null);
      return;
    }
    const controller = new AbortController();
    fetch(`/editor/fx?currency=${currency}&date=${date}`, { signal: controller.signal })
      .then((r) => (r.ok ? r.json() : null))
      .then(setRate)
      .catch(() => {});
    return () => controller.abort();
  }, [currency, date]);
  return rate;
}

export function MoneyFields({
  amount,
  currency,
  fxRate,
  date,
  errors,
  onChange,
}: {
  amount: string;
  currency: string;
  fxRate: string;
  date: string;
  errors?: FieldErrors;
  onChange: (field: 'amount' | 'currency' | 'fxRate', value: string) => void;
}) {
  const code = currency.trim().toUpperCase();
  const table = useRate(code, date);
  const parsed = amount.trim() && isKnownCurrency(code) ? parseAmount(amount, code) : null;
  const override = fxRate.trim() ? Number(fxRate.replace(/,/g, '')) : null;
  const rate = code === 'USD' ? 1 : override && override > 0 ? override : (table?.rate ?? null);
  let preview = 'Enter an amount to see it in US dollars.';
  if (parsed && !parsed.ok) preview = `The amount ${parsed.message}.`;
  else if (parsed?.ok && rate) {
    const basis =
      code === 'USD'
        ? 'no conversion needed'
        : override
          ? `at your rate of ${rate} ${code} per US dollar`
          : `at ${rate} ${code} per US dollar, rate of ${table?.month} — ${table?.source}`;
    preview = `≈ ${formatMoney(toUsdMinor(parsed.minor, code, rate), 'USD')} (${basis})`;
  } else if (parsed?.ok)
    preview = `No monthly rate for ${code} at this date: enter the rate the source implies.`;
  return (
    <fieldset className="grid gap-3 rounded border border-line p-3 sm:grid-cols-3">
      <legend className="px-1 text-sm font-semibold">{L.amount}</legend>
      <Field
        name="amount"
        label={L.amount}
        errors={errors}
        hint="As written: 37,000,000 or 37000000. Empty for unquantified in-kind aid."
      >
        <input
          {...fieldProps('amount', errors)}
          inputMode="decimal"
          value={amount}
          onChange={(e) => onChange('amount', e.target.value)}
        />
      </Field>
      <Field name="currency" label={L.currency} errors={errors} hint="ISO 4217 code, e.g. USD, EUR, JPY.">
        <input
          {...fieldProps('currency', errors)}
          maxLength={3}
          value={currency}
          onChange={(e) => onChange('currency', e.target.value.toUpperCase())}
        />
      </Field>
      <Field
        name="fxRate"
        label={L.fxRate}
        errors={errors}
        hint="Units per US dollar, only when the source states both amounts."
      >
        <input
          {...fieldProps('fxRate', errors)}
          inputMode="decimal"
          value={fxRate}
          disabled={code === 'USD'}
          onChange={(e) => onChange('fxRate', e.target.value)}
        />
      </Field>
      <p className="text-sm sm:col-span-3" data-testid="fx-preview" aria-live="polite">
        {preview}
      </p>
    </fieldset>
  );
}
