import { z } from "zod";
import { envelopeFields } from "./common.ts";

/**
 * data/edition/edition.vN.json: the explainer's edition. Its `asOf` is the one date the page
 * describes; nothing dated later may stand in any data file or on the page. A new edition is a
 * new version of this file.
 */
export const editionFileSchema = z.strictObject({ ...envelopeFields });
export type EditionFile = z.infer<typeof editionFileSchema>;
