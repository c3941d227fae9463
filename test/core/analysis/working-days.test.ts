import { describe, expect, it } from 'vitest';
import { addWorkingDays, bankHolidays, easterSunday, workingCalendar } from '../../../electron/core/analysis/working-days';

const dates = (year: number) => bankHolidays(year).map((h) => h.date);

describe('England-and-Wales working days', () => {
  it('Easter Sunday by the computus', () => {
    expect([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028, 2038].map(easterSunday)).toEqual([
      '2019-04-21',
      '2020-04-12',
      '2021-04-04',
      '2022-04-17',
      '2023-04-09',
      '2024-03-31',
      '2025-04-20',
      '2026-04-05',
      '2027-03-28',
      '2028-04-16',
      '2038-04-25',
    ]);
  });

  it('2025, 2026 and 2027 match the published lists, with the Boxing Day and Christmas substitutes', () => {
    expect(dates(2025)).toEqual(['2025-01-01', '2025-04-18', '2025-04-21', '2025-05-05', '2025-05-26', '2025-08-25', '2025-12-25', '2025-12-26']);
    expect(dates(2026)).toEqual(['2026-01-01', '2026-04-03', '2026-04-06', '2026-05-04', '2026-05-25', '2026-08-31', '2026-12-25', '2026-12-28']);
    expect(dates(2027)).toEqual(['2027-01-01', '2027-03-26', '2027-03-29', '2027-05-03', '2027-05-31', '2027-08-30', '2027-12-27', '2027-12-28']);
  });

  it('2024 and 2021 match the published lists', () => {
    expect(dates(2024)).toEqual(['2024-01-01', '2024-03-29', '2024-04-01', '2024-05-06', '2024-05-27', '2024-08-26', '2024-12-25', '2024-12-26']);
    expect(dates(2021)).toEqual(['2021-01-01', '2021-04-02', '2021-04-05', '2021-05-03', '2021-05-31', '2021-08-30', '2021-12-27', '2021-12-28']);
  });

  it('2022: New Year substitute, the Platinum Jubilee move, the state funeral, Christmas on a Sunday', () => {
    expect(dates(2022)).toEqual([
      '2022-01-03',
      '2022-04-15',
      '2022-04-18',
      '2022-05-02',
      '2022-06-02',
      '2022-06-03',
      '2022-08-29',
      '2022-09-19',
      '2022-12-26',
      '2022-12-27',
    ]);
    const calendar = workingCalendar();
    expect(calendar.isWorkingDay('2022-05-30')).toBe(true); // the usual Spring bank holiday, moved
    expect(calendar.holiday('2022-09-19')).toBe('State funeral of Queen Elizabeth II');
  });

  it('2023: the coronation, and New Year on a Sunday', () => {
    expect(dates(2023)).toEqual(['2023-01-02', '2023-04-07', '2023-04-10', '2023-05-01', '2023-05-08', '2023-05-29', '2023-08-28', '2023-12-25', '2023-12-26']);
  });

  it('2020: the Early May bank holiday moved to VE Day, Boxing Day on a Saturday', () => {
    expect(dates(2020)).toEqual(['2020-01-01', '2020-04-10', '2020-04-13', '2020-05-08', '2020-05-25', '2020-08-31', '2020-12-25', '2020-12-28']);
    expect(workingCalendar().isWorkingDay('2020-05-04')).toBe(true);
  });

  it('weekends and bank holidays are not working days; substitute days are named after the holiday they replace', () => {
    const calendar = workingCalendar();
    expect(['2026-03-07', '2026-03-08', '2026-04-03', '2026-04-06', '2026-12-28'].map(calendar.isWorkingDay)).toEqual([false, false, false, false, false]);
    expect(['2026-03-06', '2026-03-09', '2026-04-07', '2026-12-29'].map(calendar.isWorkingDay)).toEqual([true, true, true, true]);
    expect(calendar.holiday('2026-12-26')).toBeNull(); // a Saturday: the holiday moves to Monday
    expect(calendar.holiday('2026-12-28')).toBe('Boxing Day (substitute day)');
    expect(calendar.holiday('2027-12-27')).toBe('Christmas Day (substitute day)');
    expect(calendar.holiday('2026-04-06')).toBe('Easter Monday');
    expect(calendar.holiday('2026-03-09')).toBeNull();
  });

  it('hand-added days are days off, on top of the bank holidays', () => {
    const calendar = workingCalendar([{ date: '2026-07-14', name: 'Office move' }]);
    expect(calendar.isWorkingDay('2026-07-14')).toBe(false);
    expect(calendar.holiday('2026-07-14')).toBe('Office move');
    expect(calendar.isWorkingDay('2026-04-06')).toBe(false);
    expect(workingCalendar().isWorkingDay('2026-07-14')).toBe(true);
    expect(addWorkingDays(calendar, '2026-07-13', 1)).toBe('2026-07-15');
  });

  it('addWorkingDays skips weekends, from a weekday or a weekend day', () => {
    const calendar = workingCalendar();
    expect(addWorkingDays(calendar, '2026-03-05', 1)).toBe('2026-03-06'); // Thursday → Friday
    expect(addWorkingDays(calendar, '2026-03-05', 2)).toBe('2026-03-09'); // Thursday → Monday
    expect(addWorkingDays(calendar, '2026-03-06', 1)).toBe('2026-03-09'); // Friday → Monday
    expect(addWorkingDays(calendar, '2026-03-07', 1)).toBe('2026-03-09'); // Saturday → Monday
    expect(addWorkingDays(calendar, '2026-03-02', 5)).toBe('2026-03-09');
  });

  it('addWorkingDays skips Easter and Christmas', () => {
    const calendar = workingCalendar();
    expect(addWorkingDays(calendar, '2026-04-02', 1)).toBe('2026-04-07'); // Maundy Thursday → Tuesday after Easter Monday
    expect(addWorkingDays(calendar, '2026-04-02', 2)).toBe('2026-04-08');
    expect(addWorkingDays(calendar, '2026-04-03', 1)).toBe('2026-04-07'); // from Good Friday itself
    expect(addWorkingDays(calendar, '2026-12-24', 1)).toBe('2026-12-29');
    expect(addWorkingDays(calendar, '2027-12-24', 1)).toBe('2027-12-29');
    expect(addWorkingDays(calendar, '2026-12-31', 1)).toBe('2027-01-04'); // over New Year's Day and a weekend, into the next year
  });
});

describe('bank holiday names', () => {
  it('names substitute days as gov.uk does: with Christmas on a Sunday, Boxing Day keeps the 26th', () => {
    expect(bankHolidays(2022).filter((h) => h.date >= '2022-12-01')).toEqual([
      { date: '2022-12-26', name: 'Boxing Day' },
      { date: '2022-12-27', name: 'Christmas Day (substitute day)' },
    ]);
    expect(bankHolidays(2026).filter((h) => h.date >= '2026-12-01').map((h) => h.name)).toEqual(['Christmas Day', 'Boxing Day (substitute day)']);
    expect(bankHolidays(2022)[0]).toEqual({ date: '2022-01-03', name: "New Year's Day (substitute day)" });
  });
});
