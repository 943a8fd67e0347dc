import { InMemoryCredentialStore } from "../../support/in-memory-credential-store.js";
import { credentialStoreContract } from "./credential-store.contract.js";

credentialStoreContract("InMemoryCredentialStore", () => {
  const store = new InMemoryCredentialStore();
  return Promise.resolve({ a: store, b: store });
});
