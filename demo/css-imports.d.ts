// Vite's CSS imports used by the demo (and Storybook's .storybook/theme.ts): a style sheet's text or URL.
declare module '*.css?inline' {
  const css: string;
  export default css;
}
declare module '*.css?url' {
  const url: string;
  export default url;
}
