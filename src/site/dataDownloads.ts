import { DEFAULT_LANG, type Lang } from "../i18n/langs.ts";

/** Where the downloads made from the data are published, relative to the site's base. */
export const dataDownloads = {
  /** The JSON Schema of a dataset: data/schemas/places.schema.json. */
  schema: (dataset: string) => `data/schemas/${dataset}.schema.json`,
  /** The CSV of a figure's data table, with an edition's headings: data/tables/army-chart.csv, data/tables/uk/army-chart.csv. */
  table: (figure: string, lang: Lang) => `data/tables/${lang === DEFAULT_LANG ? "" : `${lang}/`}${figure}.csv`,
};
