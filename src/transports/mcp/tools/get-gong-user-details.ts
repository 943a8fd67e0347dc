import { ok } from "../../../domain/result.js";
import { defineTool } from "../define-tool.js";
import { gongId } from "../input-fields.js";
import { toUserOut, userLine, userShape } from "../shapes/user-shape.js";

/** get_gong_user_details: one Gong user of the company, the caller by default. */
export const getGongUserDetails = defineTool({
  name: "get_gong_user_details",
  title: "Get Gong user details",
  description:
    "Looks up one Gong user of your company: name, email address, title, manager and whether the account is " +
    "active. Without user_id it describes you (the Gong user this server acts for), which is the way to learn " +
    "your own user id and email. Use it to resolve a user id seen on a call (primary_user_id, a party's " +
    "user_id, manager_id) into a person. It does not list users or return their calls; an id that is not a " +
    "Gong user gives not_found.",
  access: "read",
  input: {
    user_id: gongId("user").optional().describe("The Gong user id to look up (a string of digits). Default: you."),
  },
  output: { user: userShape },
  async run(input, { useCases, actor }) {
    const user = await useCases.getUserDetails.execute(actor, input.user_id);
    if (!user.ok) return user;
    return ok({ structured: { user: toUserOut(user.value) }, text: userLine(user.value) });
  },
});
