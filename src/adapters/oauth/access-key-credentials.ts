import type { GongAuthorization, OrgCredentials } from "../../application/ports/credential-store.js";
import type { DomainError } from "../../domain/errors.js";
import { err, ok, type Result } from "../../domain/result.js";

type Env = Readonly<Record<string, string | undefined>>;

/**
 * The org connected by access key (HTTP Basic `key:secret`), from the environment only: nothing is stored,
 * nothing refreshes, and a 401 means the key itself was refused.
 */
export class AccessKeyCredentials implements OrgCredentials {
  readonly #authorization: GongAuthorization;

  constructor(accessKey: string, accessKeySecret: string, baseUrl: string) {
    this.#authorization = { header: `Basic ${Buffer.from(`${accessKey}:${accessKeySecret}`, "utf8").toString("base64")}`, baseUrl };
  }

  /** GONG_ACCESS_KEY and GONG_ACCESS_KEY_SECRET: both (credentials), neither (null), or one line naming the missing one. */
  static fromEnv(env: Env, baseUrl: string): Result<AccessKeyCredentials | null, string> {
    const key = env["GONG_ACCESS_KEY"]?.trim() ?? "";
    const secret = env["GONG_ACCESS_KEY_SECRET"]?.trim() ?? "";
    if (key === "" && secret === "") return ok(null);
    if (key === "") return err("GONG_ACCESS_KEY is not set: an access key needs GONG_ACCESS_KEY and GONG_ACCESS_KEY_SECRET together");
    if (secret === "") return err("GONG_ACCESS_KEY_SECRET is not set: an access key needs GONG_ACCESS_KEY and GONG_ACCESS_KEY_SECRET together");
    return ok(new AccessKeyCredentials(key, secret, baseUrl));
  }

  current(): Promise<Result<GongAuthorization, DomainError>> {
    return Promise.resolve(ok(this.#authorization));
  }

  afterUnauthorized(): Promise<Result<GongAuthorization, DomainError>> {
    return Promise.resolve(err({ _tag: "Unauthorized", detail: "Gong rejected the access key: check GONG_ACCESS_KEY and GONG_ACCESS_KEY_SECRET" }));
  }

  toJSON(): string {
    return "[AccessKeyCredentials]";
  }
}
