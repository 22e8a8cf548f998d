import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

// Locale comes from a cookie (or the user's saved preference), not from the URL: the app is
// internal and every page exists in both languages. See docs/decisions/004-i18n.md.
const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

// Behind a reverse proxy that rewrites the Host header, server actions must know the public origin(s).
const allowedOrigins = process.env.SERVER_ACTIONS_ALLOWED_ORIGINS?.split(",")
  .map((origin) => origin.trim())
  .filter(Boolean);

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
  ...(process.env.NODE_ENV === "production"
    ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }]
    : []),
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // .next/standalone: a server.js with only the files it needs, for the Docker image (Dockerfile)
  // and any host without the repository. `next start` keeps working on the same build.
  output: "standalone",
  // Nothing uses next/image: its optimizer (/_next/image) would only be a way in (it answered a
  // crafted url with a 500).
  images: { unoptimized: true },
  // forbidden() renders app/forbidden.tsx with a 403 status.
  experimental: {
    authInterrupts: true,
    ...(allowedOrigins?.length ? { serverActions: { allowedOrigins } } : {}),
  },
  // Server-only packages: bundling gains nothing, and pdfkit reads its font files from its own folder.
  serverExternalPackages: ["@prisma/adapter-pg", "pg", "pdfkit"],
  // The briefing book reads its fonts from node_modules at run time (lib/missions/briefing-book/fonts.ts):
  // the standalone build copies the regular and bold files it uses (23 MB), not the packages' other weights (+90 MB).
  outputFileTracingIncludes: {
    "/missions/*/briefing-book": ["./node_modules/@expo-google-fonts/noto-sans*/{400Regular,700Bold}/*.ttf"],
  },
  outputFileTracingExcludes: {
    "/missions/*/briefing-book": [
      "./node_modules/@expo-google-fonts/*/{100Thin,200ExtraLight,300Light,500Medium,600SemiBold,800ExtraBold,900Black}*/**",
      "./node_modules/@expo-google-fonts/*/*_Italic/**",
      "./node_modules/@expo-google-fonts/**/*.png",
    ],
  },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: securityHeaders,
      },
    ];
  },
};

export default withNextIntl(nextConfig);
