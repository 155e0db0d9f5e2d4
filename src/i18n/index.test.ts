import { describe, expect, it } from 'vitest';
import { formatDate } from './date';

describe('formatDate', () => {
  it('keeps the Gregorian year in Dari, whose default calendar is another', () => {
    expect(formatDate('2022', 'fa-AF')).toBe('2022');
    expect(formatDate('2024-08', 'fa-AF')).toContain('2024');
    expect(formatDate('2026-11-22', 'fa-AF')).toMatch(/^22 .+ 2026$/);
    expect(formatDate('2023-08-31', 'fa-AF')).toMatch(/31 .*2023/);
  });
  it('writes day, month or year as precise as the date is, in the language', () => {
    expect(formatDate('2024-08', 'de')).toBe('August 2024');
    expect(formatDate('2025-03-03', 'de')).toBe('3. März 2025');
    expect(formatDate('2023-08-31', 'de')).toBe('31. August 2023');
    expect(formatDate('2022', 'ar')).toBe('2022');
    expect(formatDate('2022', 'uk')).toMatch(/^2022/);
    expect(formatDate('2023-08-31', 'ar')).toMatch(/31/);
  });
  it('gives Arabic months in their Levantine and their Egyptian name, as the guide writes them', () => {
    expect(formatDate('2025-03', 'ar')).toBe('آذار/مارس 2025');
    expect(formatDate('2023-01-31', 'ar')).toBe('31 كانون الثاني/يناير 2023');
    expect(formatDate('2022', 'ar')).toBe('2022');
  });
  it('shows an unreadable date as written', () => {
    expect(formatDate('Frühjahr 2023', 'de')).toBe('Frühjahr 2023');
  });
});
