/** URLs of modules built as chunks of their own (src/integrations/lazy-chunk.ts). */
declare module 'virtual:lazy/search' {
  const url: string;
  export default url;
}
