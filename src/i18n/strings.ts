/**
 * Every reader-visible string the code builds, for one locale: the page's own words, link and
 * button labels, legends, captions, status names. Sections' prose lives in their MDX; data text
 * lives in data/. A second language is a second object of this type.
 */
export interface Strings {
  /** BCP 47 language tag for `<html lang>`. */
  lang: string;
  /** Locale for `Intl` number and date formats. */
  locale: string;
  page: {
    title: string;
    description: string;
    kicker: string;
    /** The line under the headline, given the edition date as printed. */
    byline: (date: string) => string;
    skipLink: string;
    contents: string;
    sourcesAndMethod: string;
    sourcesSummary: string;
    fromTheExplainer: string;
  };
  links: {
    section: string;
    step: string;
    copied: string;
    copyThis: string;
  };
  /** The word screen readers hear before a step's alt text. */
  alt: { map: string; chart: string; table: string; timeline: string };
  credit: {
    sources: string;
    asOf: string;
    /** The source line of a figure whose entries each cite their sources. */
    citedBeside: string;
    mapNote: string;
    /** Tooltip of a figure in the text computed from the map. */
    computedFromMap: string;
    source: string;
  };
  map: {
    occupiedName: (date: string) => string;
    occupiedLegend: (date: string) => string;
    occupiedBeforeInvasion: string;
    frontName: (date: string) => string;
    frontLegend: (date: string) => string;
    frontBeforeInvasion: string;
    heldName: (oblast: string) => string;
    heldLegend: (oblast: string, date: string) => string;
    planLegend: (plan: string) => string;
    planFrozen: (plan: string) => string;
  };
  /** Names of a proposal position's status. */
  positionStatus: Record<"stated" | "reported" | "not-addressed" | "unknown", string>;
  /** Names of a guarantee element's status. */
  elementStatus: Record<"offered" | "committed" | "sought" | "rejected" | "conditional", string>;
  guarantees: { article5: string; sourcesDiffer: string };
  tables: {
    notGiven: string;
    to: string;
    armySize: { summary: string; caption: string; columns: [string, string, string, string] };
    occupiedShare: { summary: string; caption: string; columns: [string, string, string, string] };
    timeline: { summary: string; caption: (from: string, to: string) => string; columns: [string, string, string, string] };
  };
  plans: { title: string; ofUkraine: string; sourceLine: (date: string, outlets: string) => string };
  /** "Sources and method": its headings and its account of how the page was made. */
  method: {
    howMade: string;
    positionsLead: string;
    /** Before and after the edition date, printed between them. */
    positions: [string, string];
    mapsLead: string;
    /** The maps paragraph, given the first and last days of the tracker's snapshots. */
    maps: (first: string, last: string) => string;
    areasLead: string;
    /** How areas are measured, given Ukraine's official area as printed. */
    areas: (ukraine: string) => string;
    seeAuthoritative: string;
    and: string;
    bordersLead: string;
    borders: string;
    data: string;
    dataIntro: string;
    version: (n: number) => string;
    asOf: string;
    earlier: string;
    /** Says a source is linked through a licensed republication, e.g. "via ArcaMax". */
    via: (republisher: string) => string;
    bySection: string;
    credits: string;
    creditsText: string;
    /** The link to the front-line data's licence. */
    licence: string;
  };
}
