import type { NextConfig } from 'next';
import { UPLOAD_BODY_BYTES } from './lib/limits';

/** Sent with every response; the per-request Content-Security-Policy is added by proxy.ts. */
const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
];

const nextConfig: NextConfig = {
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
    // The CSV upload is the largest body any action takes (lib/limits.ts); proxy.ts holds every
    // other action to its own, smaller limit before Next reads the body.
    serverActions: { bodySizeLimit: UPLOAD_BODY_BYTES },
    // proxy.ts buffers request bodies up to this size (default 10 MB).
    proxyClientMaxBodySize: UPLOAD_BODY_BYTES,
  },
};

export default nextConfig;
