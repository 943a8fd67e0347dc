import type { UseCases } from "../application/use-cases.js";
import type { ContainerParts } from "./build-container.js";

/**
 * The use cases, wired by the container on the first tool call rather than at start-up: loading inversify
 * costs about 150 ms and 19 MB that a process should not pay before its first tools/list (issue 9). A load
 * that fails (a broken install) is tried again on the next call.
 */
export function lazyUseCases(parts: ContainerParts): () => Promise<UseCases> {
  let loading: Promise<UseCases> | undefined;
  return () => {
    loading ??= import("./build-container.js")
      .then(({ buildContainer, resolveUseCases }) => resolveUseCases(buildContainer(parts)))
      .catch((cause: unknown) => {
        loading = undefined;
        throw cause;
      });
    return loading;
  };
}
