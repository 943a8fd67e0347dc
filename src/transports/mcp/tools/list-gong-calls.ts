import { ok } from "../../../domain/result.js";
import { defineTool } from "../define-tool.js";
import { cursor, dateTime, gongId, pageLimit, searchText, userIdOrEmail } from "../input-fields.js";
import { omitUndefined } from "../omit-undefined.js";
import { callFactsLine, callLine, callShape, toCallOut } from "../shapes/call-shape.js";
import * as z from "zod";
import { counted } from "../shapes/counted.js";

/** list_gong_calls: the calls of a date range that the caller may see, newest first, paged. */
export const listGongCalls = defineTool({
  name: "list_gong_calls",
  title: "List Gong calls",
  description:
    "Lists the Gong calls you are allowed to see in a date range, newest first: id, title, start, duration " +
    "(seconds), host and a link. Without dates it covers the last 30 days. Use it to find calls, then " +
    "get_gong_call_details, get_detailed_gong_call_details or get_gong_call_transcript for one or more ids. " +
    "Results come in pages of `limit` calls: when next_cursor is not null, call again with the same " +
    "arguments plus cursor to get the next page. Calls your Gong permission profile does not let you see are " +
    "never listed or counted. Narrow it with participant (a user id or anyone's email: \"Dana's calls\"), company " +
    "(a customer's email domain such as acme.com, or part of the CRM account name) and title_contains; they " +
    "combine with AND.",
  access: "read",
  input: {
    from_date_time: dateTime().optional().describe("Start of the range, inclusive (ISO 8601 with time zone). Default: 30 days before to_date_time."),
    to_date_time: dateTime().optional().describe("End of the range, exclusive (ISO 8601 with time zone). Default: now."),
    workspace_id: gongId("workspace").optional().describe("Only calls of this Gong workspace. Default: all workspaces."),
    participant: userIdOrEmail().optional().describe(
      "Only calls with this person: a Gong user id (host or participant), or an email address of the host or any party (customers too). search_gong_users finds an id by name.",
    ),
    company: searchText(100).optional().describe("Only calls with this company: an external party's email domain (acme.com), or part of the call's CRM account name."),
    title_contains: searchText(200).optional().describe("Only calls whose title contains this text (case-insensitive)."),
    cursor: cursor("list_gong_calls").optional().describe("next_cursor from the previous page, with the same other arguments."),
    limit: pageLimit(100, 20).describe("Calls per page, 1 to 100. Default 20."),
  },
  output: {
    calls: z.array(callShape),
    next_cursor: z.string().nullable().describe("Pass as cursor for the next page; null on the last page."),
  },
  async run(input, { useCases, actor }) {
    const page = await useCases.listCalls.execute(actor, {
      ...omitUndefined({
        fromDateTime: input.from_date_time,
        toDateTime: input.to_date_time,
        workspaceId: input.workspace_id,
        cursor: input.cursor,
      }),
      filters: omitUndefined({
        participant: input.participant === undefined ? undefined : input.participant.kind === "user_id" ? { userId: input.participant.userId } : { email: input.participant.email },
        company: input.company,
        titleContains: input.title_contains,
      }),
      limit: input.limit,
    });
    if (!page.ok) return page;
    const { calls, nextCursor } = page.value;
    const lines = calls.length === 0 ? [`No calls found that you can see in this range${input.participant ?? input.company ?? input.title_contains ? " with these filters" : ""}.`] : [`${counted(calls.length, "call")}, newest first:`, ...calls.flatMap((call) => [`- ${callLine(call)}`, `  ${callFactsLine(call)}`])];
    if (nextCursor !== null) lines.push(`More calls: call list_gong_calls again with the same arguments and cursor "${nextCursor}".`);
    return ok({ structured: { calls: calls.map(toCallOut), next_cursor: nextCursor }, text: lines.join("\n") });
  },
});
