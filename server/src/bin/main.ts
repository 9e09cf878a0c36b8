/**
 * The one bundle behind both commands (dist/careerplan.js): `careerplan` and
 * `careerplan-language-server` share the core, so the package carries it once. dist/cli.js and
 * dist/server.js are launchers that call one of these. Each side is required only when it
 * starts, so a command never evaluates the other's modules (the CLI's cold start).
 */

/** `careerplan`: runs the command line on the process's arguments. */
export function careerplan(): void {
  (require('../cli/main') as typeof import('../cli/main')).main();
}

/** `careerplan-language-server`: serves LSP on the transport the arguments name. */
export function languageServer(): void {
  (require('../lsp/main') as typeof import('../lsp/main')).main();
}
