import { pino, type Logger as Pino } from "pino";
import type { Logger } from "../application/ports/logger.js";

export const LOG_LEVELS = ["trace", "debug", "info", "warn", "error", "fatal", "silent"] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** Keys whose values never reach a log line, whatever their case or spelling (refresh_token, accessKeySecret…). */
const SECRET_KEY = /authorization|token|secret|password|passwd|cookie|api[-_]?key|credential/i;
const REDACTED = "[redacted]";
const MAX_DEPTH = 6;

/**
 * JSON lines on stderr (fd 2), synchronously so that the last lines before an exit are not lost; stdout is
 * left to the MCP protocol. Secrets are removed here, before pino sees the fields, because pino's own
 * redaction matches exact paths only and a secret can hide under any casing or depth.
 */
export class PinoLogger implements Logger {
  private readonly pino: Pino;

  constructor(level: LogLevel = "info", destination: number | NodeJS.WritableStream = 2) {
    const stream = typeof destination === "number" ? pino.destination({ dest: destination, sync: true }) : destination;
    this.pino = pino({ level, base: { name: "gong-mcp" }, timestamp: pino.stdTimeFunctions.isoTime }, stream);
  }

  debug(message: string, fields?: Readonly<Record<string, unknown>>): void {
    this.pino.debug(scrub(fields), message);
  }

  info(message: string, fields?: Readonly<Record<string, unknown>>): void {
    this.pino.info(scrub(fields), message);
  }

  warn(message: string, fields?: Readonly<Record<string, unknown>>): void {
    this.pino.warn(scrub(fields), message);
  }

  error(message: string, fields?: Readonly<Record<string, unknown>>): void {
    this.pino.error(scrub(fields), message);
  }
}

export function isLogLevel(value: string): value is LogLevel {
  return (LOG_LEVELS as readonly string[]).includes(value);
}

/** A copy of `fields` with secret-named keys blanked at any depth; Errors keep name, message and stack. */
export function scrub(fields: Readonly<Record<string, unknown>> | undefined): Record<string, unknown> {
  return fields === undefined ? {} : (scrubValue(fields, 0) as Record<string, unknown>);
}

function scrubValue(value: unknown, depth: number): unknown {
  if (value instanceof Error) return { name: value.name, message: value.message, stack: value.stack };
  if (typeof value !== "object" || value === null) return value;
  if (depth >= MAX_DEPTH) return "[too deep]";
  if (Array.isArray(value)) return value.map((item) => scrubValue(item, depth + 1));
  const copy: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    copy[key] = SECRET_KEY.test(key) ? REDACTED : scrubValue(inner, depth + 1);
  }
  return copy;
}
