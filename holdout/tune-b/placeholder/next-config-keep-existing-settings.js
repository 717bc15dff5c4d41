/** @type {import('next').NextConfig} */
const nextConfig = {
  // keep your existing settings
  images: {
    remotePatterns: [
      { protocol: "https", hostname: "images.example-cdn.com" },
    ],
  },
  async redirects() {
    return [{ source: "/blog/:slug", destination: "/posts/:slug", permanent: true }];
  },
};

module.exports = nextConfig;
