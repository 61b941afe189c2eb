/** The ordering key of a record (x-ywjy-ordering-fields of the channel document): its tender project. */
import { ORDERING_KEY_FIELDS } from "../../generated/sdk/channel.ts";

const isObject = (v: unknown): v is Record<string, any> => typeof v === "object" && v !== null && !Array.isArray(v);

/** The ordering key a record must travel under, or undefined when it has none of the ordering fields. */
export function orderingKeyOf(record: unknown): string | undefined {
  return orderingFieldOf(record)?.value;
}

/** The ordering field a record has first, and its value. */
export function orderingFieldOf(record: unknown): { field: string; value: string } | undefined {
  if (!isObject(record) || !isObject(record.context)) return undefined;
  for (const field of ORDERING_KEY_FIELDS) {
    const value = record.context[field];
    if (typeof value === "string" && value) return { field, value };
  }
  return undefined;
}
