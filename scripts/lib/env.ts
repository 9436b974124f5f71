// Start-up environment: the auth secret (generated once and kept under data/), NEXTAUTH_URL, and
// the allocator setting the export threads want.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { databaseUrlSetting, readConfig } from '../../lib/env';
import { isPostgresUrl } from '../../db/engine';
import { PRIVATE_DIR_MODE } from '../../db/config';

export class MissingSecretError extends Error {
  override name = 'MissingSecretError';
}

/**
 * The secret that signs session cookies. On SQLite, one generated on first start and kept beside the
 * database serves (one machine). On PostgreSQL several servers share the database and must share the
 * secret too — a secret generated per host would sign each server's cookies differently — so it must
 * be given.
 */
export function ensureAuthSecret(dataDir = path.join(process.cwd(), 'data')): string {
  const given = readConfig().authSecret;
  if (given) return given;
  if (isPostgresUrl(databaseUrlSetting())) {
    throw new MissingSecretError(
      'AUTH_SECRET must be set on PostgreSQL (at least 32 characters, the same on every server): openssl rand -base64 32',
    );
  }
  const file = path.join(dataDir, 'auth-secret');
  if (fs.existsSync(file)) {
    const kept = fs.readFileSync(file, 'utf8').trim();
    if (kept.length >= 32) return kept;
  }
  fs.mkdirSync(dataDir, { recursive: true, mode: PRIVATE_DIR_MODE });
  const secret = crypto.randomBytes(32).toString('base64url');
  fs.writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

export function serverEnv(port: number): NodeJS.ProcessEnv {
  const secret = ensureAuthSecret();
  return {
    ...process.env,
    AUTH_SECRET: secret,
    NEXTAUTH_SECRET: secret,
    NEXTAUTH_URL: readConfig().siteUrl || `http://localhost:${port}`,
    NEXT_TELEMETRY_DISABLED: '1',
    // glibc gives every thread its own malloc arena and keeps what is freed in it: with the two
    // export threads that made a first large download grow the server's memory for good. Two
    // arenas are enough for three busy threads, at the same speed (docs/performance.md). Other C
    // libraries ignore the variable.
    MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX || '2',
  };
}
