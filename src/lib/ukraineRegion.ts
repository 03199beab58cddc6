/** The box around Ukraine, in degrees, that every coordinate of the maps falls in: data files and imports alike. */
export const UKRAINE_REGION = { west: 22, east: 41, south: 44, north: 53 } as const;
