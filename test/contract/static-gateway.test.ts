import type { GongDataset } from "../../src/adapters/fake-gong/dataset.js";
import { toDetailedCall } from "../../src/adapters/gong-wire/to-domain/detailed-call.js";
import { toFlow, toProspectFlow } from "../../src/adapters/gong-wire/to-domain/flow.js";
import { toProfileSummary } from "../../src/adapters/gong-wire/to-domain/permission-profile.js";
import { toTranscript } from "../../src/adapters/gong-wire/to-domain/transcript.js";
import { toUser } from "../../src/adapters/gong-wire/to-domain/user.js";
import { toWorkspace } from "../../src/adapters/gong-wire/to-domain/workspace.js";
import { memoryLogger } from "../support/memory-logger.js";
import { StaticGongGateway, type StaticGongData } from "../support/static-gong-gateway.js";
import { gongGatewayContract } from "./gong-gateway.contract.js";

/** The seed in domain values, read by the wire adapter's own mappers: what StaticGongGateway is given in tests. */
function staticDataOf(seed: GongDataset): StaticGongData {
  const { logger } = memoryLogger();
  return {
    users: seed.users.map(toUser),
    workspaces: seed.workspaces.map(toWorkspace),
    profiles: seed.permissionProfiles.map((profile) => ({ ...toProfileSummary(profile, profile.workspaceId, logger), userIds: [...profile.userIds] })),
    calls: seed.calls.map(toDetailedCall),
    transcripts: seed.transcripts.map(toTranscript),
    flows: seed.flows.map((flow) => ({ ...toFlow(flow, flow.workspaceId ?? null), ownerEmail: flow.ownerEmail ?? "" })),
    prospectFlows: seed.prospectFlows.map(toProspectFlow),
  };
}

// StaticGongGateway stands in for Gong in the use-case and property tests: it must keep the same contract.
gongGatewayContract("StaticGongGateway (the use-case tests' double)", (seed) =>
  Promise.resolve({ gateway: new StaticGongGateway(staticDataOf(seed)), close: () => Promise.resolve() }),
);
