// The hexagon's dependency rule, checked by `npm test` (ADR 0001).
module.exports = {
  forbidden: [
    { name: "domain-is-pure", severity: "error", comment: "src/domain imports only src/domain: no npm packages, no node: built-ins",
      from: { path: "^src/domain/" }, to: { pathNot: "^src/domain/" } },
    { name: "application-sees-only-core", severity: "error", comment: "use cases and ports import only the domain and the application",
      from: { path: "^src/application/" }, to: { pathNot: "^src/(domain|application)/" } },
    { name: "adapters-never-see-transports", severity: "error", comment: "adapters implement ports; they do not know how they are served",
      from: { path: "^src/adapters/" }, to: { path: "^src/(transports|composition|cli)/|^src/(cli|main)\\.ts$" } },
    { name: "transports-never-see-adapters", severity: "error", comment: "transports talk to use cases, never to Gong adapters",
      from: { path: "^src/transports/" }, to: { path: "^src/(adapters|composition|cli)/|^src/(cli|main)\\.ts$" } },
    { name: "no-circular", severity: "error", comment: "cycles make layers meaningless",
      from: {}, to: { circular: true } },
    { name: "shipped-means-used", severity: "error", comment: "every module in src is reachable from the bin: test doubles live in test/support",
      from: { path: "^src/cli\\.ts$" }, to: { path: "^src/", pathNot: "^src/cli\\.ts$", reachable: false } },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    tsConfig: { fileName: "tsconfig.json" },
    tsPreCompilationDeps: true,
  },
};
