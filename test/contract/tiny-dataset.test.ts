import { parseDataset } from "../../src/adapters/fake-gong/dataset.js";
import { tinyGong, TINY_DATASET } from "../unit/transports/tiny-gong.js";
import { gongGatewayContract } from "./gong-gateway.contract.js";

// The transport tests' tiny Gong is a test double they rely on: it must keep the gateway contract too. Its
// three calls and one profile cannot show what needs more than that; the default seed covers those cases.
const seed = parseDataset(TINY_DATASET, "the tiny dataset");
if (!seed.ok) throw new Error(seed.error);
const TOO_SMALL = "the tiny dataset has no";
gongGatewayContract("the transport tests' tiny Gong", () => Promise.resolve({ gateway: tinyGong(), close: () => Promise.resolve() }), {
  seed: seed.value,
  skip: {
    "the seed exercises every case": `${TOO_SMALL} second page, silent party or hostless call`,
    "a profile's members are the ids of its holders (an empty profile's: none)": `${TOO_SMALL} empty profile`,
    "a silent party has a null speakerId, a non-user no userId": `${TOO_SMALL} silent party or non-user`,
    "a host missing from the parties is still the host": `${TOO_SMALL} call whose host is missing from its parties`,
  },
});
