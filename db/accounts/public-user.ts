// An account as it leaves this folder: its row without the password hash, and the bcrypt cost every
// stored password is hashed at (db/accounts/users.ts, db/accounts/passwords.ts).
import type { User } from '../tables';

export const BCRYPT_COST = 11;

export type PublicUser = Omit<User, 'passwordHash'>;
export const strip = ({ passwordHash: _h, ...rest }: User): PublicUser => rest;
