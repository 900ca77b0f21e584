/** What may follow a server message that opens a longer string: punctuation or a space, in either script. */
const FOLLOWERS = new Set(['(', '（', ':', '：', ' ', ',', '，', ';', '；', '。', '[', '【']);

/**
 * Non-English server messages that also count at the start of a longer string: the v9 Web SDK adds details
 * to its Chinese NIMError messages (`用户名或密码错误, ...(detail)`). Only where punctuation or a space
 * follows, so a sentence that merely begins with the same words does not count.
 */
export class ServerMessagePrefixes {
  private readonly byFirstChar = new Map<number, string[]>();

  add(text: string): void {
    const first = text.charCodeAt(0);
    const list = this.byFirstChar.get(first);
    if (!list) this.byFirstChar.set(first, [text]);
    else if (!list.includes(text)) list.push(text);
  }

  /** The message the text opens with, followed by punctuation or a space; undefined when none. */
  openingOf(text: string): string | undefined {
    const list = this.byFirstChar.get(text.charCodeAt(0));
    if (!list) return undefined;
    for (const message of list)
      if (text.length > message.length && FOLLOWERS.has(text[message.length]!) && text.startsWith(message))
        return message;
    return undefined;
  }
}
