import type { CommandFactory } from './context';

/** `careerplan.refreshViews`: asks the server again for every plan's model. */
export const refreshViews: CommandFactory = (ctx) => () => ctx.models.invalidate();
