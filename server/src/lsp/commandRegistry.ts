/** Runs a command with the arguments the client sent (unchecked: validate them). */
export type CommandHandler = (args: readonly unknown[]) => Promise<void> | void;

/**
 * The server's `workspace/executeCommand` commands: features add theirs while the server
 * initializes, the commands feature announces the identifiers and dispatches to them.
 */
export class CommandRegistry {
  private readonly handlers = new Map<string, CommandHandler>();

  register(id: string, handler: CommandHandler): void {
    if (this.handlers.has(id)) throw new Error(`Command ${id} is registered twice.`);
    this.handlers.set(id, handler);
  }

  get ids(): string[] {
    return [...this.handlers.keys()];
  }

  /** Runs a registered command; false when there is none by that identifier. */
  async execute(id: string, args: readonly unknown[]): Promise<boolean> {
    const handler = this.handlers.get(id);
    if (!handler) return false;
    await handler(args);
    return true;
  }
}
