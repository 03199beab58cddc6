import type { GuaranteeCell } from "../schemas/guarantees.ts";
import type { Party } from "../schemas/roles.ts";
import type { Lang } from "./langs.ts";

/**
 * Every reader-visible string the code builds, for one locale: the page's own words, link and
 * button labels, legends, captions, status names. Sections' prose lives in their MDX; data text
 * lives in data/. A second language is a second object of this type.
 */
export interface Strings {
  /** The edition's language: the BCP 47 tag for `<html lang>`, and which words of the data it reads. */
  lang: Lang;
  /** Locale for `Intl` number and date formats. */
  locale: string;
  /** Open and close quotation marks, as the language sets them: “…” in English, «…» in Ukrainian. */
  quotes: [string, string];
  page: {
    title: string;
    description: string;
    kicker: string;
    /** The line under the headline, given the edition date as printed. */
    byline: (date: string) => string;
    /** The day the edition was last revised. */
    updated: (date: string) => string;
    skipLink: string;
    contents: string;
    sourcesAndMethod: string;
    sourcesSummary: string;
    /** The link from the page to the sources and method, on their own page. */
    sourcesOpen: string;
    fromTheExplainer: string;
    /** The name of the links to the page in the other languages. */
    languages: string;
  };
  /** The opening: the lead map and the key points above the sections. */
  lead: {
    title: string;
    /** What the lead map shows, for readers who cannot see it; figures from the data in braces. */
    alt: string;
    keyPoints: string;
    /** Four to six points: each a sentence with its figures in braces, the ids of its sources, and the anchor of the section that tells it in full. */
    points: Array<{ text: string; cites: string; section: string }>;
    /** The link to a point's section, read as "More: <section title>". */
    more: string;
  };
  /** The compact section navigation: its landmark's name, the button's words before it knows the section, and what the button says of where the reader is (holding the "n/of" it shows, so its name contains its visible text). */
  nav: { label: string; short: string; open: string; current: (n: string, of: string, title: string) => string };
  links: {
    section: string;
    step: string;
    copied: string;
    copyThis: string;
    /** The link on every section to its printable handout. */
    print: string;
  };
  /** A section's printable handout for classrooms: print/<section>/. */
  handout: {
    print: string;
    /** Before the section's full address. */
    address: string;
    asOf: (date: string) => string;
    sources: string;
  };
  /** A figure's embed page (embed/<figure>/) and the control beside each figure that gives its code. */
  embed: {
    /** The control's label. */
    control: string;
    /** What the code does, before the snippets. */
    intro: string;
    /** How to show one step, for a figure moved by steps. */
    stepHint: string;
    /** Heading of each snippet, given the protocol's name. */
    with: (protocol: string) => string;
    /** The embed page's link to what it shows, in the full explainer. */
    inExplainer: string;
  };
  /** The word screen readers hear before a step's alt text. */
  alt: { map: string; chart: string; table: string; timeline: string };
  credit: {
    sources: string;
    asOf: string;
    /** The source line of a figure whose entries each cite their sources. */
    citedBeside: string;
    /** The note of the main map, given the populations (formatted) from which a city's dot is drawn larger, and the day they count. */
    mapNote: (populationSteps: string[], populationDate: string) => string;
    /** The note of the map of the front over time. */
    frontNote: (minKm2: string, minWidth: string) => string;
    /** The note of the timeline of talks, given the days of the snapshots its changes of the front are measured on, as printed. */
    timelineNote: (days: string) => string;
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
    /** A plan's land Ukraine holds that it would give Russia. */
    cededLegend: string;
    /** A plan's land Russia holds that it would hand back. */
    returnedLegend: string;
    /** The part of Donetsk Ukraine holds, as Russia demands Ukraine leave it. */
    withdrawalLegend: string;
    /** The same part, as the zone the United States floated. */
    zoneLegend: string;
    /** The line of contact, as the line Kyiv proposes to stop on. */
    freezeLegend: string;
    /** Names of the water the map draws. */
    waterName: string;
    formerReservoirName: string;
    /** The land taken since a day, given that day as `front.since` prints it. */
    gainedName: (since: string) => string;
  };
  /** The map of the front over time: its date control, the figures beside it and its small multiples. */
  front: {
    /** Label of the date control. */
    control: string;
    /** Label of the buttons for the days of the talks. */
    talksDays: string;
    /** A day the change is counted from: a day of the talks with its marker's name, or the first day mapped. */
    sinceTalks: (short: string, date: string) => string;
    sinceFirst: (date: string) => string;
    /** The land Russia held, as printed. */
    held: (km2: string, share: string) => string;
    /** Before the shares of the oblasts Russia claims. */
    byOblast: string;
    /** The net change since a day (`since`), as printed: Russia held more, less, or as much to the nearest 10 km². */
    change: (net: "gain" | "loss" | "none", km2: string, since: string) => string;
    /** The first day mapped, which has nothing to compare with. */
    firstDay: string;
    /** What the map shows on a day, for readers who cannot see it. */
    alt: (date: string, since: string | undefined) => string;
    /** Heading of the small multiples shown without JavaScript and in print. */
    multiples: string;
    /** Their key, the same for every day. */
    key: { heldLegend: string; gainedLegend: string; lineLegend: string };
  };
  /** The chart of the share Russia held on the tracker's map and the land it took each month. */
  share: {
    shareHeading: string;
    paceHeading: string;
    tracker: string;
    references: string;
    gained: string;
    talks: string;
    /** In its table: a tracked day that ends a month, with the land taken since the month began (from). */
    tableGain: (km2: string, from: string) => string;
    /** Any other tracked day. */
    tableTracker: string;
  };
  /** The timeline of talks: the names of its rows and of the land taken between events. */
  timeline: {
    /** Each party's name beside its row and, where the figure is narrow and its rows are columns, above its column. */
    parties: Record<Party, { name: string; short: string }>;
    /** The heading of the land Russia took between one event and the next, wide and narrow. */
    gain: { name: string; short: string };
  };
  /** Names of a proposal position's status. */
  positionStatus: Record<"stated" | "reported" | "not-addressed" | "unknown", string>;
  /** The proposals table: the ends of each question's scale, and the key to its marks. */
  matrix: {
    /** The left end of a scale, and the right. */
    from: string;
    to: string;
    /** The key's words for a position in a text or on the record, and one known from reports. */
    stated: string;
    reported: string;
    /** For a position that takes no point: not addressed, or not public. */
    offScale: string;
    /** Heading of the list of a question's scale points. */
    scale: string;
    /** Before the label of the point a position takes, in the list of a question's positions. */
    onScale: (point: string, at: number, of: number) => string;
  };
  /** The army-size chart: the note at each end of a range, given the figure, what it counts, who gave it and when. */
  army: { rangeEnd: (figure: string, counts: string, by: string, date: string) => string };
  /** Names of the status of a cell of the guarantees comparison. */
  guaranteeStatus: Record<GuaranteeCell["status"], string>;
  /** The guarantees comparison: the head over its elements; and the proposals matrix's note where sources differ. */
  guarantees: { corner: string; sourcesDiffer: string };
  tables: {
    notGiven: string;
    to: string;
    /** The link to a table's CSV file, and the heading of its last column, the sources. */
    csv: string;
    csvSources: string;
    armySize: { summary: string; caption: string; columns: [string, string, string, string] };
    occupiedShare: { summary: string; caption: string; columns: [string, string, string, string] };
    timeline: { summary: string; caption: (from: string, to: string) => string; columns: [string, string, string, string, string] };
    /** The guarantees comparison as a table: its columns are the comparison's, after the elements' head. */
    guarantees: { summary: string; caption: string };
  };
  plans: { title: string; ofUkraine: string; sourceLine: (date: string, outlets: string) => string };
  /** The page of editions and data files. */
  editions: {
    title: string;
    description: string;
    intro: string;
    /** The link to it from the line with the edition date. */
    link: string;
    back: string;
    edition: (date: string, version: number) => string;
    current: string;
    /** How many file versions an edition published. */
    published: (count: number) => string;
    firstVersion: string;
    replaces: (version: number) => string;
    /** A list's records added, removed or changed, given the list's name and the records' ids as printed. */
    added: (list: string, ids: string) => string;
    removed: (list: string, ids: string) => string;
    changed: (list: string, ids: string) => string;
    fields: (fields: string) => string;
    /** How a snapshot's land moved, as printed. */
    area: (from: string, to: string) => string;
    /** A new day's land, and its change (to the nearest 10 km²) since the day before it. */
    areaAfter: (to: string, day: string, change: string) => string;
    allFiles: string;
  };
  /** "Sources and method": its headings and its account of how the page was made. */
  method: {
    howMade: string;
    positionsLead: string;
    /** How the proposals table places each position on its question's scale. */
    scaleLead: string;
    scale: string;
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
    /** The link to a dataset's JSON Schema. */
    schema: string;
    asOf: string;
    earlier: string;
    /** Says a source is linked through a licensed republication, e.g. "via ArcaMax". */
    via: (republisher: string) => string;
    bySection: string;
    credits: string;
    creditsText: string;
    /** The link to each licence published beside the data, by its file name (data/…/LICENSE-….txt). */
    licences: Record<string, string>;
  };
}
