import fc from "fast-check";
import type { DetailedCall } from "../../src/domain/call-content.js";
import type { UserId } from "../../src/domain/ids.js";
import type { PermissionProfile } from "../../src/domain/permission-profile.js";
import type { Transcript } from "../../src/domain/transcript.js";
import type { User } from "../../src/domain/user.js";
import { arbCalls, arbTranscriptsFor } from "./calls.js";
import { arbUsers } from "./org.js";
import { arbProfiles } from "./profiles.js";

/** A whole company: directory, profiles in every workspace, calls and some transcripts. */
export interface World {
  readonly users: readonly User[];
  readonly profiles: readonly PermissionProfile[];
  readonly calls: readonly DetailedCall[];
  readonly transcripts: readonly Transcript[];
}

export function arbWorld(options: { minUsers?: number; maxCalls?: number } = {}): fc.Arbitrary<World> {
  return fc
    .tuple(arbUsers(options.minUsers ?? 1), arbCalls(options.maxCalls ?? 20))
    .chain(([users, calls]) =>
      fc.record({
        users: fc.constant(users),
        profiles: arbProfiles(users.map((user) => user.id)),
        calls: fc.constant(calls),
        transcripts: arbTranscriptsFor(calls.map((call) => call.id)),
      }),
    );
}

/** A world and a caller who is one of its active users (made active if the draw left them inactive). */
export interface Scene extends World {
  readonly callerId: UserId;
  /** Another active user, when the world has two or more users. */
  readonly otherId: UserId | undefined;
}

export function arbScene(options: { minUsers?: number; maxCalls?: number } = {}): fc.Arbitrary<Scene> {
  return arbWorld(options).chain((world) =>
    fc.shuffledSubarray(
      world.users.map((user) => user.id),
      { minLength: Math.min(2, world.users.length), maxLength: Math.min(2, world.users.length) },
    ).map(([callerId, otherId]) => ({
      ...world,
      users: world.users.map((user) => (user.id === callerId || user.id === otherId ? { ...user, active: true } : user)),
      callerId: callerId!,
      otherId,
    })),
  );
}
