import type { APIRoute, GetStaticPaths } from "astro";
import folder from "virtual:data-files";
import { DEFAULT_LANG, LANGS } from "../../i18n/langs.ts";
import { siteOf } from "../../site/site.ts";
import { datasets } from "../../registry/datasets.ts";
import { tableCsv } from "../../lib/tableCsv.ts";
import { jsonSchemaText } from "../../lib/jsonSchemaText.ts";
import { dataDownloads } from "../../site/dataDownloads.ts";

// The versioned data files, as checked, published beside the page so readers and newsrooms can
// download them, with the licences kept beside the data they cover, a JSON Schema of each dataset
// and a CSV of every chart's data table.
// (The files are published once, as written, with the text of every language in them.)
export const getStaticPaths: GetStaticPaths = () => [
  ...siteOf(DEFAULT_LANG).files.map((file) => ({ params: { file: file.path.slice("data/".length) }, props: { text: file.text, type: "application/json" } })),
  ...folder.licences.map((licence) => ({ params: { file: licence.path.slice("data/".length) }, props: { text: licence.text, type: "text/plain" } })),
  ...Object.entries(datasets).map(([name, dataset]) => ({
    params: { file: dataDownloads.schema(name).slice("data/".length) },
    props: { text: jsonSchemaText(dataset.schema, `${dataset.file}: ${dataset.kind}`, dataDownloads.schema(name)), type: "application/schema+json" },
  })),
  ...LANGS.flatMap((lang) =>
    [...siteOf(lang).tables].map(([figure, table]) => ({
      params: { file: dataDownloads.table(figure, lang).slice("data/".length) },
      props: { text: tableCsv(table, siteOf(lang).strings.tables.csvSources), type: "text/csv" },
    })),
  ),
];

export const GET: APIRoute = ({ props }) => new Response(props.text as string, { headers: { "content-type": `${props.type as string}; charset=utf-8` } });
