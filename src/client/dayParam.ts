/**
 * The address parameter naming the day the map of the front shows (?date=2025-08-15#front-over-time).
 * It belongs to that map: a scrolly writing its own step into the address drops it.
 */
export const DAY_PARAM = "date";
