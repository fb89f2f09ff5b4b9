/** A GraphQL enum object from a readonly list of values (the lists live in @hub/domain). */
export function enumFromValues<T extends string>(values: readonly T[]): Record<T, T> {
  return Object.fromEntries(values.map((value) => [value, value])) as Record<T, T>;
}
