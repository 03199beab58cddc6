import { afterEach, describe, expect, it } from "vitest";
import { longDate } from "../../src/lib/longDate.ts";

const zone = process.env.TZ;
afterEach(() => {
  process.env.TZ = zone;
});

describe("longDate(iso, locale, style)", () => {
  it.each([
    ["Pacific/Kiritimati", 15],
    ["Pacific/Pago_Pago", 14],
    ["Europe/Kyiv", 15],
  ])("prints the day the date names in the time zone %s, in full or short", (tz, localDay) => {
    // Node reads TZ afresh when it changes; the zone is in force (midnight UTC falls on another local day west of it)...
    process.env.TZ = tz;
    expect(new Date("2025-12-15T00:00:00Z").getDate()).toBe(localDay);
    // ...and the printed date does not move with it.
    expect(longDate("2025-12-15", "en-GB")).toBe("15 December 2025");
    expect(longDate("2022-02-24", "en-GB", "short")).toBe("24 Feb 2022");
  });

  it("prints a date in the locale it is given", () => {
    expect(longDate("2025-12-15", "uk-UA")).toBe("15 грудня 2025 р.");
    expect(longDate("2025-02-18", "en-GB", "month")).toBe("February 2025");
  });
});
