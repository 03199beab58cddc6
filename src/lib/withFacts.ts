/** A figure named inside a text written as a plain string, such as an alt text: "the line of {day@latest}". */
const TOKEN = /\{([A-Za-z0-9@-]+)\}/g;

/**
 * The text with each figure it names in braces printed as the text prints it (`<Num>` for strings):
 * "bounded by the line of {day@latest}" becomes "bounded by the line of 15 December 2025". Ids that
 * name no figure are returned in `missing`, in order, and left as written: with no figures, every id
 * the text names.
 */
export function withFacts(text: string, facts: Map<string, { text: string }>): { text: string; missing: string[] } {
  const missing: string[] = [];
  const printed = text.replace(TOKEN, (token, id: string) => {
    const fact = facts.get(id);
    if (!fact) missing.push(id);
    return fact?.text ?? token;
  });
  return { text: printed, missing };
}
