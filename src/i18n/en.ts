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
    mapNote: "Internationally recognised borders. Areas of control are approximate; for authoritative maps see DeepState and ISW.",
    computedFromMap: "Computed from the explainer's approximate map.",
    source: "Source",
  },
  map: {
    occupiedName: (date) => `Held by Russia, ${date}`,
    occupiedLegend: (date) => `Held by Russia, ${date} (approximate)`,
    occupiedBeforeInvasion: "Held by Russia and Russian-backed forces, 2015 to February 2022",
    frontName: (date) => `Line of contact, ${date}`,
    frontLegend: (date) => `Line of contact, ${date}`,
    frontBeforeInvasion: "Line of contact, 2015 to February 2022",
    heldName: (oblast) => `Held by Ukraine in ${oblast} oblast`,
    heldLegend: (oblast, date) => `Held by Ukraine in ${oblast} oblast, ${date} (approximate)`,
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
      `Land Russia would hold under each plan, computed from the explainer's approximate map of ${date} and Natural Earth oblast outlines; the line of contact is drawn for reference. Sources: ${outlets}.`,
  },
};
