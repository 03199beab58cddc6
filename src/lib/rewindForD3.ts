import { geoArea } from "d3-geo";
import type { Geometry, Polygon, Position } from "geojson";

/**
 * Returns the geometry with every polygon wound the way d3-geo expects (clockwise exterior on the
 * sphere). GeoJSON files often follow RFC 7946 (counter-clockwise); d3-geo would read such a ring as
 * the whole globe minus the shape, so a polygon whose area exceeds a hemisphere is reversed.
 */
export function rewindForD3<G extends Geometry>(geometry: G): G {
  const fix = (rings: Position[][]): Position[][] => {
    const polygon: Polygon = { type: "Polygon", coordinates: rings };
    return geoArea(polygon) > 2 * Math.PI ? rings.map((ring) => [...ring].reverse()) : rings;
  };
  switch (geometry.type) {
    case "Polygon":
      return { ...geometry, coordinates: fix(geometry.coordinates) };
    case "MultiPolygon":
      return { ...geometry, coordinates: geometry.coordinates.map(fix) };
    case "GeometryCollection":
      return { ...geometry, geometries: geometry.geometries.map(rewindForD3) };
    default:
      return geometry;
  }
}
