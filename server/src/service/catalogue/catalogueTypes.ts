/** The shape of a catalogue file (see data/catalogue.schema.json, which is the authority). */
export interface CatalogueFile {
  readonly provider: string;
  readonly name: string;
  readonly description?: string;
  readonly docs?: string;
  readonly fileHints?: readonly string[];
  readonly outranks?: readonly string[];
  readonly shapes?: readonly { readonly pattern: string; readonly description: string }[];
  readonly entries: readonly CatalogueEntryData[];
}

export type Code = number | string;

export interface CatalogueEntryData {
  readonly code: Code;
  readonly name: string;
  readonly message: string;
  readonly summary?: string;
  readonly causes?: readonly string[];
  readonly remedies?: readonly string[];
  readonly serverMessages?: readonly {
    readonly text: string;
    readonly explanation?: string;
    /** Set when the text is not English (`zh-cn`). */
    readonly language?: string;
  }[];
  /** False: only the exact spelling counts; look-alike strings are never warned as misspellings of it. */
  readonly nearMisses?: boolean;
  readonly area?: string;
  readonly doc?: string;
  readonly provenance?: 'official-doc' | 'sdk-only' | 'doc-and-sdk';
  readonly sources?: readonly string[];
  readonly constants?: readonly SdkConstantData[];
  readonly disagreements?: readonly { readonly meaning: string; readonly source?: string }[];
  readonly note?: string;
  /** The entry in other languages, keyed by language id (`zh-cn`). */
  readonly translations?: Readonly<Record<string, EntryTranslation>>;
}

/** An SDK constant that stands for a code, as the catalogue writes it. */
export interface SdkConstantData {
  readonly name: string;
  readonly container?: string;
  readonly languages?: readonly string[];
  /** SDK releases or headers that ship this spelling (`zego-zim-web@2.29.0`). */
  readonly sdks?: readonly string[];
  /** How the spelling was inferred when no SDK table shows it. */
  readonly inferred?: string;
}

/** An entry's text in another language; missing fields fall back to English. */
export interface EntryTranslation {
  readonly message: string;
  readonly summary?: string;
  readonly causes?: readonly string[];
  readonly remedies?: readonly string[];
  /** `sdk`: the SDK's own text; `doc`: the vendor's documentation; `ours`: our translation. */
  readonly origin?: 'sdk' | 'doc' | 'ours';
  readonly source?: string;
}

/** Where a catalogue came from: a built-in data file or a user's file. */
export interface CatalogueOrigin {
  readonly uri: string;
  readonly builtIn: boolean;
}

/** An entry as served: the data plus where it lives. */
export interface CatalogueEntry extends CatalogueEntryData {
  readonly provider: Provider;
  /** Zero-based line of the entry's `code` property in its file (for go to definition). */
  readonly line: number;
  readonly origin: CatalogueOrigin;
  /** The built-in entry this user entry replaces, if any. */
  readonly overrides?: CatalogueEntry;
}

export interface Provider {
  readonly id: string;
  readonly name: string;
  readonly docs?: string;
  readonly fileHints: readonly string[];
  /** Providers this one ranks above when both seem used in a file. */
  readonly outranks?: readonly string[];
  readonly shapes: readonly { readonly pattern: RegExp; readonly description: string }[];
  readonly builtIn: boolean;
}

/** A catalogue that parsed and validated. */
export interface LoadedCatalogue {
  readonly origin: CatalogueOrigin;
  readonly provider: Provider;
  readonly entries: readonly CatalogueEntry[];
}
