import { failure, messages, type Reply } from "./errors.js";
import type { FakeGongState } from "./fake-gong-state.js";
import { assignRoutes } from "./routes/assign.js";
import { callRoutes } from "./routes/calls.js";
import { extensiveCallRoutes } from "./routes/extensive-calls.js";
import { flowRoutes } from "./routes/flows.js";
import { profileRoutes } from "./routes/profiles.js";
import { prospectRoutes } from "./routes/prospects.js";
import type { Route } from "./routes/route.js";
import { transcriptRoutes } from "./routes/transcripts.js";
import { userRoutes } from "./routes/users.js";
import { workspaceRoutes } from "./routes/workspaces.js";

const ROUTES: readonly Route[] = [
  ...userRoutes,
  ...workspaceRoutes,
  ...profileRoutes,
  ...callRoutes,
  ...extensiveCallRoutes,
  ...transcriptRoutes,
  ...flowRoutes,
  ...prospectRoutes,
  ...assignRoutes,
];

export interface RoutedRequest {
  readonly method: string;
  readonly path: string;
  readonly query: Readonly<Record<string, string>>;
  readonly body: unknown;
}

/**
 * Finds the route for a request. A literal path beats a `:param` one (`/v2/calls/extensive` is not call
 * "extensive"); a known path with another method is 405 (recorded), an unknown path 404.
 */
export function route(request: RoutedRequest, state: FakeGongState): Reply {
  const segments = request.path.replace(/\/+$/, "").split("/");
  const matches = ROUTES.flatMap((r) => {
    const params = match(r.pattern, segments);
    return params === undefined ? [] : [{ route: r, params, literal: !r.pattern.includes(":") }];
  });
  const literal = matches.filter((m) => m.literal);
  const candidates = literal.length > 0 ? literal : matches;
  // UNCONFIRMED: the text of Gong's 404 for a path it does not serve.
  if (candidates.length === 0) return failure(404, messages.notFound);
  const chosen = candidates.find((m) => m.route.method === request.method);
  if (chosen === undefined) return failure(405, messages.methodNotAllowed);
  return chosen.route.handle({ params: chosen.params, query: request.query, body: request.body }, state);
}

function match(pattern: string, segments: readonly string[]): Record<string, string> | undefined {
  const parts = pattern.split("/");
  if (parts.length !== segments.length) return undefined;
  const params: Record<string, string> = {};
  for (const [i, part] of parts.entries()) {
    const segment = segments[i] ?? "";
    if (part.startsWith(":")) {
      if (segment === "") return undefined;
      params[part.slice(1)] = decodeSegment(segment);
    } else if (part !== segment) {
      return undefined;
    }
  }
  return params;
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
