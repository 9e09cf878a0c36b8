export { reportData, type ProgressPoint, type ReportData, type ReportOptions } from './reportData';
export { reportSections, reportText } from './sections';
export { reportMarkdown } from './markdown';
export { reportHtml } from './html';
