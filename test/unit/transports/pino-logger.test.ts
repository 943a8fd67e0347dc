import { PassThrough } from "node:stream";
import { expect, test } from "vitest";
import { PinoLogger } from "../../../src/adapters/pino-logger.js";

function capture(level: "debug" | "info" = "info"): { logger: PinoLogger; lines: () => Record<string, unknown>[] } {
  const stream = new PassThrough();
  const chunks: string[] = [];
  stream.on("data", (chunk: Buffer) => chunks.push(chunk.toString("utf8")));
  return {
    logger: new PinoLogger(level, stream),
    lines: () => chunks.join("").split("\n").filter((line) => line !== "").map((line) => JSON.parse(line) as Record<string, unknown>),
  };
}

test("writes one JSON line per entry, with message, level and fields", () => {
  const { logger, lines } = capture();
  logger.info("started", { userId: "1" });
  expect(lines()).toEqual([expect.objectContaining({ msg: "started", level: 30, userId: "1", name: "gong-mcp" })]);
});

test("drops entries below the configured level", () => {
  const { logger, lines } = capture("info");
  logger.debug("noise");
  logger.warn("kept");
  expect(lines().map((line) => line.msg)).toEqual(["kept"]);
});

test("secret-named keys are redacted at any depth and in any spelling", () => {
  const { logger, lines } = capture();
  logger.error("request failed", {
    headers: { Authorization: "Basic abc", Cookie: "sid=1" },
    nested: { deeper: { refresh_token: "r", accessToken: "a", clientSecret: "s", password: "p" } },
    list: [{ apiKey: "k" }],
    status: 401,
  });
  const [line] = lines();
  const text = JSON.stringify(line);
  for (const secret of ["Basic abc", "sid=1", '"r"', '"a"', '"s"', '"p"', '"k"']) expect(text).not.toContain(secret);
  expect(line).toMatchObject({ status: 401, headers: { Authorization: "[redacted]" } });
});

test("an Error keeps its name, message and stack", () => {
  const { logger, lines } = capture();
  logger.error("bug", { error: new TypeError("boom") });
  expect(lines()[0]).toMatchObject({ error: { name: "TypeError", message: "boom", stack: expect.stringContaining("boom") as unknown } });
});
