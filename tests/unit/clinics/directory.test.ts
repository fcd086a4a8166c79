import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  ClinicDirectoryError,
  DEFAULT_CLINICS_FILE,
  loadClinicDirectory,
  validateClinicDirectory,
} from '../../../domains/clinics';
import { isOpenAt, isOpenAtNight, localClock, nextOpening } from '../../../domains/clinics/opening-hours';

const sample = () => JSON.parse(readFileSync(DEFAULT_CLINICS_FILE, 'utf8'));

describe('clinic directory', () => {
  it('loads the sample district file, marked as sample data', () => {
    const d = loadClinicDirectory();
    expect(d.sample).toBe(true);
    expect(d.district.zh).toBe('拱墅区');
    expect(d.clinics.length).toBeGreaterThanOrEqual(8);
    expect(d.clinics.every((c) => c.phone.startsWith('0571-0000-'))).toBe(true);
    expect(d.hotlines.map((h) => h.phone)).toContain('120');
  });

  it('names the bad entry and field', () => {
    const raw = sample();
    raw.clinics[2].hours.mon = ['8:00-17'];
    delete raw.clinics[4].phone;
    expect(() => validateClinicDirectory(raw, 'x.json')).toThrow(ClinicDirectoryError);
    expect(() => validateClinicDirectory(raw, 'x.json')).toThrow(
      /clinics\[2\] \(id "bs-sample-hospital-fever"\): hours\.mon\[0\] "8:00-17"/,
    );
    expect(() => validateClinicDirectory(raw, 'x.json')).toThrow(/clinics\[4\] \(id "daguan-chc"\): phone/);
  });

  it('refuses what the schema cannot see: a range that closes before it opens, an id used twice', () => {
    const raw = sample();
    raw.clinics[1].hours.sat = ['17:00-08:00'];
    raw.clinics[3].id = raw.clinics[0].id;
    expect(() => validateClinicDirectory(raw, 'x.json')).toThrow(/hours\.sat "17:00-08:00" closes before it opens/);
    expect(() => validateClinicDirectory(raw, 'x.json')).toThrow(/clinics\[3\] \(id "[\w-]+"\): id is used twice/);
  });

  it('reports a file that is not JSON', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'clinics-')), 'broken.json');
    writeFileSync(file, '{ not json');
    expect(() => loadClinicDirectory(file)).toThrow(/broken\.json.*JSON/);
  });

  it("loads another city's file without code changes", () => {
    const raw = sample();
    raw.district = { zh: '思明区', en: 'Siming District' };
    raw.sample = false;
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'clinics-')), 'siming.json');
    writeFileSync(file, JSON.stringify(raw));
    expect(loadClinicDirectory(file)).toMatchObject({ sample: false, district: { en: 'Siming District' } });
  });
});

describe('opening hours in Asia/Shanghai', () => {
  const d = loadClinicDirectory();
  const chc = d.clinics.find((c) => c.id === 'mishixiang-chc')!;

  it('reads the local weekday and time whatever the server zone', () => {
    expect(localClock(new Date('2022-12-26T16:30:00Z'), 'Asia/Shanghai')).toEqual({ day: 'tue', minutes: 30 });
  });

  it('knows lunch breaks, weekends and the next opening', () => {
    expect(isOpenAt(chc, { day: 'mon', minutes: 9 * 60 })).toBe(true);
    expect(isOpenAt(chc, { day: 'mon', minutes: 12 * 60 })).toBe(false);
    expect(isOpenAt(chc, { day: 'sun', minutes: 9 * 60 })).toBe(false);
    expect(nextOpening(chc, { day: 'sat', minutes: 13 * 60 })).toEqual({ day: 'mon', time: '08:00', daysAhead: 2 });
    expect(isOpenAtNight(chc)).toBe(false);
    expect(isOpenAtNight(d.clinics[0])).toBe(true);
  });
});
