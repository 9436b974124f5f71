// The server's configuration, read from the environment in this one place and checked, so a bad
// value stops `npm start` with one line naming the variable instead of surfacing later as a strange
// failure. Every variable is optional: `npm install && npm start` needs none of them.
// DATABASE_URL is read on each call (db/config.ts turns it into a file path); the rest once per process.
import { z } from 'zod';

const got = (name: string, what: string) => ({
  error: (issue: { input?: unknown }) =>
    `${name} must be ${what} (got "${String(issue.input).slice(0, 80)}")`,
});

const schema = z.object({
  NEXTAUTH_URL: z
    .url({
      protocol: /^https?$/,
      ...got('NEXTAUTH_URL', "the site's address, such as https://aid.example.org"),
    })
    .optional(),
  AUTH_SECRET: z.string().min(32, 'AUTH_SECRET must be at least 32 characters').optional(),
  NEXTAUTH_SECRET: z.string().min(32, 'NEXTAUTH_SECRET must be at least 32 characters').optional(),
  TRUST_PROXY: z
    .enum(['0', '1'], got('TRUST_PROXY', '1 (behind a proxy that appends X-Forwarded-For) or 0'))
    .optional(),
  PORT: z
    .string()
    .refine((p) => /^\d{1,5}$/.test(p) && Number(p) >= 1 && Number(p) <= 65535, got('PORT', 'a port number'))
    .optional(),
  HOST: z.string().optional(),
  SHARED_CACHE_SECONDS: z
    .string()
    .refine(
      (v) => /^\d{1,5}$/.test(v) && Number(v) >= 1 && Number(v) <= 86_400,
      got('SHARED_CACHE_SECONDS', 'a whole number of seconds from 1 to 86400'),
    )
    .optional(),
  NODE_ENV: z.string().optional(),
});

export type ServerConfig = {
  /** The site's public address (NEXTAUTH_URL), when set: origins, redirects and cookies go by it. */
  siteUrl: string | undefined;
  /** The secret that signs session cookies (AUTH_SECRET, or next-auth's own NEXTAUTH_SECRET). */
  authSecret: string | undefined;
  /** Read the client's address from the right-most X-Forwarded-For entry (lib/client-address.ts). */
  trustProxy: boolean;
  port: number;
  /** The interface to bind; all of them when unset. */
  host: string | undefined;
  /**
   * How long a shared cache (nginx, a CDN) may serve a public page or API answer without asking
   * again: the s-maxage of lib/api/http-cache.ts, 60 s unless SHARED_CACHE_SECONDS says otherwise.
   */
  sharedCacheSeconds: number;
  dev: boolean;
};

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Checks `env`; throws ConfigError naming every bad variable. Empty values count as unset. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const present = Object.fromEntries(
    Object.keys(schema.shape).map((k) => [k, env[k] === '' ? undefined : env[k]]),
  );
  const parsed = schema.safeParse(present);
  if (!parsed.success) throw new ConfigError(parsed.error.issues.map((i) => i.message).join('; '));
  const v = parsed.data;
  return {
    siteUrl: v.NEXTAUTH_URL,
    authSecret: v.AUTH_SECRET ?? v.NEXTAUTH_SECRET,
    trustProxy: v.TRUST_PROXY === '1',
    port: Number(v.PORT ?? 3000),
    host: v.HOST,
    sharedCacheSeconds: Number(v.SHARED_CACHE_SECONDS ?? 60),
    dev: v.NODE_ENV === 'development',
  };
}

let cached: ServerConfig | null = null;
/** This process's configuration, checked on first use. */
export function serverConfig(): ServerConfig {
  return (cached ??= readConfig());
}

/** DATABASE_URL as it is now (tests point a process at one temporary database after another). */
export const databaseUrlSetting = (): string | undefined => process.env.DATABASE_URL || undefined;
