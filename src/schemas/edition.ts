import { z } from "zod";
import { envelopeFields, isoDate } from "./common.ts";

/**
 * data/edition/edition.vN.json: the explainer's edition. Its `asOf` is the one date the page
 * describes; no fact, record or source dated later may stand in any data file or on the page. The
 * one later date is `updated`, the day the explainer was last revised, shown as that and never as
 * a fact. A new edition, or a revision of the same one, is a new version of this file.
 */
export const editionFileSchema = z
  .strictObject({
    ...envelopeFields,
    /** The day the edition was last revised (corrections, new sources), on or after the day it describes. */
    updated: isoDate.optional(),
  })
  .superRefine((edition, context) => {
    if (edition.updated && edition.updated < edition.asOf)
      context.addIssue({
        code: "custom",
        path: ["updated"],
        message: `an update on or after the day the edition describes (${edition.asOf})`,
        input: edition.updated,
      });
  });
export type EditionFile = z.infer<typeof editionFileSchema>;
