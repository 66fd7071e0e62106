const isProduction = process.env.NODE_ENV === 'production';

// Security headers (see README, section security). Pages and API routes get their Content-Security-Policy
// from proxy.ts, with a per-request script nonce; the paths the proxy skips (static files, image
// optimisation, uploads) get this fixed one, which allows no inline script at all.
const staticContentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' blob: data:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');
/** Where proxy.ts does not run (keep in step with its matcher). */
const outsideProxy = [
  '/_next/static/:path*',
  '/_next/image',
  '/favicon.ico',
  '/api/ping',
  '/api/admin/uploads',
  '/api/admin/uploads/:path*',
  '/api/catalogues',
  '/api/catalogues/:path*',
];

const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
  // Browsers ignore it over plain HTTP, so a LAN demo (INSECURE_COOKIES) is unaffected; behind HTTPS it pins HTTPS.
  ...(isProduction ? [{ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' }] : []),
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders },
      ...outsideProxy.map((source) => ({
        source,
        headers: [{ key: 'Content-Security-Policy', value: staticContentSecurityPolicy }],
      })),
    ];
  },
  // Native and wasm packages load at run time on the server instead of being bundled.
  serverExternalPackages: [
    '@electric-sql/pglite',
    'pglite-prisma-adapter',
    '@prisma/adapter-pg',
    'pg',
    'pg-copy-streams',
    '@tensorflow/tfjs-core',
    '@tensorflow/tfjs-layers',
    '@tensorflow/tfjs-backend-cpu',
    '@tensorflow/tfjs-backend-wasm',
    '@tensorflow/tfjs-node',
  ],
  poweredByHeader: false,
  // `npm run typecheck` (run first in CI) checks the whole project; the build need not repeat it.
  typescript: { ignoreBuildErrors: true },
};

export default nextConfig;
