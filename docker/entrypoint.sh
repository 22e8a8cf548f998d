#!/bin/sh
# Starts the app container: applies pending migrations (`prisma migrate deploy`: a no-op when the
# database is up to date; instances starting together queue on Prisma's advisory lock, so only one
# applies them), then replaces this shell with the server so it receives the stop signal itself.
# SKIP_MIGRATIONS=1 skips the first step (when a release job migrates instead). APP_DIR (default
# /app, the image's layout) lets the same script run a copy of that layout outside Docker.
set -eu
app_dir="${APP_DIR:-/app}"

if [ "${DATABASE_URL:-}" = "" ]; then
  echo "DATABASE_URL is not set: see .env.example." >&2
  exit 1
fi

if [ "${SKIP_MIGRATIONS:-0}" != "1" ]; then
  echo "Applying database migrations…"
  (cd "$app_dir/migrate" && node node_modules/prisma/build/index.js migrate deploy)
fi

exec node "$app_dir/scripts/serve.mjs"
