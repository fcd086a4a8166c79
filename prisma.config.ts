// Used only by the Prisma CLI (`prisma generate`). The service and its migration runner
// (db/migrate.ts) connect through driver adapters and never read this file.
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'db/schema.prisma',
  migrations: { path: 'db/migrations' },
});
