/** Gong ids are decimal strings of up to 20 digits: beyond 2^53, so never numbers. */
export type UserId = string;
export type CallId = string;
export type WorkspaceId = string;
export type FlowId = string;
export type ProfileId = string;

const GONG_ID = /^[0-9]{1,20}$/;

export function isGongId(value: string): boolean {
  return GONG_ID.test(value);
}
