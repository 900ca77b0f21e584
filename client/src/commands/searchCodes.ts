import * as vscode from 'vscode';
import { ListCodesRequest, type CodeListItem } from '../../../server/src/protocol';
import type { StatusCodesClient } from '../statusCodesClient';
import { runningClient, scopeUri } from './runningClient';

/** Read-only documents that show one code's description, rendered by the markdown preview. */
const SCHEME = 'status-codes';

interface CodePick extends vscode.QuickPickItem {
  readonly code: CodeListItem;
}

/**
 * **Status Codes: Search codes...**: a quick pick over every code of the enabled catalogues,
 * matching number, name or message. Choosing one shows its full description; the item
 * buttons insert the code at the cursor or copy it.
 */
export function searchCodes(context: vscode.ExtensionContext, client: StatusCodesClient): () => Promise<void> {
  const descriptions = new Map<string, string>();
  context.subscriptions.push(
    vscode.workspace.registerTextDocumentContentProvider(SCHEME, {
      provideTextDocumentContent: (uri) =>
        descriptions.get(uri.toString()) ?? vscode.l10n.t('This description is no longer available; search again.'),
    }),
  );

  return async () => {
    const languageClient = runningClient(client, vscode.l10n.t('search codes'));
    if (!languageClient) return;
    const editor = vscode.window.activeTextEditor;
    let codes: CodeListItem[];
    try {
      codes = await languageClient.sendRequest(ListCodesRequest, { uri: scopeUri() });
    } catch (e) {
      void vscode.window.showErrorMessage(
        vscode.l10n.t('Status Codes: could not list codes ({0}).', (e as Error).message),
      );
      return;
    }
    if (codes.length === 0) {
      void vscode.window.showInformationMessage(
        vscode.l10n.t('Status Codes: no catalogue is enabled (see statusCodes.providers).'),
      );
      return;
    }
    const picked = await pickCode(codes, editor);
    if (!picked) return;
    const uri = vscode.Uri.from({ scheme: SCHEME, path: `/${picked.provider}/${String(picked.code)}.md` });
    descriptions.set(uri.toString(), `${picked.markdown}\n`);
    await vscode.commands.executeCommand('markdown.showPreview', uri);
  };
}

function pickCode(
  codes: readonly CodeListItem[],
  editor: vscode.TextEditor | undefined,
): Promise<CodeListItem | undefined> {
  const INSERT = { iconPath: new vscode.ThemeIcon('insert'), tooltip: vscode.l10n.t('Insert at cursor') };
  const COPY = { iconPath: new vscode.ThemeIcon('copy'), tooltip: vscode.l10n.t('Copy code') };
  const quickPick = vscode.window.createQuickPick<CodePick>();
  quickPick.title = vscode.l10n.t('Status Codes: search codes');
  quickPick.placeholder = vscode.l10n.t('Type a number, a name or words of the message');
  quickPick.matchOnDescription = true;
  quickPick.matchOnDetail = true;
  quickPick.items = codes.map((code) => ({
    label: String(code.code),
    description: `${code.name} · ${code.providerName}`,
    detail: code.message,
    buttons: editor ? [INSERT, COPY] : [COPY],
    code,
  }));
  return new Promise((resolve) => {
    let chosen: CodeListItem | undefined;
    quickPick.onDidTriggerItemButton(async ({ item, button }) => {
      const text = String(item.code.code);
      if (button === INSERT && editor) {
        quickPick.hide();
        await vscode.window.showTextDocument(editor.document, editor.viewColumn);
        await editor.edit((edit) => {
          for (const s of editor.selections) edit.replace(s, text);
        });
      } else {
        await vscode.env.clipboard.writeText(text);
        void vscode.window.setStatusBarMessage(vscode.l10n.t('Status Codes: copied {0}', text), 3000);
      }
    });
    quickPick.onDidAccept(() => {
      chosen = quickPick.selectedItems[0]?.code;
      quickPick.hide();
    });
    quickPick.onDidHide(() => {
      quickPick.dispose();
      resolve(chosen);
    });
    quickPick.show();
  });
}
