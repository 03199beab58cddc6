import type { APIRoute, GetStaticPaths } from "astro";
import folder from "virtual:data-files";
import { site } from "../../site/site.ts";
import { datasets } from "../../registry/datasets.ts";
import { tableCsv } from "../../lib/tableCsv.ts";
import { jsonSchemaText } from "../../lib/jsonSchemaText.ts";
import { dataDownloads } from "../../site/dataDownloads.ts";

// The versioned data files, as checked, published beside the page so readers and newsrooms can
// download them, with the licences kept beside the data they cover, a JSON Schema of each dataset
// and a CSV of every chart's data table.
export const getStaticPaths: GetStaticPaths = () => [
  ...site.files.map((file) => ({ params: { file: file.path.slice("data/".length) }, props: { text: file.text, type: "application/json" } })),
  ...folder.licences.map((licence) => ({ params: { file: licence.path.slice("data/".length) }, props: { text: licence.text, type: "text/plain" } })),
  ...Object.entries(datasets).map(([name, dataset]) => ({
    params: { file: dataDownloads.schema(name).slice("data/".length) },
    props: { text: jsonSchemaText(dataset.schema, `${dataset.file}: ${dataset.kind}`, dataDownloads.schema(name)), type: "application/schema+json" },
  })),
  ...[...site.tables].map(([figure, table]) => ({
    params: { file: dataDownloads.table(figure).slice("data/".length) },
    props: { text: tableCsv(table, site.strings.tables.csvSources), type: "text/csv" },
  })),
];

export const GET: APIRoute = ({ props }) => new Response(props.text as string, { headers: { "content-type": `${props.type as string}; charset=utf-8` } });
