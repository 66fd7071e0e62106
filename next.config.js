/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native and wasm packages load at run time on the server instead of being bundled.
  serverExternalPackages: [
    '@electric-sql/pglite',
    'pglite-prisma-adapter',
    '@prisma/adapter-pg',
    'pg',
    'pg-copy-streams',
    '@tensorflow/tfjs',
    '@tensorflow/tfjs-backend-wasm',
    '@tensorflow/tfjs-node',
  ],
  poweredByHeader: false,
};

export default nextConfig;
