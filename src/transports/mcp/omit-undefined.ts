/** Optional values that are absent or undefined, as an object without those keys. */
export type WithoutUndefined<T> = { [K in keyof T]?: Exclude<T[K], undefined> };

/**
 * Drops undefined values, so snake_case tool input maps onto use case inputs whose optional fields may be
 * missing but never undefined (exactOptionalPropertyTypes).
 */
export function omitUndefined<T extends Record<string, unknown>>(values: T): WithoutUndefined<T> {
  const present: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) if (value !== undefined) present[key] = value;
  return present as WithoutUndefined<T>;
}
