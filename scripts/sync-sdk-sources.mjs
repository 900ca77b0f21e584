// The pinned SDK packages whose error-code enums `npm run sync:sdk` extracts into test/fixtures/sdk/.
// Raise a version here, run the tool, read its report, then bring data/*.json in line.
//
// kind:
//   enum          a TypeScript `enum` declaration (values from its initialisers)
//   const-type    a `declare const X: { NAME: number; ... }` (names only: the d.ts has no values)
//   bundle-object an object literal in a JS bundle whose properties are `NAME: {code, message}`
//   bundle-map    an object literal in a JS bundle mapping codes to messages (`{201: "...", Param_Error: "..."}`)
// `values` (for const-type) names a bundle-object table of the same package that supplies the values.
// `sameAs` lists files of the package that must declare exactly the same members (checked, not stored).

export const SOURCES = [
  {
    table: 'node-nim.V2NIMErrorCode',
    package: 'node-nim',
    version: '10.9.80',
    file: 'types/v2_def/v2_nim_enum_def.d.ts',
    kind: 'enum',
    container: 'V2NIMErrorCode',
  },
  {
    table: 'node-nim.NIMResCode',
    package: 'node-nim',
    version: '10.9.80',
    file: 'types/nim_def/client_def.d.ts',
    kind: 'enum',
    container: 'NIMResCode',
  },
  {
    table: 'nim-web-sdk-ng.V2NIMErrorCode',
    package: 'nim-web-sdk-ng',
    version: '10.8.1',
    file: 'dist/v2/NIM_BROWSER_SDK/V2NIMConst.d.ts',
    kind: 'const-type',
    container: 'V2NIMErrorCode',
    values: { file: 'dist/v2/NIM_BROWSER_SDK.js', marker: 'V2NIM_ERROR_CODE_' },
    sameAs: [
      'dist/v2/NIM_RN_SDK/V2NIMConst.d.ts',
      'dist/v2/NIM_MINIAPP_SDK/V2NIMConst.d.ts',
      'dist/v2/NIM_UNIAPP_SDK/V2NIMConst.d.ts',
    ],
  },
  {
    table: 'nim-web-sdk-ng.V2NIMChatroomErrorCode',
    package: 'nim-web-sdk-ng',
    version: '10.8.1',
    file: 'dist/v2/CHATROOM_BROWSER_SDK/V2NIMChatroomConst.d.ts',
    kind: 'const-type',
    container: 'V2NIMErrorCode',
    values: { file: 'dist/v2/CHATROOM_BROWSER_SDK.js', marker: 'V2NIM_ERROR_CODE_' },
    sameAs: [
      'dist/v2/CHATROOM_RN_SDK/V2NIMChatroomConst.d.ts',
      'dist/v2/CHATROOM_MINIAPP_SDK/V2NIMChatroomConst.d.ts',
      'dist/v2/CHATROOM_UNIAPP_SDK/V2NIMChatroomConst.d.ts',
    ],
  },
  {
    table: 'nim-web-sdk.messages',
    package: '@yxim/nim-web-sdk',
    version: '9.21.12',
    file: 'dist/SDK/NIM_Web_NIM.js',
    kind: 'bundle-map',
    container: 'NIMError',
    // The code → Chinese message map next to the NIMError class: it has these keys.
    mustHave: ['414', 'Param_Error'],
  },
  {
    table: 'zego-zim-web.ZIMErrorCode',
    package: 'zego-zim-web',
    version: '2.29.0',
    file: 'entity/ZIMErrorCode.d.ts',
    kind: 'enum',
    container: 'ZIMErrorCode',
  },
  {
    table: 'zego-zim-react-native.ZIMErrorCode',
    package: 'zego-zim-react-native',
    version: '2.28.0',
    file: 'lib/ZIMErrorCode.d.ts',
    kind: 'enum',
    container: 'ZIMErrorCode',
  },
  // The oldest versions the registry still holds (2.4.0; 1.x is no longer published): older spellings.
  {
    table: 'zego-zim-web@2.4.0.ZIMErrorCode',
    package: 'zego-zim-web',
    version: '2.4.0',
    file: 'index.d.ts',
    kind: 'enum',
    container: 'ZIMErrorCode',
  },
  {
    table: 'zego-zim-react-native@2.4.0.ZIMErrorCode',
    package: 'zego-zim-react-native',
    version: '2.4.0',
    file: 'lib/ZIMErrorCode.d.ts',
    kind: 'enum',
    container: 'ZIMErrorCode',
  },
];
