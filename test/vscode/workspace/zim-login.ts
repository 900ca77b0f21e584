// Constant fixture: the file imports ZIMErrorCode, so the token-expired code can become the SDK constant.
import { ZIMErrorCode } from 'zego-zim-web';

export function onLoginFailed(err: { code: number }): string {
  if (err.code === ZIMErrorCode.Success) return 'ok';
  if (err.code === 6000106) return 'renew the token';
  return 'failed';
}
