import type { CommandFactory } from './context';

/** `careerplan.saveReport` ("Save as HTML", in the report panel's title bar): the core's page as a file. */
export const saveReport: CommandFactory = (ctx) => async () => {
  await ctx.report.save();
};
