/**
 * What the catalogue says about a literal, for the rules that decide by evidence rather than by
 * position alone: the keys of a table named neutrally (`reasons = {302: ...}`), an app's own enum.
 * The classifier answers (it has the index and the providers the file mentions); without it
 * (completion), those rules accept what their position allows.
 */
export interface CatalogueEvidence {
  /** A code of three or more digits that the catalogue knows for a provider the file mentions. */
  isKnownCodeHere(digits: string): boolean;
  /** Whether an enum member's name agrees with the catalogue's names for its code (`PARAMETER_ERROR(414)`). */
  memberNameAgrees(member: string, digits: string): boolean;
}
