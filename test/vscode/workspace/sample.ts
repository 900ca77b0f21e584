// Error handling for a chat app built on NetEase CommsEase IM (NIM) and ZEGOCLOUD ZIM.
interface SdkError {
  code: number | string;
  message?: string;
}

export function onSendFailed(err: SdkError): string {
  if (err.code === 414) {
    return 'Check the message parameters';
  }
  if (err.code === 408 || err.code === 302) {
    return 'Retry after logging in again';
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

export function classify(err: SdkError): 'retry' | 'fatal' {
  switch (err.code) {
    case 'Error_Timeout':
      return 'retry';
    case 'Error_Timout':
      return 'retry';
    default:
      return 'fatal';
  }
}

export function onOrderFailed(res: SdkError): string {
  // codes of our own backend, documented in team.codes.json
  if (res.code === 40001) {
    return 'Order not found';
  }
  return 'ok';
}
