import { err, ok, type Result } from "../domain/result.js";

/** The process environment as configuration reads it. */
export type Env = Readonly<Record<string, string | undefined>>;

/** An unset or blank variable is absent. */
export function setting(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed === "" ? undefined : trimmed;
}

/** Echoes a bad value back, but never a long one (it might be a pasted secret). */
export function clip(value: string): string {
  return value.length <= 40 ? value : `${value.slice(0, 40)}…`;
}

/** A whole-number variable in [min, max], `fallback` when unset; else one line naming it and the range. */
export function wholeSetting(env: Env, name: string, fallback: number, min: number, max: number, unit = ""): Result<number, string> {
  const raw = setting(env[name]);
  if (raw === undefined) return ok(fallback);
  const value = Number(raw);
  return /^\d+$/.test(raw) && value >= min && value <= max
    ? ok(value)
    : err(`${name}: expected a whole number${unit} from ${min} to ${max}, got "${raw.slice(0, 20)}"`);
}
