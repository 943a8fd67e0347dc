import { createFakeGongGateway } from "../../src/adapters/fake-gong/fake-gong-gateway.js";
import { memoryLogger } from "../support/memory-logger.js";
import { gongGatewayContract } from "./gong-gateway.contract.js";

// The in-memory fake: WireGongGateway straight into FakeGongApi, no HTTP.
gongGatewayContract("FakeGongGateway (in memory)", (seed) =>
  Promise.resolve({ gateway: createFakeGongGateway(seed, { logger: memoryLogger().logger }), close: () => Promise.resolve() }),
);
