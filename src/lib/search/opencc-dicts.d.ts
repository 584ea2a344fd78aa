// opencc-js ships its dictionaries as modules of one string each (`"a b|c d"`) without types;
// `to-simplified.ts` imports the few a query needs one by one.
declare module 'opencc-js/dict/*' {
  const dict: string;
  export default dict;
}
