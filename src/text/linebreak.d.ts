/** The API of `linebreak` (UAX #14) that `wrap-text.ts` uses; the package ships no types. */
declare module 'linebreak' {
  export default class LineBreaker {
    constructor(text: string);
    nextBreak(): { position: number; required: boolean } | null;
  }
}
