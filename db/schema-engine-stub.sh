#!/bin/sh
# Stand-in for the native schema engine, which cannot be downloaded offline.
# `prisma generate` does not need it; migrations run through the WebAssembly engine (db/migrate.ts).
echo "native schema engine unavailable: use npm run db:migrate" >&2
exit 1
