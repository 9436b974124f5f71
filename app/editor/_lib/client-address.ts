import 'server-only';
import { headers } from 'next/headers';
import { requestAddress } from '@/lib/client-address';

/** The address this request came from, as the audit log records it (lib/client-address.ts has the rule). */
export async function clientAddress(): Promise<string> {
  const asked = await headers();
  return requestAddress((name) => asked.get(name));
}
