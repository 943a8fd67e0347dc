/**
 * A small seeded random source (mulberry32): the demo must be the same for the same seed, without a
 * dependency and without Math.random.
 */
export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** `count` distinct items in random order (fewer if the list is shorter). */
  sample<T>(items: readonly T[], count: number): T[];
  /** A Gong-style id: `length` decimal digits, no leading zero. */
  gongId(length?: number): string;
}

export function seededRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    const item = items[Math.floor(next() * items.length)];
    if (item === undefined) throw new Error("pick from an empty list");
    return item;
  };
  const sample = <T>(items: readonly T[], count: number): T[] => {
    const pool = [...items];
    const out: T[] = [];
    while (out.length < count && pool.length > 0) out.push(...pool.splice(int(0, pool.length - 1), 1));
    return out;
  };
  const gongId = (length = 19): string => {
    // The first digit stays in 1..8 so a 19-digit id is below 2^63, as Gong's (Java long) ids are.
    let id = String(int(1, 8));
    while (id.length < length) id += String(int(0, 9));
    return id;
  };
  return { next, int, chance: (probability) => next() < probability, pick, sample, gongId };
}

/**
 * A fixed 19-digit id derived from a name (FNV-1a, 64-bit), for things the docs and tests refer to
 * (profiles, flows, trackers): stable whatever the seed.
 */
export function stableId(name: string): string {
  let hash = 0xcbf29ce484222325n;
  for (const char of name) hash = BigInt.asUintN(64, (hash ^ BigInt(char.codePointAt(0) ?? 0)) * 0x100000001b3n);
  return String(1_000_000_000_000_000_000n + (hash % 8_000_000_000_000_000_000n));
}
