import * as Either from "effect/Either";
import * as ParseResult from "effect/ParseResult";
import * as Schema from "effect/Schema";

/** Decodes Gong JSON; a failure carries the exact path of what did not match (for the log, never the user). */
export function decodeWire<A, I>(
  schema: Schema.Schema<A, I>,
  body: unknown,
): { readonly ok: true; readonly value: A } | { readonly ok: false; readonly path: string } {
  const decoded = Schema.decodeUnknownEither(schema, { onExcessProperty: "ignore" })(body);
  if (Either.isRight(decoded)) return { ok: true, value: decoded.right };
  return { ok: false, path: ParseResult.TreeFormatter.formatErrorSync(decoded.left) };
}
