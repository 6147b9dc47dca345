// The extension in a real extension host: diagnostics, outline, commands and quick fixes on real text.
const assert = require('node:assert/strict');
const path = require('node:path');
const vscode = require('vscode');

const folder = () => vscode.workspace.workspaceFolders[0].uri;
/** The server writes findings and fix titles in the editor's language (InitializeParams.locale). */
const chinese = /^zh/i.test(vscode.env.language);

/** Resolve when the document has diagnostics of ours that satisfy the predicate (event-driven). */
function diagnosticsOf(uri, predicate) {
  const ours = () => vscode.languages.getDiagnostics(uri).filter((d) => d.source === '公文起草助手');
  return new Promise((resolve) => {
    if (predicate(ours())) return resolve(ours());
    const sub = vscode.languages.onDidChangeDiagnostics(() => {
      if (predicate(ours())) { sub.dispose(); resolve(ours()); }
    });
  });
}

describe('公文起草助手 in VS Code', () => {
  it('reports numbering and placeholder findings of a seed', async () => {
    const uri = vscode.Uri.joinPath(folder(), 'seed.txt');
    await vscode.window.showTextDocument(uri);
    const diags = await diagnosticsOf(uri, (ds) => ds.some((d) => d.code === 'numbering-start') && ds.some((d) => String(d.code).startsWith('placeholder-')));
    const start = diags.find((d) => d.code === 'numbering-start');
    assert.deepEqual([start.range.start.line, start.range.start.character], [0, 0]);
    assert.match(start.message, chinese ? /^序号未从头开始/ : /^Numbering does not start at the beginning/);
  });

  it('offers the quick fix that removes the 顿号 after （二） and applies it', async () => {
    const uri = vscode.Uri.joinPath(folder(), '实施方案.txt');
    const editor = await vscode.window.showTextDocument(uri);
    const diags = await diagnosticsOf(uri, (ds) => ds.some((d) => d.code === 'numbering-marker-punctuation'));
    const d = diags.find((x) => x.code === 'numbering-marker-punctuation');
    const actions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', uri, d.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => a.title === (chinese ? '删除“、”' : 'Delete “、”'));
    assert.ok(fix, `quick fixes: ${actions.map((a) => a.title).join(' / ')}`);
    await vscode.workspace.applyEdit(fix.edit);
    assert.equal(editor.document.lineAt(2).text, '（二）基本原则');
  });

  it('renumbers the whole document with the 公文 command', async () => {
    const editor = vscode.window.activeTextEditor;
    await vscode.commands.executeCommand('gongwen.renumberDocument');
    assert.equal(editor.document.lineAt(3).text, '二、重点任务');
  });

  it('keeps the built-in outline working from documentSymbol', async () => {
    const uri = vscode.Uri.joinPath(folder(), 'seed.txt');
    const symbols = await vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', uri);
    assert.ok(symbols.some((s) => s.name.startsWith('二、坚持问题导向')), symbols.map((s) => s.name).join(' / '));
  });

  it('contributes every command under the 公文 category', async () => {
    const all = await vscode.commands.getCommands(true);
    for (const id of ['gongwen.renumberDocument', 'gongwen.fixAll', 'gongwen.nextPlaceholder', 'gongwen.previousPlaceholder',
      'gongwen.checkWorkspace', 'gongwen.finalCheck', 'gongwen.showOutline', 'gongwen.exportReport', 'gongwen.fillPlaceholder']) {
      assert.ok(all.includes(id), id);
    }
    assert.ok(path.isAbsolute(vscode.extensions.getExtension('gongwen.gongwen-assistant').extensionPath));
  });
});
