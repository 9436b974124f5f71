// @ts-check

/** Sent with every response; the per-request Content-Security-Policy is added by proxy.ts. */
const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  // better-sqlite3 is a native addon: load it from node_modules at run time, never bundle it.
  serverExternalPackages: ['better-sqlite3'],
  poweredByHeader: false,
  reactStrictMode: true,
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders }];
  },
  experimental: {
    // forbidden(): requireEditor() answers a request without an active editor session with a 403.
    authInterrupts: true,
    // CSV uploads at /editor/import: 50 MB (app/editor/import/limits.ts) plus room for the
    // multipart framing, so a file just over the limit reaches the action's clear message.
    serverActions: { bodySizeLimit: '52mb' },
    // proxy.ts runs on /editor/*; it buffers request bodies up to this size (default 10 MB).
    proxyClientMaxBodySize: '52mb',
  },
};

module.exports = nextConfig;
