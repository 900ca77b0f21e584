// Where a constants file is saved says its package: Java/Kotlin source roots, Go folders.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { packageFromPath } from '../../client/src/commands/constantsPackage';

const cases: [string, Parameters<typeof packageFromPath>[1], string | undefined][] = [
  ['/app/src/main/java/com/example/im/StatusCodes.java', 'java', 'com.example.im'],
  ['/app/src/main/kotlin/com/example/im/StatusCodes.kt', 'kotlin', 'com.example.im'],
  ['C:\\app\\src\\main\\java\\com\\acme\\StatusCodes.java', 'java', 'com.acme'],
  ['/app/src/main/java/StatusCodes.java', 'java', undefined], // the default package: no line
  ['/app/StatusCodes.kt', 'kotlin', undefined], // no source root: ask
  ['/app/src/main/java/com/my-app/StatusCodes.java', 'java', undefined], // not an identifier
  ['/srv/internal/imcodes/statuscodes.go', 'go', 'imcodes'],
  ['/srv/internal/IM-Codes/statuscodes.go', 'go', 'imcodes'],
  ['/app/lib/status_codes.dart', 'dart', undefined],
];
for (const [file, language, expected] of cases)
  test(`${language}: ${file}`, () => assert.equal(packageFromPath(file, language), expected));
