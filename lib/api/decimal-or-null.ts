// An amount the API may not have (an unquantified pledge, a reported total without a figure) as an
// exact decimal in major units; the presenters in lib/api/present.ts and lib/api/present-totals.ts share it.
import { minorToDecimal } from '../money';

export const decimalOrNull = (value: number | null, currency: string | null) =>
  value == null || !currency ? null : minorToDecimal(value, currency);
