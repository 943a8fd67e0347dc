/**
 * The Gong endpoints gong-mcp calls, with the OAuth scope each needs (gong-api.md section 4): a failed
 * answer names the scope, so an admin knows what to grant.
 */
export interface Endpoint {
  readonly method: "GET" | "POST";
  readonly path: string;
  readonly scope: string;
  /** Engage endpoints answer 403 when the company has no Engage licence (gong-api.md section 3). */
  readonly engage: boolean;
}

const endpoint = (method: Endpoint["method"], path: string, scope: string, engage = false): Endpoint => ({
  method,
  path,
  scope,
  engage,
});

export const ENDPOINTS = {
  users: endpoint("GET", "/v2/users", "api:users:read"),
  /** The path takes the user id: see `userPath`. */
  user: endpoint("GET", "/v2/users/{id}", "api:users:read"),
  workspaces: endpoint("GET", "/v2/workspaces", "api:workspaces:read"),
  // UNCONFIRMED: the scope of all-permission-profiles is not in Gong's spec; public code uses this one.
  permissionProfiles: endpoint("GET", "/v2/all-permission-profiles", "api:permission-profile:read"),
  permissionProfileUsers: endpoint("GET", "/v2/permission-profile/users", "api:users:read"),
  extensiveCalls: endpoint("POST", "/v2/calls/extensive", "api:calls:read:extensive"),
  transcripts: endpoint("POST", "/v2/calls/transcript", "api:calls:read:transcript"),
  flows: endpoint("GET", "/v2/flows", "api:flows:read", true),
  prospectFlows: endpoint("POST", "/v2/flows/prospects", "api:flows:read", true),
  assignFlow: endpoint("POST", "/v2/flows/prospects/assign", "api:flows:write", true),
} as const;

/** Ids are digits, but the path segment is encoded anyway: whatever reaches here never escapes the path. */
export function userPath(id: string): string {
  return `/v2/users/${encodeURIComponent(id)}`;
}
