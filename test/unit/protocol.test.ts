// The wire names of the custom messages: editors other than VS Code (and older clients) call them by
// name, so a rename must show up here, not only in the TypeScript that shares the objects.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as protocol from '../../server/src/protocol';

test('every custom message keeps its method name', () => {
  const methods = Object.fromEntries(
    Object.entries(protocol)
      .filter(([, value]) => typeof value === 'object' && value !== null && 'method' in value)
      .map(([name, value]) => [name, (value as { method: string }).method]),
  );
  assert.deepEqual(methods, {
    TrustChangedNotification: 'statusCodes/trustChanged',
    UserSettingsNotification: 'statusCodes/userSettings',
    CatalogueStatusRequest: 'statusCodes/catalogueStatus',
    ListCodesRequest: 'statusCodes/listCodes',
    GenerateConstantsRequest: 'statusCodes/generateConstants',
    ServerInfoRequest: 'statusCodes/serverInfo',
    CataloguesChangedNotification: 'statusCodes/cataloguesChanged',
    SkippedNotification: 'statusCodes/skipped',
    IgnoreCodeRequest: 'statusCodes/ignoreCode',
    WebCataloguesNotification: 'statusCodes/webCatalogues',
  });
  assert.equal(protocol.IGNORE_CODE_COMMAND, 'statusCodes.ignoreCode.server');
});
