/** Line-relative character range that a completion replaces. */
export interface CharRange {
  readonly start: number;
  readonly end: number;
}

/** Where the cursor stands, as far as code completion cares. */
export type CompletionSite =
  /** Where a status code belongs: after `err.code === `, `case `, in a code list... */
  | {
      readonly kind: 'code';
      readonly line: number;
      /** What the completion replaces: the word typed so far, or the string's content. */
      readonly replace: CharRange;
      /** The word typed so far (digits, a name, or the string content before the cursor). */
      readonly word: string;
      /** Set when the cursor is inside quotes: only string codes fit, and the quotes stay. */
      readonly quote?: { readonly char: string; readonly closed: boolean };
      /** The text on the line after `replace` (a trailing line comment is only safe when it is blank). */
      readonly after: string;
    }
  /** After `Container.` such as `ZIMErrorCode.`: the members of an SDK error enum. */
  | {
      readonly kind: 'member';
      readonly line: number;
      readonly container: string;
      readonly replace: CharRange;
      readonly word: string;
    };
