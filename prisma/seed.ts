// Demo data for `npm run demo` (run by `prisma db seed`). Builds on the same factories as the
// tests. Seeds only an empty database, so a restart never duplicates or overwrites user data.
import { createPrismaClient } from "@/lib/prisma-client";
import { seedDemoData } from "@/prisma/demo/seed";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("DATABASE_URL is not set: nothing to seed.");
  process.exit(1);
}

const db = createPrismaClient(url, 2);
try {
  const seeded = await seedDemoData(db);
  console.log(seeded ? "Demo data seeded." : "The database already holds data: demo seed skipped.");
} finally {
  await db.$disconnect();
}
