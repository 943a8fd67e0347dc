import type { CrmObject } from "../../../domain/crm.js";

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * The CRM objects of a call's or a party's `context` (gong-api.md section 7: `[{ system, objects: [{ objectType,
 * objectId, fields: [{ name, value }] }] }]`). Read leniently, as real payloads vary: an object without a type or
 * an id is left out, never a failure; ids may come as numbers; the name is the `Name` field when present.
 */
export function crmObjectsOf(context: unknown): CrmObject[] {
  if (!Array.isArray(context)) return [];
  const objects: CrmObject[] = [];
  for (const entry of context) {
    if (!isObject(entry) || !Array.isArray(entry.objects)) continue;
    const system = typeof entry.system === "string" ? entry.system : null;
    for (const object of entry.objects) {
      if (!isObject(object)) continue;
      const type = typeof object.objectType === "string" ? object.objectType : null;
      const id = typeof object.objectId === "string" || typeof object.objectId === "number" ? String(object.objectId) : null;
      if (type === null || id === null || id === "") continue;
      const fields = Array.isArray(object.fields) ? object.fields.filter(isObject) : [];
      const named = fields.find((field) => field.name === "Name");
      const name = typeof named?.value === "string" && named.value !== "" ? named.value : null;
      if (!objects.some((known) => known.type === type && known.id === id)) objects.push({ system, type, id, name });
    }
  }
  return objects;
}
