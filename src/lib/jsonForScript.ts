/**
 * JSON to write inside a `<script type="application/json">` element: every "<" is escaped as
 * \u003c, so no text from data can close the element ("</script>") or open a comment, and the
 * browser's JSON.parse reads the same value back.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
