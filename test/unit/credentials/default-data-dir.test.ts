import { describe, expect, test } from "vitest";
import { defaultDataDir } from "../../../src/adapters/credentials/default-data-dir.js";

describe("defaultDataDir", () => {
  test("GONG_MCP_DATA_DIR wins everywhere", () => {
    expect(defaultDataDir({ GONG_MCP_DATA_DIR: "/srv/gong" }, "darwin", "/home/u")).toBe("/srv/gong");
  });
  test("Linux: XDG_DATA_HOME when absolute, else ~/.local/share", () => {
    expect(defaultDataDir({ XDG_DATA_HOME: "/xdg" }, "linux", "/home/u")).toBe("/xdg/gong-mcp");
    expect(defaultDataDir({ XDG_DATA_HOME: "relative" }, "linux", "/home/u")).toBe("/home/u/.local/share/gong-mcp");
    expect(defaultDataDir({}, "linux", "/home/u")).toBe("/home/u/.local/share/gong-mcp");
  });
  test("macOS: Application Support", () => {
    expect(defaultDataDir({}, "darwin", "/Users/u")).toBe("/Users/u/Library/Application Support/gong-mcp");
  });
});
