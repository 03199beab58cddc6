import { z } from "zod";
import { envelope, slug, sourceIds } from "./common.ts";
import { confidenceSchema } from "./proposals.ts";
import { partySchema } from "./roles.ts";

/** The words of a treaty a column stands for, quoted once in the comparison. */
export const quoteSchema = z.strictObject({
  /** A short verbatim excerpt. */
  text: z.string().min(10).max(300),
  /** Where the quote comes from, as a reader would cite it. */
  attribution: z.string().min(3),
  /** Ids of sources listed in the file's `sources`. */
  sources: sourceIds.min(1, { message: "at least one source id" }),
});
export type Quote = z.infer<typeof quoteSchema>;

/** One column of the comparison: a treaty or a party's offer. */
export const guaranteeColumnSchema = z.strictObject({
  /** Stable id; a column with a party is a proposal, and has its id in data/proposals. */
  id: slug,
  /** Name as a reader would say it, for wide screens and tables. */
  name: z.string().min(3).max(60),
  /** A name short enough for a column on a phone. */
  shortName: z.string().min(2).max(18),
  /** The party whose offer the column sets out, which gives its head the party's colour; absent for a treaty. */
  party: partySchema.optional(),
  /** The treaty's own words, for a column that stands for a treaty. */
  quote: quoteSchema.optional(),
});
export type GuaranteeColumn = z.infer<typeof guaranteeColumnSchema>;

/** One row of the comparison: an element of a guarantee. */
export const guaranteeElementSchema = z.strictObject({
  /** Stable id, which a step names to pick out the row. */
  id: slug,
  /** Short label. */
  label: z.string().min(3).max(40),
  /** The party whose position the row states across the columns (Russia's rejections), which gives its head the party's colour. */
  party: partySchema.optional(),
});
export type GuaranteeElement = z.infer<typeof guaranteeElementSchema>;

/** A short term: two to six words, the first layer of a cell. */
const term = z
  .string()
  .max(48)
  .refine(
    (text) => {
      const words = text.trim().split(/\s+/).length;
      return words >= 2 && words <= 6;
    },
    { message: "a short term of two to six words" },
  );

/** What one column says of one element. */
export const guaranteeCellSchema = z.strictObject({
  /** Id of the row (one of the file's `elements`). */
  element: slug,
  /** Id of the column (one of the file's `columns`). */
  column: slug,
  /** The short term shown in the grid. */
  term,
  /**
   * in-treaty = written in a treaty in force; offered = put on the table; committed = promised in a
   * statement; sought = asked for; ruled-out = excluded by the party itself; rejected = refused by
   * another party; not-stated = nothing said or reported by the file's asOf.
   */
  status: z.enum(["in-treaty", "offered", "committed", "sought", "ruled-out", "rejected", "not-stated"]),
  /** What the cell means, in our own words, attributed: the second layer. */
  detail: z.string().min(10).max(260),
  /** How sure the research log is. */
  confidence: confidenceSchema,
  /** Ids of sources listed in the file's `sources`. */
  sources: sourceIds.min(1, { message: "at least one source id" }),
});
export type GuaranteeCell = z.infer<typeof guaranteeCellSchema>;

/** data/guarantees/guarantees.vN.json */
export const guaranteesFileSchema = z
  .strictObject({
    ...envelope,
    /** The columns compared, in order: NATO's Article 5 first, then the offers. */
    columns: z.array(guaranteeColumnSchema).min(2),
    /** The rows, in order. */
    elements: z.array(guaranteeElementSchema).min(1),
    /** One cell for every element and column. */
    cells: z.array(guaranteeCellSchema).min(1),
  })
  .superRefine((file, context) => {
    const columns = new Set(file.columns.map((c) => c.id));
    // The treaty's words are quoted once on the page, so one column at most carries them.
    file.columns.forEach((column, i) => {
      if (column.quote && file.columns.findIndex((c) => c.quote) < i)
        context.addIssue({ code: "custom", path: ["columns", i, "quote"], input: column.quote.text, message: "one quote in the file, in one column" });
    });
    const elements = new Set(file.elements.map((e) => e.id));
    const seen = new Map<string, number>();
    file.cells.forEach((cell, i) => {
      if (!elements.has(cell.element))
        context.addIssue({
          code: "custom",
          path: ["cells", i, "element"],
          input: cell.element,
          message: `the id of one of the file's elements (${[...elements].join(", ")})`,
        });
      if (!columns.has(cell.column))
        context.addIssue({
          code: "custom",
          path: ["cells", i, "column"],
          input: cell.column,
          message: `the id of one of the file's columns (${[...columns].join(", ")})`,
        });
      const pair = `${cell.element} / ${cell.column}`;
      if (seen.has(pair))
        context.addIssue({
          code: "custom",
          path: ["cells", i],
          input: pair,
          message: `one cell for each element and column (the first for this pair is cells[${seen.get(pair)}])`,
        });
      seen.set(pair, i);
    });
    for (const element of elements) {
      for (const column of columns) {
        if (!seen.has(`${element} / ${column}`))
          context.addIssue({
            code: "custom",
            path: ["cells"],
            input: file.cells,
            message: `a cell for every element and column (${element} / ${column} has none)`,
          });
      }
    }
  });
export type GuaranteesFile = z.infer<typeof guaranteesFileSchema>;
