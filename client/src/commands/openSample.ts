import * as vscode from 'vscode';

/**
 * Error handling as apps write it, with codes of each built-in catalogue and one misspelling:
 * the walkthrough's first step opens it, so a first run works before the user has a file of
 * their own. Untitled: nothing is written to disk.
 */
const SAMPLE = `// Status Codes sample: hover the codes, open the Problems panel, type after "err.code === ".
interface SdkError {
  code: number | string;
  message?: string;
}

export function onSendFailed(err: SdkError): string {
  if (err.code === 414) {
    return 'check the message parameters';
  }
  if (err.code === 408 || err.code === 302) {
    return 'log in again, then retry';
  }
  return 'unknown failure';
}

export function onEnterRoomFailed(err: SdkError): void {
  if (err.code === 660300001) {
    console.warn('ZIM: the room is gone', err);
  } else if (err.code === 6000121) {
    console.warn('ZIM: not logged in', err);
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
`;

/** Opens the sample in an untitled TypeScript editor. */
export function openSample(): () => Promise<void> {
  return async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'typescript', content: SAMPLE });
    await vscode.window.showTextDocument(document);
  };
}
