import type { CommandFactory } from './context';

/** `careerplan.showOutput`: the server's log (and its trace, with `careerplan.trace.server`). */
export const showOutput: CommandFactory = (ctx) => () => ctx.server.output.show(true);
