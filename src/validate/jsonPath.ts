/** A JSON path as messages write it: `places[3].lat`, or "(the whole file)" for the root. */
export function jsonPath(path: readonly PropertyKey[]): string {
  return (
    path.reduce<string>((text, key) => (typeof key === "number" ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)), "") || "(the whole file)"
  );
}
