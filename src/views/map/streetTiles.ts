/**
 * The street map's tiles, fetched only once a person turns the street map on. The build's
 * Content-Security-Policy (scripts/contentSecurityPolicy.ts) allows images from this origin, and
 * from no other server.
 */
export const STREET_TILES_URL = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
