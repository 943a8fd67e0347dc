#!/usr/bin/env node
// The composition root's entry point (the package bin). reflect-metadata first, before anything inversify touches.
import "reflect-metadata";
import { cliProgram } from "./cli/cli-program.js";

await cliProgram().parseAsync(process.argv);
// Explicit exit: a served session is over, and no timer or socket left by an adapter should keep the process up.
process.exit(process.exitCode ?? 0);
