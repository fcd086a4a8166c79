/**
 * `npm run user:*` as an operator runs it: a real process on the embedded database, the password on
 * standard input. The account it makes signs in to the service; a bad one is refused with a reason.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../../db/database';
import { verifyPassword } from '../../domains/staff';

const ROOT = path.join(__dirname, '..', '..');
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'hotline-cli-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function user(args: string[], input: string) {
  const run = spawnSync(
    process.execPath,
    [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/user.ts', ...args],
    {
      cwd: ROOT,
      input,
      encoding: 'utf8',
      env: { PATH: process.env.PATH, DATA_DIR: dataDir, LOG_LEVEL: 'silent' },
      timeout: 120_000,
    },
  );
  return { code: run.status, out: run.stdout, err: run.stderr };
}

it('adds a commissioner with the password from standard input, refuses bad input, and disables', async () => {
  const added = user(
    ['add', '--username', 'Wang', '--role', 'commissioner', '--community', 'gs-dg-xiyi', '--name', '王芳'],
    'a good long password\n',
  );
  expect([added.code, added.out.trim()]).toEqual([0, 'add: wang (commissioner, gs-dg-xiyi)']);
  const again = user(['add', '--username', 'wang', '--role', 'admin'], 'a good long password\n');
  expect([again.code, again.err.trim()]).toEqual([1, 'username_taken: username "wang" is taken']);
  const weak = user(['add', '--username', 'li', '--role', 'lead', '--district', '拱墅区'], 'short\n');
  expect([weak.code, weak.err.trim()]).toEqual([1, 'weak_password: password: at least 10 characters']);
  const unknown = user(
    ['add', '--username', 'zhao', '--role', 'commissioner', '--community', 'nowhere'],
    'a good long password\n',
  );
  expect(unknown.err).toMatch(/unknown community: nowhere/);
  const off = user(['disable', '--username', 'wang'], '');
  expect([off.code, off.out.trim()]).toEqual([0, 'disable: wang (commissioner, gs-dg-xiyi) disabled']);

  const db = await openDatabase({ dataDir });
  try {
    const row = await db.prisma.staffMember.findUniqueOrThrow({ where: { username: 'wang' } });
    expect(row).toMatchObject({ name: '王芳', role: 'commissioner', active: false });
    expect(row.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(row.passwordHash, 'a good long password')).toBe(true);
    expect(await verifyPassword(row.passwordHash, 'a good long password\n')).toBe(false);
  } finally {
    await db.close();
  }
});
