// Gong's spec names a scope per operation (gong-api.md section 4); first match wins.
const RULES: readonly (readonly [method: string, path: RegExp, scope: string])[] = [
  ["GET", /^\/v2\/users(\/[^/]+)?$/, "api:users:read"],
  ["POST", /^\/v2\/users\/extensive$/, "api:users:read"],
  ["GET", /^\/v2\/permission-profile\/users$/, "api:users:read"],
  ["GET", /^\/v2\/calls(\/[^/]+)?$/, "api:calls:read:basic"],
  ["POST", /^\/v2\/calls\/extensive$/, "api:calls:read:extensive"],
  ["POST", /^\/v2\/calls\/transcript$/, "api:calls:read:transcript"],
  ["POST", /^\/v2\/flows\/prospects\/(assign|unassign)/, "api:flows:write"],
  ["GET", /^\/v2\/flows(\/folders)?$/, "api:flows:read"],
  ["POST", /^\/v2\/flows\/prospects$/, "api:flows:read"],
  // UNCONFIRMED: the spec names no scope for these two; public code uses api:permission-profile:read.
  ["GET", /^\/v2\/(permission-profile|all-permission-profiles)$/, "api:permission-profile:read"],
  ["GET", /^\/v2\/workspaces$/, "api:workspaces:read"],
];

/**
 * What an authorize request without `scope` is granted: every scope the fake checks, as if the OAuth app
 * were registered with all of them (Gong grants an app's registered scopes).
 */
export const ALL_CHECKED_SCOPES: readonly string[] = [...new Set(RULES.map(([, , scope]) => scope))];

/** The scope an OAuth token needs for this request; undefined for paths the fake does not know. */
export function requiredScope(method: string, path: string): string | undefined {
  // The fake API ignores trailing slashes, so the check must too, or "/v2/workspaces/" would skip it.
  const trimmed = path.replace(/\/+$/, "");
  return RULES.find(([m, pattern]) => m === method && pattern.test(trimmed))?.[2];
}

/** Gong's real 401 text for a token without the scope (gong-api.md section 3). */
export const missingScopeMessage = (scope: string): string => `You don't have permission to use '${scope}' in your app.`;
