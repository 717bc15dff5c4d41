/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  output: 'standalone',
  images: {
    remotePatterns: [
      { protocol: 'https', hostname: 'images.example-cdn.com' },
      { protocol: 'https', hostname: 'avatars.githubusercontent.com' },
    ],
  },
  async headers() {
    // existing headers config
  },
  async redirects() {
    return [
      { source: '/docs', destination: '/docs/getting-started', permanent: true },
      { source: '/blog/:slug(\\d{4}-.*)', destination: '/posts/:slug', permanent: true },
    ];
  },
  experimental: {
    typedRoutes: true,
  },
};

export default nextConfig;
