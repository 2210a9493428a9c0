import { Transform } from 'class-transformer';

/**
 * A whole number in a query string: only plain digits become a number; anything else ("0x10",
 * "1e3", "true") stays as it came, so the validation names it instead of a coercion accepting it.
 */
export const QueryInt = () =>
  Transform(({ value }) => (typeof value === 'string' && /^-?\d{1,9}$/.test(value) ? Number(value) : value));
