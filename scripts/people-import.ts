/**
 * npm run people:import -- FILE.csv   imports or updates (by phone number) the key-people register.
 * All or nothing: any bad row is reported by its line number and nothing is written. Uses DATABASE_URL /
 * DATA_DIR and COMMUNITIES_FILE like the service (with the embedded database, stop the service first).
 * The planner picks new people up on its next run (hourly).
 */
import { readFileSync } from 'node:fs';
import { openDatabase } from '../db/database';
import { PrismaKeyPeopleRepository } from '../db/key-people.repository';
import { KeyPeopleRegister } from '../domains/key-people';
import { loadCommunityDirectory } from '../domains/tickets';
import { gradingData } from '../knowledge/key-people/grading';
import { systemClock } from '../core/clock';
import { loadConfig } from '../server/config';

async function main(): Promise<number> {
  const file = process.argv[2];
  if (!file) {
    console.error('usage: npm run people:import -- FILE.csv');
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    console.error(`cannot read ${file}: ${(err as Error).message}`);
    return 2;
  }
  const config = loadConfig(process.env);
  const communities = loadCommunityDirectory(config.communitiesFile);
  const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    const register = new KeyPeopleRegister({
      repository: new PrismaKeyPeopleRepository(db.prisma),
      communities,
      grading: gradingData,
      clock: systemClock,
    });
    const result = await register.importCsv(text, 'import');
    if (!result.ok) {
      for (const e of result.errors) console.error(`${file}: ${e}`);
      console.error(
        `${file}: nothing imported (${result.errors.length} problem${result.errors.length === 1 ? '' : 's'})`,
      );
      return 1;
    }
    console.log(`${file}: ${result.created} added, ${result.updated} updated`);
    return 0;
  } finally {
    await db.close();
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error((err as Error).message);
    process.exit(1);
  },
);
