// The one-time code that opens /setup. `npm start` prints it on the server's console while no
// account exists, so the first visitor of a server listening on every interface cannot make
// themselves admin. Only its sha256 is stored, in meta, one row per start: every server process
// on the database keeps accepting the code it printed. Creating the first admin deletes them all.
import crypto from 'node:crypto';
import { eq, like } from 'drizzle-orm';
import { one, read, writeTransaction, type Tx } from '../connection';
import { meta } from '../tables';

const KEY_PREFIX = 'setup_code:';
/** No 0/O or 1/I/L: the code is read off a console and typed. */
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const GROUPS = 3;
const GROUP_LENGTH = 4;

const keyOf = (code: string) =>
  `${KEY_PREFIX}${crypto.createHash('sha256').update(normalise(code)).digest('hex')}`;

/** What a person may type: lower case, spaces and dashes anywhere are the same code. */
function normalise(code: string): string {
  return code.toUpperCase().replace(/[\s-]+/g, '');
}

/** Makes and stores a new code (12 characters, ~59 bits), returned only this once for printing. */
export async function issueSetupCode(): Promise<string> {
  const chars = Array.from(
    { length: GROUPS * GROUP_LENGTH },
    () => ALPHABET[crypto.randomInt(ALPHABET.length)],
  );
  const code = Array.from({ length: GROUPS }, (_, g) =>
    chars.slice(g * GROUP_LENGTH, (g + 1) * GROUP_LENGTH).join(''),
  ).join('-');
  await writeTransaction(
    async (tx) => {
      await tx.insert(meta).values({ key: keyOf(code), value: new Date().toISOString() });
    },
    { touchesData: false },
  );
  return code;
}

/** Whether `code` is one a server printed (and no account has been created since). */
export function isSetupCode(code: string): Promise<boolean> {
  return read((db) => setupCodeIn(db, code));
}

/** isSetupCode inside the first admin's transaction, where it is checked again. */
export async function setupCodeIn(db: Tx, code: string): Promise<boolean> {
  if (!normalise(code) || code.length > 100) return false;
  return !!(await one(
    db
      .select({ key: meta.key })
      .from(meta)
      .where(eq(meta.key, keyOf(code))),
  ));
}

/** Inside the first admin's transaction: no printed code works again. */
export async function retireSetupCodes(tx: Tx): Promise<void> {
  // LIKE is case-sensitive on PostgreSQL and not on SQLite; the prefix has one case, so both match the same keys.
  await tx.delete(meta).where(like(meta.key, `${KEY_PREFIX}%`));
}
