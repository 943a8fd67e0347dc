import { describe, expect, test } from "vitest";
import type { DomainError } from "../../../src/domain/errors.js";
import { explain, toToolError, unexpectedFailure } from "../../../src/transports/mcp/tool-error.js";

/** One example per tag; the Record type makes the table fail to compile when a tag is added to the union. */
const examples: Record<DomainError["_tag"], readonly [DomainError, string]> = {
  NotConnected: [{ _tag: "NotConnected" }, "not_connected: "],
  Unauthorized: [{ _tag: "Unauthorized", detail: "the access key was revoked" }, "unauthorized: "],
  Forbidden: [{ _tag: "Forbidden", detail: "your profile does not allow this" }, "forbidden: your profile does not allow this."],
  NotFound: [
    { _tag: "NotFound", what: "call", id: "7782342274025937895" },
    "not_found: Call 7782342274025937895 was not found, or you do not have access to it.",
  ],
  UnknownUser: [{ _tag: "UnknownUser", userId: "123" }, "unknown_user: 123 "],
  InvalidInput: [{ _tag: "InvalidInput", field: "cursor", expected: "a cursor" }, "invalid_input: cursor: expected a cursor."],
  RateLimited: [{ _tag: "RateLimited", resetsAt: "2026-03-02T00:00:00.000Z" }, "rate_limited: "],
  LocalFailure: [{ _tag: "LocalFailure", detail: "the daily request count /data/usage.json cannot be written" }, "upstream_error: a problem on this server, not at Gong"],
  UpstreamFailed: [{ _tag: "UpstreamFailed", reason: "Status", status: 502 }, "upstream_error: "],
};

describe("toToolError", () => {
  test.each(Object.entries(examples))("%s becomes an isError result whose text starts with its code", (_tag, [error, start]) => {
    const result = toToolError(error);
    expect(result.isError).toBe(true);
    expect(result.structuredContent).toBeUndefined();
    expect(result.content).toHaveLength(1);
    expect(explain(error).startsWith(start)).toBe(true);
  });

  test("rate_limited says when the budget resets", () => {
    expect(explain({ _tag: "RateLimited", resetsAt: "2026-03-02T00:00:00.000Z" })).toContain("2026-03-02T00:00:00.000Z");
  });

  test.each(["Transport", "Timeout", "Status", "Decode", "Throttled"] as const)("upstream failure %s reads as upstream_error", (reason) => {
    expect(explain({ _tag: "UpstreamFailed", reason })).toMatch(/^upstream_error: \S.*\.$/);
  });

  test("a status code is named, nothing else from the upstream answer", () => {
    expect(explain({ _tag: "UpstreamFailed", reason: "Status", status: 503 })).toBe(
      "upstream_error: Gong answered with HTTP 503. Try again in 30 seconds.",
    );
  });

  test("every message is one line", () => {
    for (const [error] of Object.values(examples)) expect(explain(error)).not.toContain("\n");
  });

  test("a bug reads as upstream_error without details", () => {
    const result = unexpectedFailure();
    expect(result.isError).toBe(true);
    expect(result.content[0]).toMatchObject({ type: "text", text: expect.stringMatching(/^upstream_error: /) as unknown });
  });
});
