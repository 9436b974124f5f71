// next-auth's credentials authorize() and callbacks as auth.ts configures them, called directly.
import { authOptions } from '../../auth';

export type Authorize = (
  credentials: Record<string, string>,
  req: { headers: Record<string, string> },
) => Promise<{ id: string; role: string; updatedAt: string } | null>;

export const authorize = (authOptions.providers[0] as unknown as { options: { authorize: Authorize } })
  .options.authorize;

// The client wrote the first entry; the proxy in front appended the address it saw.
export const from = (address: string) => ({ headers: { 'x-forwarded-for': `10.0.0.1, ${address}` } });
