/**
 * The layers and the directions their imports may point (run by `npm run check:layers`, in CI):
 *   core   pure analysis: parse → model → rules → findings, insights and edits. Imports only `yaml`,
 *          `ajv`, LSP types and the schema. No `vscode`, no connection, no Node built-ins.
 *   node   Node-only helpers the CLI and the server share: git, plan-file walking, file ids.
 *   lsp    the language-server adapter (connection, providers, protocol).
 *   cli    the command line. Nothing imports it but bin, and it imports nothing of lsp.
 *   bin    the one bundle's entry (dist/careerplan.js) behind both commands: it starts the CLI's
 *          main or the server's main, and imports nothing else. Nothing imports it.
 *   client the VS Code extension: core, and the protocol module of lsp, nothing else of the server.
 */
module.exports = {
  forbidden: [
    {
      name: 'core-is-pure',
      comment: 'core runs anywhere: no Node built-ins, no vscode, no language-server runtime, no other layer',
      severity: 'error',
      from: { path: '^server/src/core/' },
      to: {
        pathNot: ['^server/src/core/', '^virtual:schema-validators$', '^schemas/', '^package\\.json$', '^node_modules/(yaml|ajv|ajv-formats|vscode-languageserver-types|vscode-languageserver-textdocument)/'],
        dependencyTypesNot: ['type-only'],
      },
    },
    {
      name: 'core-no-builtins',
      severity: 'error',
      from: { path: '^server/src/core/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'node-helpers-below-surfaces',
      severity: 'error',
      from: { path: '^server/src/node/' },
      to: { path: ['^server/src/(lsp|cli)/', '^client/'] },
    },
    {
      name: 'nothing-imports-the-cli',
      severity: 'error',
      from: { pathNot: ['^server/src/cli/', '^server/src/bin/main\\.ts$', '^server/test/', '^client/test/'] },
      to: { path: '^server/src/cli/' },
    },
    {
      name: 'bin-starts-the-commands',
      comment: 'the shared entry only dispatches, so each command loads its own side and nothing more',
      severity: 'error',
      from: { path: '^server/src/bin/' },
      to: { pathNot: '^server/src/(cli|lsp)/main\\.ts$' },
    },
    {
      name: 'nothing-imports-bin',
      severity: 'error',
      from: { pathNot: '^server/src/bin/' },
      to: { path: '^server/src/bin/' },
    },
    {
      name: 'cli-independent-of-lsp',
      severity: 'error',
      from: { path: '^server/src/cli/' },
      to: { path: ['^server/src/lsp/', '^client/'] },
    },
    {
      name: 'lsp-independent-of-client',
      severity: 'error',
      from: { path: '^server/src/lsp/' },
      to: { path: '^client/' },
    },
    {
      name: 'client-talks-protocol',
      comment: 'the extension reads the server through the protocol; it may reuse the pure core',
      severity: 'error',
      from: { path: '^client/src/' },
      to: { path: '^server/src/', pathNot: ['^server/src/core/', '^server/src/lsp/protocol\\.ts$'] },
    },
    {
      name: 'no-vscode-outside-client',
      severity: 'error',
      from: { path: '^server/src/' },
      to: { path: '^vscode$|node_modules/@types/vscode' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '^(out|dist)/' },
  },
};
