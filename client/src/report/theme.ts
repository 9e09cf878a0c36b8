/**
 * The report page in the editor's colours: the core's page is written for paper (dark text on
 * white); in the webview its text, rules, bars and charts take the theme's colours instead. Only a
 * style element is added (the page's own policy allows inline styles); nothing else changes.
 */
const THEME_STYLE = `<style id="careerplan-theme">
body{color:var(--vscode-editor-foreground);background:var(--vscode-editor-background);font-family:var(--vscode-font-family),system-ui,sans-serif}
h2,hr{border-color:var(--vscode-panel-border)}
.meta,.waiting,figcaption{color:var(--vscode-descriptionForeground)}
.due{color:var(--vscode-editorWarning-foreground)}
a{color:var(--vscode-textLink-foreground)}
svg text{fill:var(--vscode-editor-foreground)}
.bar rect:first-of-type{fill:var(--vscode-editorWidget-border,var(--vscode-panel-border))}
.bar rect:last-of-type{fill:var(--vscode-charts-green)}
</style>`;

export function themedReport(html: string): string {
  const at = html.indexOf('</head>');
  return at < 0 ? THEME_STYLE + html : html.slice(0, at) + THEME_STYLE + html.slice(at);
}
