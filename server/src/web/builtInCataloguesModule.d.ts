/** The virtual module scripts/build.mjs generates for the web worker server. */
declare module 'status-codes:built-in-catalogues' {
  export const schema: object;
  export const catalogues: readonly { readonly name: string; readonly text: string }[];
}
