/** Where the downloads made from the data are published, relative to the site's base. */
export const dataDownloads = {
  /** The JSON Schema of a dataset: data/schemas/places.schema.json. */
  schema: (dataset: string) => `data/schemas/${dataset}.schema.json`,
  /** The CSV of a figure's data table: data/tables/army-chart.csv. */
  table: (figure: string) => `data/tables/${figure}.csv`,
};
