/** Contract section 5: the eight Gong tools, by name. Stated here once, independently of the tool table. */
export const SECTION_5_TOOLS: readonly string[] = [
  "get_gong_user_details",
  "list_gong_calls",
  "get_gong_call_details",
  "get_gong_call_transcript",
  "get_detailed_gong_call_details",
  "gong_engage_flows_list",
  "gong_engage_flows_for_prospects",
  "gong_engage_flows_assign_to_prospect",
];

/** Contract section 5b: the tools that find without an id (added as they are built). */
export const SECTION_5B_TOOLS: readonly string[] = ["search_gong_users", "search_gong_transcripts"];

/** Every Gong tool the server lists while connected. */
export const CONTRACT_TOOLS: readonly string[] = [...SECTION_5_TOOLS, ...SECTION_5B_TOOLS];
