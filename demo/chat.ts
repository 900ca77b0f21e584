// A chat client on NetEase CommsEase IM (NIM) and ZEGOCLOUD ZIM. Hover the numbers.
interface SdkError {
  code: number | string;
  message?: string;
}

export function onSendFailed(err: SdkError): string {
  if (err.code === 414) {
    return 'Check the message parameters';
  }
  if (err.code === 408 || err.code === 302) {
    return 'Log in again, then retry';
  }
  return 'Unknown failure';
}

export function onEnterRoomFailed(err: SdkError): void {
  if (err.code === 660300001) {
    console.warn('ZIM: the room is gone, creating it', err);
  } else if (err.code === 6000121) {
    console.warn('ZIM: not logged in, logging in again', err);
  }
}

export function shouldRetry(err: SdkError): boolean {
  switch (err.code) {
    case 'Error_Timeout':
      return true;
    case 'Error_Timout': // misspelled: see the Problems panel and the quick fix
      return true;
    default:
      return false;
  }
}

export function onOrderFailed(res: SdkError): string {
  // a code of our own backend, documented in team.codes.json
  if (res.code === 40001) {
    return 'Order not found';
  }
  return 'ok';
}
