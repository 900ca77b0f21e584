/** `status-codes --help` and `status-codes <command> --help`. */
export const USAGE: Readonly<Record<string, string>> = {
  main: `status-codes: explains IM SDK status codes, and checks code for misspelled or unknown ones

Usage:
  status-codes check [paths or globs...]    check files like the editor does (default: .)
  status-codes explain <code|constant|message>   what a code means, from every provider that knows it
  status-codes annotate [file|-]...          append the meanings of the codes on each log line
  status-codes merge-sarif <files...>        merge the SARIF logs of sharded checks

Run 'status-codes <command> --help' for its options. Exit codes: 0 clean, 1 problems, 2 usage or
configuration error.`,
  check: `Usage: status-codes check [paths or globs...] [options]

Checks source files with the analysis of the Status Codes language server: the languages it
serves (by file extension), its limits, the statusCodes.* settings of each folder's
.vscode/settings.json, its user catalogues and ignores. Honours .gitignore.

Options:
  -f, --format text|json|sarif   output format (default text: file:line:col severity rule message)
      --fail-on LEVEL            exit 1 on problems at or above error|warning|information|hint, or none
                                 (default warning)
      --changed[=REF]            only files changed against REF (default HEAD: uncommitted work),
                                 untracked files included
      --shard K/N                check the K-th of N deterministic parts (for a CI matrix)
  -j, --jobs N                   worker threads (default: one per core)
      --no-ignore                do not honour .gitignore
  -o, --output FILE              write the report to FILE instead of stdout
      --verbose                  also list skipped files (too large, minified, binary)
      --lang auto|en|zh-cn       language of the messages (default: the folder's statusCodes.language;
                                 auto follows LC_ALL, LC_MESSAGES or LANG)`,
  explain: `Usage: status-codes explain <code|constant|server message> [options]

  status-codes explain 414
  status-codes explain ZIMErrorCode.NetworkModuleTokenExpired
  status-codes explain "CurTime is expired"

Options:
  -p, --provider ID    only this provider's entry (commsease-im, zegocloud-zim, zegocloud-zim-sdk, yours)
      --lang auto|en|zh-cn   language of the text (default: the folder's statusCodes.language;
                             auto follows LC_ALL, LC_MESSAGES or LANG, e.g. LANG=zh_CN.UTF-8)
  -f, --format text|json
Exit code 1 when no catalogue knows it.`,
  annotate: `Usage: status-codes annotate [file|-]...

Copies a log (or a pasted API response) to stdout, appending to each line the meanings of the
codes, SDK constants and server messages on it. Reads stdin when no file is given, line by line:
  tail -f app.log | status-codes annotate
Colours only on a terminal; NO_COLOR turns them off.

Options:
      --lang auto|en|zh-cn   language of the meanings (as for explain)`,
  'merge-sarif': `Usage: status-codes merge-sarif <shard.sarif...> [-o merged.sarif]

Merges the SARIF logs of 'check --shard K/N --format sarif' runs (made from the same root) into
one log with one run: rules united, results concatenated.`,
};
