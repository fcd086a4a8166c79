import { statementsIn } from '../../../db/sql-count';

describe('statements in a simple query (db/sql-count.ts)', () => {
  it('counts the non-empty statements between semicolons', () => {
    expect(statementsIn('SELECT 1')).toBe(1);
    expect(statementsIn('BEGIN; SET LOCAL lock_timeout = 100; SELECT 1')).toBe(3);
    expect(statementsIn('COMMIT;')).toBe(1);
    expect(statementsIn(' ; ;')).toBe(0);
  });

  it('does not split inside quotes or dollar-quoted bodies', () => {
    expect(statementsIn(`SELECT 'a;b'; SELECT "x;y" FROM t`)).toBe(2);
    expect(statementsIn('CREATE FUNCTION f() RETURNS void AS $$ BEGIN PERFORM 1; END; $$ LANGUAGE plpgsql')).toBe(1);
    expect(statementsIn('DO $body$ BEGIN PERFORM 1; END $body$; SELECT 2')).toBe(2);
  });
});
