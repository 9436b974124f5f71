// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  // better-sqlite3 is a native addon: load it from node_modules at run time, never bundle it.
  serverExternalPackages: ['better-sqlite3'],
  poweredByHeader: false,
  reactStrictMode: true,
  // forbidden(): requireEditor() answers a request without an active editor session with a 403.
  experimental: { authInterrupts: true },
};

module.exports = nextConfig;
