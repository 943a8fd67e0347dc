import * as z from "zod";
import { ok } from "../../../domain/result.js";
import { defineTool } from "../define-tool.js";
import { pageLimit, searchText } from "../input-fields.js";
import { counted } from "../shapes/counted.js";
import { toUserOut, userLine, userShape } from "../shapes/user-shape.js";

/** search_gong_users (contract section 5b): from "Dana" to Dana's user id, without knowing it. */
export const searchGongUsers = defineTool({
  name: "search_gong_users",
  title: "Search Gong users",
  description:
    "Finds active Gong users of your company by part of a name or email (case-insensitive): \"dana\", " +
    "\"Dana Kim\", \"kim@\". Best matches first: a whole name or email, then names that start with the query, " +
    "then any match. Use it to turn a person someone mentions into a user id for list_gong_calls " +
    "(participant) or get_gong_user_details. Deactivated users are not found.",
  access: "read",
  input: {
    query: searchText(100).describe("Part of a first name, last name, full name or email address, 1 to 100 characters."),
    limit: pageLimit(50, 10).describe("Most users to return, 1 to 50. Default 10."),
  },
  output: { users: z.array(userShape) },
  async run(input, { useCases, actor }) {
    const users = await useCases.searchUsers.execute(actor, input.query, input.limit);
    if (!users.ok) return users;
    const lines = users.value.length === 0
      ? [`No active Gong user's name or email contains "${input.query}".`]
      : [`${counted(users.value.length, "user")} matching "${input.query}", best first:`, ...users.value.map((user) => `- ${userLine(user)}`)];
    return ok({ structured: { users: users.value.map(toUserOut) }, text: lines.join("\n") });
  },
});
