/**
 * Staff accounts from the command line; the password is read from standard input (never an argument,
 * which would land in the shell history and the process list).
 *   npm run user:add -- --username wang --role commissioner --community gs-dg-xiyi [--community …] [--name 王芳] [--phone +86…]
 *   npm run user:add -- --username li --role lead --district 拱墅区 [--street 大关街道]
 *   npm run user:add -- --username root --role admin
 *   npm run user:disable -- --username wang      (ends every session of the account at once)
 *   npm run user:enable -- --username wang
 *   npm run user:password -- --username wang     (new password from standard input; ends its sessions)
 * Uses DATABASE_URL, or the embedded database under DATA_DIR, and COMMUNITIES_FILE, as the service does.
 */
import { parseArgs } from 'node:util';
import { openDatabase } from '../db/database';
import { PrismaAccountRepository } from '../db/staff-account.repository';
import { loadCommunityDirectory } from '../domains/tickets';
import { AccountAdmin, MIN_PASSWORD_LENGTH, type AdminResult } from '../domains/staff';
import { loadConfig } from '../server/config';

async function readPassword(): Promise<string> {
  const stdin = process.stdin;
  if (stdin.isTTY) {
    // Typed by hand: no echo.
    process.stderr.write(`password (at least ${MIN_PASSWORD_LENGTH} characters): `);
    stdin.setRawMode(true);
    let typed = '';
    return new Promise((resolve) => {
      stdin.on('data', (chunk: Buffer) => {
        for (const ch of chunk.toString('utf8')) {
          if (ch === '\r' || ch === '\n') {
            stdin.setRawMode(false);
            stdin.pause();
            process.stderr.write('\n');
            return resolve(typed);
          }
          if (ch === '\u0003') process.exit(130);
          typed = ch === '\u007f' ? typed.slice(0, -1) : typed + ch;
        }
      });
    });
  }
  let text = '';
  for await (const chunk of stdin) text += chunk;
  return text.replace(/\r?\n$/, '');
}

async function main(): Promise<number> {
  const [command, ...rest] = process.argv.slice(2);
  const { values } = parseArgs({
    args: rest,
    options: {
      username: { type: 'string' },
      role: { type: 'string' },
      name: { type: 'string' },
      phone: { type: 'string' },
      community: { type: 'string', multiple: true },
      street: { type: 'string' },
      district: { type: 'string' },
    },
  });
  if (!values.username) {
    console.error('--username is required');
    return 2;
  }
  const config = loadConfig(process.env);
  const communities = loadCommunityDirectory(config.communitiesFile);
  const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    const admin = new AccountAdmin(new PrismaAccountRepository(db.prisma), communities);
    let result: AdminResult;
    if (command === 'add') {
      if (!values.role) {
        console.error('--role is required: admin, lead or commissioner');
        return 2;
      }
      result = await admin.add(
        { ...values, username: values.username, role: values.role, communities: values.community },
        await readPassword(),
      );
    } else if (command === 'disable' || command === 'enable') {
      result = await admin.setActive(values.username, command === 'enable', new Date());
    } else if (command === 'password') {
      result = await admin.setPassword(values.username, await readPassword(), new Date());
    } else {
      console.error('usage: user.ts add|disable|enable|password --username NAME …');
      return 2;
    }
    if (!result.ok) {
      console.error(`${result.code}: ${result.message}`);
      return 1;
    }
    const a = result.account;
    const scope =
      a.role === 'commissioner'
        ? a.communities.join(',')
        : a.role === 'lead'
          ? [a.district, a.street].filter(Boolean).join(' ')
          : 'all';
    console.log(`${command}: ${a.username} (${a.role}, ${scope})${a.active ? '' : ' disabled'}`);
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
