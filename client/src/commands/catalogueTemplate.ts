/** The heading of the packaged README that documents the format (a test checks that it exists there). */
export const CATALOGUE_DOCS_HEADING = 'Your own catalogues';

/**
 * The starter catalogue: valid, with no live entry (a sample entry would change the hover
 * of a real code), and no `$schema` (the extension maps `*.codes.json(c)` to its schema,
 * and a path into the installed extension would break for teammates and after updates).
 */
export function catalogueTemplate(provider: string, name: string): string {
  return `// Status Codes catalogue: the status codes of your own services, shown in hovers and
// checked in diagnostics like the built-in SDK codes. Listed in statusCodes.catalogues;
// changes apply as you save (or type). Hover a property for its meaning; the format is in
// "${CATALOGUE_DOCS_HEADING}" on the extension's page (Extensions view > Status Codes).
{
  // Stable id, lower-case with dashes. Use a built-in id (commsease-im, zegocloud-zim,
  // zegocloud-zim-sdk) to override or extend that provider's entries code by code.
  "provider": ${JSON.stringify(provider)},
  // Shown in hovers.
  "name": ${JSON.stringify(name)},
  // Optional: link to your own status-code page (http, https or file).
  // "docs": "https://example.com/errors",
  // Optional: words that make this provider likelier in a file (imports, class names).
  // "fileHints": [${JSON.stringify(provider)}],
  // Optional: regular expressions (full match) for the shape of your numeric codes; a number
  // in a code context that has the shape but is not listed is reported as undocumented.
  // "shapes": [{ "pattern": "97[0-9]{5}", "description": "Order service codes" }],
  "entries": [
    // An example: uncomment it and put your own code in (9700001 is no real code).
    // {
    //   // A non-negative integer, or an exact string code such as "Order_Not_Found".
    //   "code": 9700001,
    //   // Constant-style name: capitals, digits and underscores.
    //   "name": "ORDER_NOT_FOUND",
    //   // The short message, as your service returns it.
    //   "message": "Order not found",
    //   // Optional: summary, causes, remedies, serverMessages, doc, constants, note.
    //   "summary": "The order id does not exist or was archived.",
    //   "remedies": ["Check the order id; archived orders are served by the archive API."]
    // }
  ]
}
`;
}
