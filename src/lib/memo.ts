/**
 * A function that works out each answer once and keeps it: for pure work a build repeats on thousands of pages
 * with the same few inputs (a locale's formatter, a phrase's pattern, an address's QR code).
 */
export function memoize<K extends string, V>(make: (key: K) => V): (key: K) => V {
  const kept = new Map<K, V>();
  return (key) => {
    if (!kept.has(key)) kept.set(key, make(key));
    return kept.get(key)!;
  };
}
