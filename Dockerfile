# The app as one image: Next's standalone server plus what `prisma migrate deploy` needs, run as
# a non-root user. docker/entrypoint.sh applies pending migrations, then serves on $PORT (3000).
# Build: docker build --build-arg NEXT_SERVER_ACTIONS_ENCRYPTION_KEY=… -t international-missions .
# Run:   docker compose up (compose.yaml), or see README.md, "Deploying".

ARG NODE_IMAGE=node:20-slim

# --- dependencies, exactly as locked (postinstall runs `prisma generate`: it needs the schema) ---
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY package.json package-lock.json prisma.config.ts ./
COPY prisma ./prisma
RUN npm ci --no-audit --no-fund

# --- the production build (.next/standalone) ---
FROM deps AS build
# Server actions: the same key for every image you build, so instances of two builds (a rolling
# deployment) accept each other's forms. Generate one with `openssl rand -base64 32`.
ARG NEXT_SERVER_ACTIONS_ENCRYPTION_KEY
# Public origin(s) behind a proxy that rewrites Host (read at build time; see .env.example).
ARG SERVER_ACTIONS_ALLOWED_ORIGINS
ENV NEXT_SERVER_ACTIONS_ENCRYPTION_KEY=${NEXT_SERVER_ACTIONS_ENCRYPTION_KEY} \
    SERVER_ACTIONS_ALLOWED_ORIGINS=${SERVER_ACTIONS_ALLOWED_ORIGINS}
COPY . .
RUN npm run build

# --- the migration tool alone: the Prisma CLI, its WebAssembly engine and the pg driver, at the
# exact versions package.json pins (the app's standalone output does not carry the CLI) ---
FROM ${NODE_IMAGE} AS migrate-deps
WORKDIR /migrate
COPY package.json /app/package.json
RUN node -e ' \
  const { dependencies } = require("/app/package.json"); \
  const names = ["prisma", "@prisma/schema-engine-wasm", "@prisma/adapter-pg", "@prisma/driver-adapter-utils", "pg"]; \
  const pinned = Object.fromEntries(names.map((name) => [name, dependencies[name]])); \
  require("fs").writeFileSync("package.json", JSON.stringify({ name: "migrate", private: true, type: "module", dependencies: pinned }));' \
 && npm install --omit=dev --ignore-scripts --no-audit --no-fund

# --- what runs ---
FROM ${NODE_IMAGE} AS runtime
WORKDIR /app
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    PORT=3000 \
    HOSTNAME=0.0.0.0 \
    WEB_CONCURRENCY=1 \
    CHECKPOINT_DISABLE=1
COPY --from=build --chown=node:node /app/.next/standalone ./
COPY --from=build --chown=node:node /app/.next/static ./.next/static
# The server entry: it decides each client's address (TRUSTED_PROXIES) before Next.js sees the
# request; the generated server.js refuses to start in its place (instrumentation.ts).
COPY --from=build --chown=node:node /app/scripts/serve.mjs /app/scripts/client-address.mjs ./scripts/
COPY --from=migrate-deps --chown=node:node /migrate/package.json ./migrate/package.json
COPY --from=migrate-deps --chown=node:node /migrate/node_modules ./migrate/node_modules
COPY --from=build --chown=node:node /app/prisma.config.ts ./migrate/prisma.config.ts
COPY --from=build --chown=node:node /app/prisma/schema.prisma ./migrate/prisma/schema.prisma
COPY --from=build --chown=node:node /app/prisma/migrations ./migrate/prisma/migrations
COPY --from=build --chown=node:node /app/prisma/engine ./migrate/prisma/engine
COPY --chmod=755 docker/entrypoint.sh /usr/local/bin/entrypoint.sh
# The official image's unprivileged user (uid 1000): the app needs no root, and owns only /app.
USER node
EXPOSE 3000
# 200 when the app reaches its database (app/api/health/route.ts); node's fetch, no curl in the image.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
ENTRYPOINT ["/usr/local/bin/entrypoint.sh"]
