import * as z from "zod";
import { fullName, isActiveUser, type User } from "../../../domain/user.js";

const text = z.string().nullable();

export const userShape = z.object({
  id: z.string(),
  email_address: text,
  first_name: text,
  last_name: text,
  title: text,
  manager_id: text,
  active: z.boolean(),
  created: text.describe("ISO 8601 time the user was created in Gong"),
});

export function toUserOut(user: User): z.input<typeof userShape> {
  return {
    id: user.id,
    email_address: user.emailAddress,
    first_name: user.firstName,
    last_name: user.lastName,
    title: user.title,
    manager_id: user.managerId,
    active: isActiveUser(user),
    created: user.created,
  };
}

export function userLine(user: User): string {
  const name = fullName(user) ?? "(no name)";
  const parts = [`${name} (id ${user.id})`, user.title, user.emailAddress, isActiveUser(user) ? "active" : "deactivated"];
  const manager = user.managerId === null ? "no manager" : `manager ${user.managerId}`;
  const created = user.created === null ? null : `created ${user.created}`;
  return [...parts, manager, created].filter((part): part is string => part !== null).join(" · ");
}
