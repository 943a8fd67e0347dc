import { afterEach, describe, expect, test } from "vitest";
import { SessionRegistry, type Session, type SessionLimits } from "../../../src/transports/http/session-registry.js";
import { memoryLogger } from "../../support/memory-logger.js";

/** A session whose transport and server only record being closed, and whose calls the test starts and ends. */
interface FakeSession {
  readonly session: Session;
  readonly closed: () => boolean;
  readonly finishCalls: () => void;
}

function fakeSession(id: string, owner: string, lastSeen: number, options: { busy?: boolean; failClose?: boolean } = {}): FakeSession {
  let busy = options.busy ?? false;
  let transportClosed = false;
  let serverClosed = false;
  let finished: () => void = () => undefined;
  const idle = busy ? new Promise<void>((resolve) => (finished = resolve)) : Promise.resolve();
  const transport = {
    close: () => {
      if (options.failClose === true) return Promise.reject(new Error("socket already gone"));
      transportClosed = true;
      return Promise.resolve();
    },
  };
  const served = {
    busy: () => busy,
    idle: () => idle,
    server: { close: () => ((serverClosed = true), Promise.resolve()) },
  };
  return {
    session: { id, owner, lastSeen, transport: transport as unknown as Session["transport"], served: served as unknown as Session["served"] },
    closed: () => transportClosed && serverClosed,
    finishCalls: () => {
      busy = false;
      finished();
    },
  };
}

const registries: SessionRegistry[] = [];
afterEach(async () => {
  // closeAll also clears the sweeper interval the constructor started.
  await Promise.all(registries.splice(0).map((registry) => registry.closeAll(0)));
});

function registryOf(limits: Partial<SessionLimits>, sessions: readonly FakeSession[], now: () => number = () => 10_000) {
  const log = memoryLogger();
  const registry = new SessionRegistry({ maxSessions: 100, maxSessionsPerUser: 10, idleMs: 60_000, ...limits }, log.logger, now);
  registries.push(registry);
  for (const fake of sessions) registry.add(fake.session);
  return { registry, lines: log.lines };
}

describe("SessionRegistry.admit", () => {
  test("under the limits a new session may open and nothing is closed", async () => {
    const mine = fakeSession("a1", "alice", 0);
    const { registry } = registryOf({ maxSessions: 3, maxSessionsPerUser: 2 }, [mine]);
    expect(await registry.admit("alice")).toBe("ok");
    expect(await registry.admit("bob")).toBe("ok");
    expect(mine.closed()).toBe(false);
    expect(registry.size).toBe(1);
  });

  test("at their limit, the caller's least recently used idle session is closed to make room", async () => {
    // Added newest first, so the choice must come from lastSeen, not from insertion order.
    const [recent, oldest, busyOlder] = [fakeSession("a1", "alice", 900), fakeSession("a2", "alice", 500), fakeSession("a3", "alice", 100, { busy: true })];
    const { registry } = registryOf({ maxSessionsPerUser: 3 }, [recent, oldest, busyOlder]);
    expect(await registry.admit("alice")).toBe("ok");
    expect(oldest.closed()).toBe(true);
    expect(registry.get("a2")).toBeUndefined();
    expect([recent.closed(), busyOlder.closed()]).toEqual([false, false]);
    expect(registry.size).toBe(2);
  });

  test("when all of the caller's sessions are busy the new one is refused: user_full", async () => {
    const theirs = [fakeSession("a1", "alice", 1, { busy: true }), fakeSession("a2", "alice", 2, { busy: true })];
    const { registry } = registryOf({ maxSessionsPerUser: 2 }, theirs);
    expect(await registry.admit("alice")).toBe("user_full");
    expect(theirs.map((fake) => fake.closed())).toEqual([false, false]);
    expect(registry.size).toBe(2);
  });

  test("at maxSessions a new caller is refused: full, and nobody else's session is closed for it", async () => {
    const bobs = [fakeSession("b1", "bob", 1), fakeSession("b2", "bob", 2)];
    const { registry } = registryOf({ maxSessions: 2, maxSessionsPerUser: 5 }, bobs);
    expect(await registry.admit("alice")).toBe("full");
    expect(bobs.map((fake) => fake.closed())).toEqual([false, false]);
    expect(registry.size).toBe(2);
  });

  test("at maxSessions a caller at their own limit makes room by closing their own idle session", async () => {
    const [alices, bobs] = [fakeSession("a1", "alice", 1), fakeSession("b1", "bob", 0)];
    const { registry } = registryOf({ maxSessions: 2, maxSessionsPerUser: 1 }, [alices, bobs]);
    expect(await registry.admit("alice")).toBe("ok");
    expect([alices.closed(), bobs.closed()]).toEqual([true, false]);
  });

  test("a session that fails to close is still forgotten, and the failure is logged", async () => {
    const broken = fakeSession("a1", "alice", 1, { failClose: true });
    const { registry, lines } = registryOf({ maxSessionsPerUser: 1 }, [broken]);
    expect(await registry.admit("alice")).toBe("ok");
    expect(registry.get("a1")).toBeUndefined();
    expect(lines.some((line) => line.level === "warn" && line.fields?.session === "a1")).toBe(true);
  });
});

describe("SessionRegistry.closeIdle", () => {
  test("closes the sessions unused for idleMs that run no call, and keeps the rest", async () => {
    const now = 100_000;
    const stale = fakeSession("s1", "alice", now - 5_000);
    const exactlyIdle = fakeSession("s2", "bob", now - 1_000);
    const recent = fakeSession("s3", "alice", now - 999);
    const staleButBusy = fakeSession("s4", "bob", now - 50_000, { busy: true });
    const { registry } = registryOf({ idleMs: 1_000 }, [stale, exactlyIdle, recent, staleButBusy], () => now);
    await registry.closeIdle();
    expect([stale, exactlyIdle, recent, staleButBusy].map((fake) => fake.closed())).toEqual([true, true, false, false]);
    expect([registry.get("s1"), registry.get("s2")]).toEqual([undefined, undefined]);
    expect(registry.size).toBe(2);
  });

  test("touch() marks a session used now, which keeps it open", async () => {
    let now = 0;
    const fake = fakeSession("s1", "alice", 0);
    const { registry } = registryOf({ idleMs: 1_000 }, [fake], () => now);
    now = 5_000;
    registry.touch(fake.session);
    expect(fake.session.lastSeen).toBe(5_000);
    await registry.closeIdle();
    expect(fake.closed()).toBe(false);
  });
});

describe("SessionRegistry.closeAll", () => {
  test("waits for running calls to end, then closes every session", async () => {
    const running = fakeSession("s1", "alice", 0, { busy: true });
    const quiet = fakeSession("s2", "bob", 0);
    const { registry } = registryOf({}, [running, quiet]);
    let done = false;
    // A grace far longer than the test: only the running call's end can let closeAll go on.
    const closing = registry.closeAll(600_000).then(() => (done = true));
    for (let i = 0; i < 5; i++) await new Promise((resolve) => setImmediate(resolve));
    expect([done, running.closed(), quiet.closed()]).toEqual([false, false, false]);
    running.finishCalls();
    await closing;
    expect([running.closed(), quiet.closed()]).toEqual([true, true]);
    expect(registry.size).toBe(0);
  });
});
