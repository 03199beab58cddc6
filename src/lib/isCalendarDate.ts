/**
 * Whether the text is a day written as YYYY-MM-DD that exists in the calendar: "2024-02-29" is,
 * "2025-02-30" and "2025-13-01" are not.
 */
export function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  // An impossible day rolls over into the next month, so only a real day comes back unchanged;
  // setUTCFullYear, unlike Date.UTC, takes years before 100 as they are.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
