/**
 * The key person behind a number is read on every phone turn (their known facts) and kept in memory on
 * each instance (db/key-people.repository.ts): a person registered, edited or renumbered on one instance,
 * or changed by hand in the database, is what the next turn on the other instance reads. So is the 65+
 * flag callers carry from the register (db/caller.repository.ts).
 */
import { CachedCallerRepository, PrismaCallerRepository } from '../../db/caller.repository';
import { openDatabase, type Database } from '../../db/database';
import { CachedPeopleByPhone, PrismaKeyPeopleRepository } from '../../db/key-people.repository';
import type { KeyPersonWrite } from '../../conversation/key-people.port';
import { postgresAvailable, startPostgres, type PostgresServer } from '../../harness/postgres';
import { waitFor } from '../../harness/wait';

const requirePg = process.env.CI === 'true' || process.env.REQUIRE_POSTGRES === '1';
const describePg = postgresAvailable() || requirePg ? describe : describe.skip;

const change = () => ({ actor: 'staff:test', at: new Date() });

function person(phone: string, age: number): KeyPersonWrite {
  return {
    name: '王阿姨',
    phone,
    communityId: 'xiyi',
    street: '西湖街道',
    district: '西湖区',
    age,
    conditions: [],
    diseaseUnstable: false,
    pregnant: false,
    livesAlone: false,
    vaccinated: null,
    channel: 'sms',
    contactTimes: [],
    optedOut: false,
    familyPhone: null,
    familyName: null,
    notes: '',
    grade: 'green',
    gradeSource: 'rule',
    gradeReason: 'test',
  };
}

describePg('key people kept in memory, two instances on PostgreSQL', () => {
  let pg: PostgresServer;
  let a: Database;
  let b: Database;

  beforeAll(async () => {
    pg = await startPostgres();
    const url = pg.createDatabase('hotline_people_cache');
    a = await openDatabase({ databaseUrl: url, dataDir: 'unused' });
    b = await openDatabase({ databaseUrl: url, dataDir: 'unused' });
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    pg?.stop();
  });

  it('reads on one instance who was registered, edited and renumbered on the other', async () => {
    const onA = new CachedPeopleByPhone(new PrismaKeyPeopleRepository(a.prisma), a.changes);
    const register = new PrismaKeyPeopleRepository(b.prisma);
    const phone = '+8613900001111';
    // Nobody at this number, remembered on A once its feed is listening.
    await waitFor(async () => {
      await onA.findByPhone(phone);
      return onA.cache.has(phone);
    }, 'A to keep the number');
    expect(await onA.findByPhone(phone)).toBeNull();

    const created = await register.create(person(phone, 70), change());
    await waitFor(async () => (await onA.findByPhone(phone))?.age === 70, 'A to hear of the registration');

    await register.update(created.id, { ...person(phone, 71), pregnant: false }, change());
    await waitFor(async () => (await onA.findByPhone(phone))?.age === 71, 'A to hear of the edit');

    // A new number: the old one reaches nobody any more, the new one reaches them.
    const renumbered = '+8613900002222';
    await onA.findByPhone(renumbered);
    await register.update(created.id, person(renumbered, 71), change());
    await waitFor(async () => (await onA.findByPhone(phone)) === null, 'A to forget the old number');
    await waitFor(async () => (await onA.findByPhone(renumbered))?.id === created.id, 'A to find the new number');

    await b.prisma.keyPerson.update({ where: { id: created.id }, data: { age: 80 } });
    await waitFor(async () => (await onA.findByPhone(renumbered))?.age === 80, 'A to hear of the change by hand');
  });

  it('forgets at once on the instance that wrote, before the announcement arrives', async () => {
    const register: PrismaKeyPeopleRepository = new PrismaKeyPeopleRepository(a.prisma, () => people.forgetAll());
    const people = new CachedPeopleByPhone(register, a.changes);
    const phone = '+8613900003333';
    await waitFor(async () => {
      await people.findByPhone(phone);
      return people.cache.has(phone);
    }, 'the number to be kept');
    await register.create(person(phone, 66), change());
    expect((await people.findByPhone(phone))?.age).toBe(66);
  });

  it("gives a caller the register's 65+ flag as soon as they are registered elsewhere", async () => {
    const callers = new CachedCallerRepository(new PrismaCallerRepository(a.prisma), a.changes);
    const phone = '+8613900004444';
    await waitFor(async () => {
      await callers.find(phone);
      return callers.cache.has(phone);
    }, 'A to keep the caller');
    expect(await callers.find(phone)).toBeNull();
    await new PrismaKeyPeopleRepository(b.prisma).create(person(phone, 82), change());
    await waitFor(async () => (await callers.find(phone))?.elderly === true, 'A to hear of the registration');
  });
});
