import { createClinicHandler, loadClinicDirectory } from '../../../domains/clinics';
import type { HandlerResult } from '../../../core/types';
import { makeCtx } from '../knowledge/turn-context';

const handler = createClinicHandler(loadClinicDirectory());
const run = (text: string, options = {}) =>
  handler(makeCtx(text, { intent: 'clinic.find', ...options })) as HandlerResult;
const SUNDAY_NIGHT = new Date('2022-12-25T14:00:00Z'); // 22:00 Sunday in Hangzhou
const TUESDAY_MORNING = new Date('2022-12-27T02:00:00Z'); // 10:00 Tuesday

describe('clinic.find', () => {
  it("lists the district's fever clinics with address, phone and hours, and remembers the district", () => {
    const r = run('拱墅区的发热门诊在哪里');
    expect(r.text).toContain('拱墅区示例人民医院发热门诊');
    expect(r.text).toContain('0571-0000-0101');
    expect(r.text).toContain('24小时开放');
    expect(r.text).not.toContain('社区卫生服务中心');
    expect(r.facts?.district).toBe('拱墅区');
    expect(r.text).toContain('示例数据');
  });

  it('answers weekends in English with Saturday and Sunday hours', () => {
    const r = run('Is there a fever clinic open on weekends?');
    expect(r.text).toMatch(/open at weekends/);
    expect(r.text).toMatch(/Sat 08:00-22:00, Sun 08:00-22:00/);
  });

  it('lists only clinics open now, at Sunday 22:00', () => {
    const r = run('现在哪里开着', { now: SUNDAY_NIGHT });
    expect(r.text).toContain('现在开着的');
    expect(r.text).not.toContain('米市巷');
    expect(r.text).not.toContain('半山示例医院');
  });

  it('finds night clinics', () => {
    const r = run('Where can I see a doctor at night?');
    expect(r.text).toMatch(/open 24 hours/);
    expect(r.text).not.toMatch(/Community Health Centre/);
  });

  it('puts the named street first and says when it is closed', () => {
    const r = run('米市巷附近的社区医院', { now: SUNDAY_NIGHT });
    expect(r.text.split('\n')[1]).toMatch(/^米市巷街道社区卫生服务中心.*现在关门，明天08:00开/);
  });

  it('asks where the caller is when nothing narrows it down, then answers with the street', () => {
    const first = run('附近的社区医院', { now: TUESDAY_MORNING });
    expect(first.pending).toMatchObject({
      intent: 'clinic.find',
      slot: 'place',
      data: { type: 'community-health-centre' },
    });
    const second = run('大关', { answering: first.pending });
    expect(second.text.split('\n')[1]).toMatch(/^大关街道社区卫生服务中心/);
    expect(second.pending).toBeUndefined();
  });

  it('says plainly when the district is not covered', () => {
    expect(run('西湖区的发热门诊').text).toContain('只有拱墅区的门诊名单，没有西湖区的');
  });
});
