// `import script from './x.ts?iife'` is the bundled browser script of x.ts as a string:
// scripts/build.mjs compiles it (platform browser, one IIFE) for a webview page to carry inline.
declare module '*?iife' {
  const script: string;
  export default script;
}
