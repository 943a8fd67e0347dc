import type { GongDataset } from "../../src/adapters/fake-gong/dataset.js";
import type { FakeGongServer } from "../../src/adapters/fake-gong-http/fake-gong-server.js";
import type { OrgCredentials } from "../../src/application/ports/credential-store.js";
import { gongGatewayContract, type GatewaySubject } from "./gong-gateway.contract.js";
import { accessKey, httpGateway, oauthCredentials, startQuietFake } from "./http-gateway-kit.js";

// Rate limits are not what this suite checks (test/unit/gong-http does): both sides allow 50 a second.
const RPS = 50;

function overHttp(credentialsFor: (fake: FakeGongServer) => Promise<OrgCredentials>) {
  return async (seed: GongDataset): Promise<GatewaySubject> => {
    const fake = await startQuietFake(seed, { requestsPerSecond: RPS });
    const { gateway } = httpGateway(await credentialsFor(fake), { requestsPerSecond: RPS });
    return { gateway, close: () => fake.close() };
  };
}

gongGatewayContract("HttpGongGateway → fake Gong over HTTP, access key", overHttp((fake) => Promise.resolve(accessKey(fake))));
gongGatewayContract("HttpGongGateway → fake Gong over HTTP, OAuth token", overHttp(oauthCredentials));
