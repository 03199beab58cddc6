import type { Strings } from "../i18n/strings.ts";
import { factText } from "./factText.ts";
import type { FrontDate } from "./frontDates.ts";
import { longDate } from "./longDate.ts";

/** The words beside the map of the front on one day, as printed: the build writes them once for the page and for the browser. */
export interface FrontPanel {
  /** The day, YYYY-MM-DD. */
  date: string;
  /** The day as printed. */
  heading: string;
  /** The marker of the day's round of talks, and every event of it, when there was one. */
  talks?: { short: string; titles: string };
  /** The land Russia held. */
  held: string;
  /** The share Russia held of each named oblast. */
  oblasts: Array<{ id: string; name: string; share: string }>;
  /** The net change since the round of talks before. */
  change: string;
  /** What the map shows, for readers who cannot see it. */
  alt: string;
  /** What the date control says its value is: the day and its round of talks. */
  valueText: string;
  /** The legend of the land taken, or "" on the first day. */
  gainedLegend: string;
  /** The legends of the land held and of the line. */
  heldLegend: string;
  lineLegend: string;
}

/**
 * The words for one day of the front: the day and its round of talks, the land held, the shares of
 * the oblasts named (`oblasts`, as id and name), and the net change since the round before (to the
 * nearest 10 km², since a few days can move the line by less than the map's usual 100), every
 * figure formatted for the locale.
 */
export function frontPanel(day: FrontDate, strings: Strings, oblasts: Array<{ id: string; name: string }>): FrontPanel {
  const { locale, front, map } = strings;
  const date = longDate(day.date, locale);
  const since =
    day.since &&
    (day.since.talks ? front.sinceTalks(day.since.talks.short, longDate(day.since.date, locale)) : front.sinceFirst(longDate(day.since.date, locale)));
  const titles = day.talks?.events.map((e) => e.title).join("; ");
  const net = day.since && Math.round(day.since.netKm2 / 10) * 10;
  return {
    date: day.date,
    heading: date,
    ...(day.talks ? { talks: { short: day.talks.short, titles: titles! } } : {}),
    held: front.held(factText(day.km2, "km2", locale, true), factText(day.share, "share", locale)),
    // An oblast the snapshot does not reach is one Russia held none of.
    oblasts: oblasts.map(({ id, name }) => ({ id, name, share: factText(day.byOblast[id]?.share ?? 0, "share", locale) })),
    change:
      net === undefined || since === undefined
        ? front.firstDay
        : front.change(net > 0 ? "gain" : net < 0 ? "loss" : "none", factText(Math.abs(net), "km2", locale), since),
    alt: front.alt(date, since),
    valueText: titles ? `${date}: ${titles}` : date,
    gainedLegend: since ? map.gainedName(since) : "",
    heldLegend: map.occupiedLegend(date),
    lineLegend: map.frontLegend(date),
  };
}
