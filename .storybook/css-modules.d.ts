// Vite's CSS imports used by Storybook and the demo: the text of a stylesheet, or its URL.
declare module '*.css?inline' {
  const css: string;
  export default css;
}
declare module '*.css?url' {
  const url: string;
  export default url;
}
