import { codes } from './iso-country-codes.data.json';

/** The 249 officially assigned ISO 3166-1 alpha-2 country codes. */
export const ISO_COUNTRY_CODES: ReadonlySet<string> = new Set(codes);
