import { parseCsv, readPeopleCsv } from '../../../domains/key-people';
import { loadCommunityDirectory } from '../../../domains/tickets';
import { gradingData } from '../../../knowledge/key-people/grading';

const communities = loadCommunityDirectory();

describe('the register CSV', () => {
  it('reads quoted fields, doubled quotes, CRLF and a BOM, keeping each row’s line number', () => {
    const rows = parseCsv('\uFEFFa,b\r\n"x, ""y""","multi\nline"\r\n\r\nlast,row');
    expect(rows).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['x, "y"', 'multi\nline'] },
      { line: 5, fields: ['last', 'row'] },
    ]);
  });

  it('normalises numbers, finds communities by name, maps Chinese words, and grades', () => {
    const csv =
      'name,phone,community,grade,age,conditions,channel,lives_alone\n王奶奶,138 0000 0001,西一社区,auto,82,高血压;糖尿病,电话,是';
    const result = readPeopleCsv(csv, communities, gradingData);
    if (!result.ok) throw new Error(result.errors.join('; '));
    expect(result.people[0]).toMatchObject({
      fields: {
        phone: '+8613800000001',
        communityId: 'gs-dg-xiyi',
        conditions: ['hypertension', 'diabetes'],
        channel: 'voice',
        livesAlone: true,
      },
      street: '大关街道',
      grade: 'auto',
    });
  });

  it('refuses a header without the required columns, unknown columns, and ragged rows', () => {
    expect(readPeopleCsv('name,phone,colour\n', communities, gradingData)).toEqual({
      ok: false,
      errors: ['line 1: unknown columns colour', 'line 1: missing columns community, grade'],
    });
    const ragged = readPeopleCsv('name,phone,community,grade\na,+8613800000001,gs-dg-xiyi', communities, gradingData);
    expect(ragged).toEqual({ ok: false, errors: ['line 2: 3 fields, the header has 4'] });
  });
});
