import { expect, test } from "vitest";
import { AccessKeyCredentials } from "../../src/adapters/oauth/access-key-credentials.js";
import { gongGatewayContract } from "./gong-gateway.contract.js";
import { httpGateway } from "./http-gateway-kit.js";
import { recordedSeed, startRecordedGong } from "./recorded-gong-stub.js";

// HttpGongGateway against Gong's recorded answers, over real HTTP. A replay cannot filter by id, page,
// remember a write, or answer what was never recorded: those cases are left to the fakes.
const REPLAY_CANNOT = "a replay cannot";
gongGatewayContract(
  "HttpGongGateway → recorded Gong payloads",
  async () => {
    const stub = await startRecordedGong();
    const { gateway } = httpGateway(new AccessKeyCredentials("recorded-key", "recorded-secret", stub.url), { requestsPerSecond: 50 });
    return { gateway, close: () => stub.close() };
  },
  {
    seed: recordedSeed(),
    skip: {
      "the seed exercises every case": "the recordings hold one page of calls, no flows and no silent speakers",
      "of known and unknown ids, only the known come back": `${REPLAY_CANNOT} filter a recorded page by id`,
      "a flow assigned to a prospect then shows in flowsForProspects": `${REPLAY_CANNOT} remember a write`,
      "getUser finds a seeded user": "one user was recorded, under another id than the seed's first",
      "getUser of an unknown id is NotFound": "Gong's 404 for an unknown user was never recorded",
    },
  },
);

test("the recorded stub is what the adapter talked to", async () => {
  const stub = await startRecordedGong();
  try {
    const { gateway } = httpGateway(new AccessKeyCredentials("k", "s", stub.url), { requestsPerSecond: 50 });
    await gateway.listUsers();
    expect(stub.requests).toEqual(["GET /v2/users"]);
  } finally {
    await stub.close();
  }
});
