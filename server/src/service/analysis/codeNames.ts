import { BoundedMemo } from '../util/boundedMemo';

/**
 * Decides whether a name (a variable, property or method) holds a status code.
 * `err.code`, `errorCode`, `resultCode`, `ret_code`, `getCode()` do; HTTP statuses,
 * key codes, exit codes and other "codes" that are not SDK status codes do not.
 */
const NOT_STATUS_CODES = new Set([
  'statuscode',
  'getstatuscode',
  'httpcode',
  'httpstatuscode',
  'responsecode',
  'getresponsecode',
  'httpresponsecode',
  'keycode',
  'getkeycode',
  'charcode',
  'exitcode',
  'countrycode',
  'zipcode',
  'postcode',
  'postalcode',
  'langcode',
  'languagecode',
  'localecode',
  'currencycode',
  'areacode',
  'barcode',
  'qrcode',
  'opcode',
  'unicode',
  'hashcode',
  'gethashcode',
  'sourcecode',
  'bytecode',
  'shortcode',
  'promocode',
  'invitecode',
  'verifycode',
  'verificationcode',
  'authcode',
  'smscode',
  'colorcode',
  'colourcode',
  'scancode',
  'codepointat',
  'encode',
  'decode',
  'qrcode',
  'otpcode',
  'zonecode',
  'regioncode',
  'dialcode',
  'phonecode',
  'citycode',
  // Android request codes: onActivityResult(requestCode, ...), REQUEST_CODE_PICK = 1000.
  'requestcode',
]);

const normalise = (name: string) => name.replace(/^\$/, '').replace(/_/g, '').toLowerCase();

/**
 * Names repeat all through a file (`code`, `err`, `errorCode`): answers are remembered,
 * up to a bound, so judging a name costs a map look-up after its first time.
 */
function memoised(test: (name: string) => boolean): (name: string) => boolean {
  const answers = new BoundedMemo<string, boolean>(8192);
  return (name) => answers.get(name) ?? answers.remember(name, test(name));
}

/** True for names that end in "code" and are not known non-status codes. */
export function isCodeName(name: string): boolean {
  // Cheap first: every accepted name ends in "code", "codes" or "errno".
  const last = name.charCodeAt(name.length - 1) | 32;
  if (last !== 101 /* e */ && last !== 115 /* s */ && last !== 111 /* o */) return false;
  return isCodeNameMemo(name);
}

const isCodeNameMemo = memoised((name) => {
  const n = normalise(name);
  if (!(n.endsWith('code') || n.endsWith('codes') || n === 'errno')) return false;
  return !NOT_STATUS_CODES.has(n) && !NOT_STATUS_CODES.has(n.replace(/s$/, ''));
});

/** Names of codes that are not status codes (`statusCode`, `exitCode`, `keyCode`). */
export const isOtherCodeName = memoised((name) => {
  const n = normalise(name);
  return NOT_STATUS_CODES.has(n) || NOT_STATUS_CODES.has(n.replace(/s$/, ''));
});

/** Constants named like codes: `ROOM_NOT_EXIST_CODE`, `ERR_PARAM`, `PARAM_ERROR`, `kErrorTimeout`. */
export const isCodeConstantName = memoised((name) => {
  if (isCodeName(name)) return true;
  const bare = name.replace(/^\$/, '');
  if (/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/.test(bare))
    return (
      /(?:^|_)(?:ERR|ERROR|ERRNO|CODE|RES|RESULT|STATUS)(?:_|$)/.test(bare) &&
      !/HTTP/.test(bare) &&
      !namesOtherCode(bare)
    );
  return (
    /^(?:k|E|Err|Error)[A-Z][A-Za-z0-9]*(?:Error|Err|Code)?$/.test(bare) && /Err|Code/.test(bare) && !/Http/.test(bare)
  );
});

/** Names of things that hold ordinary numbers: a long number assigned to them is not a code. */
export const isMeasureName = memoised((name) =>
  /(?:timeout|delay|interval|port|size|length|len|width|height|count|limit|max|min|ms|millis|milliseconds|seconds|secs|ttl|duration|offset|index|idx|id|uid|time|timestamp|ts|version|year|amount|price|total|capacity|retries|page|bytes)$/i.test(
    name.replace(/^\$/, '').replace(/_/g, ''),
  ),
);

/** `REQUEST_CODE_PICK_AVATAR`, `COUNTRY_CODE_CN`: an UPPER_SNAKE name whose `X_CODE` is another kind of code. */
function namesOtherCode(upperSnake: string): boolean {
  const parts = upperSnake.split('_');
  for (let i = 1; i < parts.length; i++) {
    if (parts[i] === 'CODE' && NOT_STATUS_CODES.has((parts[i - 1] + 'code').toLowerCase())) return true;
  }
  return false;
}

/**
 * Words that name an identity or an entity in plain text and logs (`user 6000121`, `order 2001`):
 * the number after them is an id, not a code.
 */
export const isIdentityWord = memoised(
  (name) =>
    /^(?:user|users|uid|id|account|accid|order|room|group|team|member|device|phone|mobile|msg|message)s?$/i.test(
      name,
    ) || isMeasureName(name),
);
