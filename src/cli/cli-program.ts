import { Command } from "commander";
import { packageVersion } from "../composition/package-version.js";
import { stopSignal } from "./commands/stop-signal.js";

// Contract 4: connect waits for the browser 5 minutes at most.
const MAX_CONNECT_WAIT_SECONDS = 300;
const BACKEND = "gong or fake (else GONG_MCP_BACKEND; default gong when Gong credentials are set)";
const FAKE_DATA = "serve this dataset file with the fake backend (else GONG_MCP_FAKE_DATA)";
const READ_ONLY = "leave the one write (assigning Engage flows) out, for assistants that only read (else GONG_MCP_READ_ONLY=1)";

/**
 * The `gong-mcp` command line (contract section 1): one entry per command. Each command's code is imported
 * only when it runs, so that `gong-mcp stdio` never loads the HTTP server, the fake Gong or the browser
 * opener, and start-up stays quick.
 */
export function cliProgram(): Command {
  return new Command("gong-mcp")
    .description("MCP server for Gong: calls, transcripts, users and Engage flows, filtered by each user's Gong permissions")
    .version(packageVersion())
    .addCommand(
      new Command("http")
        .description("serve MCP over Streamable HTTP at /mcp for many users, each verified by a token (until Ctrl-C)")
        .option("--host <host>", "address to listen on (else GONG_MCP_HOST; default 127.0.0.1)")
        .option("--port <port>", "port to listen on, 0 picks a free one (else GONG_MCP_PORT; default 3000)")
        .option("--auth <mode>", "jwt or none (none only on a loopback address; else GONG_MCP_AUTH; default jwt)")
        .option("--backend <kind>", BACKEND)
        .option("--fake-data <file>", FAKE_DATA)
        .option("--read-only", READ_ONLY)
        .action(async (flags: Record<string, string | boolean | undefined>) => {
          const { runHttp } = await import("./commands/http-command.js");
          process.exitCode = await runHttp(flags, process.env, stopSignal());
        }),
    )
    .addCommand(
      new Command("stdio")
        .description("serve MCP over stdio for one Gong user (stdout carries the protocol only)")
        .option("--user-id <id>", "the Gong user id or email to act for (else GONG_MCP_USER_ID)")
        .option("--backend <kind>", BACKEND)
        .option("--fake-data <file>", FAKE_DATA)
        .option("--read-only", READ_ONLY)
        .action(async (flags: Record<string, string | boolean | undefined>) => {
          const { runStdio } = await import("./commands/stdio-command.js");
          process.exitCode = await runStdio(flags, process.env);
        }),
    )
    .addCommand(
      new Command("fake-gong")
        .description("serve the fake Gong over HTTP in Gong's wire format (API, OAuth endpoints, rate limits), until Ctrl-C")
        .option("--port <port>", "port to listen on; 0 picks a free one (default 0)")
        .option("--host <host>", "address to listen on (default 127.0.0.1)")
        .option("--data <file>", "serve this dataset file instead of the demo workspace")
        .option("--rps <n>", "API requests admitted per second (default 3, Gong's)")
        .option("--daily-limit <n>", "API requests admitted per UTC day (default 10000, Gong's)")
        .option("--token-ttl <seconds>", "lifetime of issued OAuth access tokens (default 86400)")
        .action(async (flags: Record<string, string | undefined>) => {
          const { runFakeGong } = await import("./commands/fake-gong-command.js");
          process.exitCode = await runFakeGong(flags, process.env, stopSignal());
        }),
    )
    .addCommand(
      new Command("connect")
        .description("connect Gong by OAuth in a browser, storing the tokens encrypted (an access key needs no connect)")
        .option("--no-browser", "only print the URL to open; do not try to open a browser")
        .option("--timeout-seconds <n>", `how long to wait for the browser, 1 to ${MAX_CONNECT_WAIT_SECONDS} (default ${MAX_CONNECT_WAIT_SECONDS})`)
        .action(async (flags: { browser?: boolean; timeoutSeconds?: string }) => {
          const { runConnect } = await import("./commands/connect-command.js");
          process.exitCode = await runConnect(flags, process.env);
        }),
    )
    .addCommand(
      new Command("disconnect").description("delete the stored Gong connection (an access key in the environment stays in use)").action(async () => {
        const { runDisconnect } = await import("./commands/disconnect-command.js");
        process.exitCode = await runDisconnect(process.env);
      }),
    )
    .addCommand(
      new Command("status")
        .description("print the Gong connection status as JSON on stdout: {connected, method, expires_at, scopes, verified}")
        .action(async () => {
          const { runStatus } = await import("./commands/status-command.js");
          process.exitCode = await runStatus(process.env, (line) => process.stdout.write(line));
        }),
    );
}
