// When an API token stops working: chosen at creation (Editor → Settings → New token, "Expires"),
// stored as an ISO timestamp in api_tokens.expires_at, or null for a token that lives until revoked.
import { z } from 'zod';

export const TOKEN_EXPIRY_CHOICES = [
  ['30', '30 days'],
  ['90', '90 days'],
  ['365', '1 year'],
  ['never', 'Never'],
  ['date', 'On a date'],
] as const;
export type TokenExpiryChoice = (typeof TOKEN_EXPIRY_CHOICES)[number][0];
/** What the form starts with: a token a script forgets about should not live for ever. */
export const DEFAULT_TOKEN_EXPIRY: TokenExpiryChoice = '90';

const DAY_MS = 86_400_000;
const choices = TOKEN_EXPIRY_CHOICES.map(([value]) => value) as [TokenExpiryChoice, ...TokenExpiryChoice[]];

/** The form's two fields → the expiry timestamp (null: never). Messages name the fields as labelled. */
export function tokenExpirySchema(now = new Date()) {
  return z
    .object({
      // Left out (a client that predates the field): the form's own default.
      expires: z.preprocess(
        (v) => (v === '' || v == null ? DEFAULT_TOKEN_EXPIRY : v),
        z.enum(choices, {
          error: `Expires must be one of ${TOKEN_EXPIRY_CHOICES.map(([, label]) => label).join(', ')}`,
        }),
      ),
      expiresOn: z.string().trim().optional().default(''),
    })
    .superRefine((value, ctx) => {
      if (value.expires !== 'date') return;
      const day = /^\d{4}-\d{2}-\d{2}$/.test(value.expiresOn)
        ? Date.parse(`${value.expiresOn}T00:00:00Z`)
        : NaN;
      if (Number.isNaN(day))
        ctx.addIssue({
          code: 'custom',
          path: ['expiresOn'],
          message: 'Expiry date is required as a date such as 2026-12-31 when Expires is "On a date"',
        });
      else if (day + DAY_MS <= now.getTime())
        ctx.addIssue({ code: 'custom', path: ['expiresOn'], message: 'Expiry date must be today or later' });
    })
    .transform(({ expires, expiresOn }): string | null => {
      if (expires === 'never') return null;
      // A date means "until the end of that day" (UTC, like every timestamp the editor shows).
      if (expires === 'date')
        return new Date(Date.parse(`${expiresOn}T00:00:00Z`) + DAY_MS - 1).toISOString();
      return new Date(now.getTime() + Number(expires) * DAY_MS).toISOString();
    });
}

export type TokenState = 'active' | 'expired' | 'revoked';

export function tokenState(
  token: { revokedAt: string | null; expiresAt: string | null },
  now = new Date(),
): TokenState {
  if (token.revokedAt) return 'revoked';
  return token.expiresAt && token.expiresAt <= now.toISOString() ? 'expired' : 'active';
}
