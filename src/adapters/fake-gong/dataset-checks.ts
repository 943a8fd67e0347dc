import type { WireDataset } from "../gong-wire/wire/dataset.js";

/** More lines than this help nobody: the author fixes the first ones and runs again. */
const MAX_PROBLEMS = 20;

/**
 * The links Gong keeps consistent: unique ids, profiles of a known workspace whose members are users (one
 * profile per user and workspace), calls, transcripts and flows that point at records that exist. One line
 * per problem, for a warning: the fake serves a dataset with broken links as it is.
 */
export function datasetProblems(dataset: WireDataset): string[] {
  const problems: string[] = [];
  const workspaceIds = uniqueIds("workspaces", dataset.workspaces.map((w) => w.id), problems);
  const userIds = uniqueIds("users", dataset.users.map((u) => u.id), problems);
  const callIds = uniqueIds("calls", dataset.calls.map((c) => c.metaData.id), problems, ".metaData.id");
  const flowIds = uniqueIds("flows", dataset.flows.map((f) => f.id), problems);
  uniqueIds("permissionProfiles", dataset.permissionProfiles.map((p) => p.id), problems);
  uniqueIds("transcripts", dataset.transcripts.map((t) => t.callId), problems, ".callId");
  uniqueIds("prospectFlows", dataset.prospectFlows.map((p) => p.flowInstanceId), problems, ".flowInstanceId");
  const emails = new Set(dataset.users.flatMap((u) => (u.emailAddress ? [u.emailAddress.toLowerCase()] : [])));

  const holder = new Map<string, string>();
  dataset.permissionProfiles.forEach((profile, i) => {
    const at = `permissionProfiles[${i}]`;
    if (!workspaceIds.has(profile.workspaceId)) problems.push(`${at}.workspaceId: no workspace ${profile.workspaceId}`);
    profile.userIds.forEach((userId, j) => {
      if (!userIds.has(userId)) problems.push(`${at}.userIds[${j}]: no user ${userId}`);
      const key = `${profile.workspaceId}/${userId}`;
      const other = holder.get(key);
      if (other !== undefined && other !== profile.id) {
        problems.push(`${at}.userIds[${j}]: user ${userId} already holds profile ${other} in workspace ${profile.workspaceId}`);
      }
      holder.set(key, profile.id);
    });
  });
  dataset.calls.forEach(({ metaData }, i) => {
    const at = `calls[${i}].metaData`;
    if (metaData.workspaceId != null && !workspaceIds.has(metaData.workspaceId)) {
      problems.push(`${at}.workspaceId: no workspace ${metaData.workspaceId}`);
    }
    if (metaData.primaryUserId != null && !userIds.has(metaData.primaryUserId)) {
      problems.push(`${at}.primaryUserId: no user ${metaData.primaryUserId}`);
    }
    if (metaData.scheduled == null && metaData.started == null) problems.push(`${at}: needs scheduled or started`);
    for (const field of ["scheduled", "started"] as const) {
      const value = metaData[field];
      if (value != null && Number.isNaN(Date.parse(value))) problems.push(`${at}.${field}: not an ISO date-time`);
    }
  });
  dataset.transcripts.forEach((t, i) => {
    if (!callIds.has(t.callId)) problems.push(`transcripts[${i}].callId: no call ${t.callId}`);
  });
  dataset.flows.forEach((flow, i) => {
    if (flow.workspaceId != null && !workspaceIds.has(flow.workspaceId)) {
      problems.push(`flows[${i}].workspaceId: no workspace ${flow.workspaceId}`);
    }
    if (flow.ownerEmail != null && !emails.has(flow.ownerEmail.toLowerCase())) {
      problems.push(`flows[${i}].ownerEmail: no user with email ${flow.ownerEmail}`);
    }
  });
  dataset.prospectFlows.forEach((p, i) => {
    if (!flowIds.has(p.flowId)) problems.push(`prospectFlows[${i}].flowId: no flow ${p.flowId}`);
  });
  return problems.length > MAX_PROBLEMS
    ? [...problems.slice(0, MAX_PROBLEMS), `…and ${problems.length - MAX_PROBLEMS} more problems`]
    : problems;
}

function uniqueIds(
  list: string,
  ids: readonly (string | null | undefined)[],
  problems: string[],
  field = ".id",
): Set<string> {
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    if (id == null) return;
    if (seen.has(id)) problems.push(`${list}[${i}]${field}: duplicate id ${id}`);
    seen.add(id);
  });
  return seen;
}
