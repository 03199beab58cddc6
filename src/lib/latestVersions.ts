/**
 * Keeps, for each dataset, only its highest version: data/places/places.v1.json and
 * data/places/places.v2.json are one dataset, "data/places/places", and v2 wins.
 */
export function latestVersions<T>(files: Map<string, T>): Map<string, { path: string; data: T }> {
  const latest = new Map<string, { path: string; data: T; version: number }>();
  for (const [path, data] of files) {
    const match = /^(.*)\.v(\d+)\.(?:topo\.)?json$/.exec(path);
    if (!match) continue;
    const [, dataset, version] = match;
    const current = latest.get(dataset);
    if (!current || Number(version) > current.version) latest.set(dataset, { path, data, version: Number(version) });
  }
  return new Map([...latest].map(([dataset, { path, data }]) => [dataset, { path, data }]));
}
