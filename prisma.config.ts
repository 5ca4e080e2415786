// Prisma CLI configuration. The runtime never reads this file: the app builds its own
// driver adapter from DATABASE_URL (src/store/client.ts).
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'file:./data/samverkan.db' },
});
