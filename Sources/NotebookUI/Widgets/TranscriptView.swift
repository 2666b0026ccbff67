import TextPlot

/// The REPL transcript laid out for a width: typed lines with their prompts, then outputs.
public func transcriptLines(_ state: AppState, width: Int) -> [PaneLine] {
  var lines: [PaneLine] = []
  for entry in state.transcript.entries {
    switch entry {
    case .input(let prompt, let text):
      lines.append(.text([PaneLine.Run(prompt, .prompt), PaneLine.Run(text)]))
    case .output(let item):
      lines += PaneLine.lines(for: [item], width: width)
    }
  }
  return lines + PaneLine.lines(for: state.transcript.liveOutput, width: width)
}

/// Draws the REPL pane: the transcript above, completion matches, and the input line at the
/// bottom, and places the terminal cursor at the editor's caret (CJK counted as two columns).
///
/// The input line scrolls horizontally so the caret is always visible.
public func renderTranscript(
  _ state: AppState, in rect: Rect, on screen: inout Screen, isFocused: Bool
) {
  guard !rect.isEmpty else { return }
  let theme = state.theme
  let editor = state.transcript.editor
  let matches =
    editor.matches.isEmpty ? [] : wrap(editor.matches.joined(separator: "  "), toWidth: rect.width)
  let (history, bottom) = rect.splitBottom(1 + min(matches.count, max(0, rect.height - 2)))
  let lines = transcriptLines(state, width: rect.width)
  let top = max(0, lines.count - history.height - state.transcript.scrollBack)
  render(lines, from: top, in: history, on: &screen, theme: theme)
  for (row, line) in matches.prefix(bottom.height - 1).enumerated() {
    screen.put(line, in: bottom, row: row, style: theme.dim)
  }
  let inputRow = bottom.height - 1
  let shift = max(0, editor.cursorColumn - rect.width + 1)
  var visible = CellGrid(width: rect.width + shift, height: 1)
  let end = visible.put(editor.prompt, at: .origin, style: theme.prompt)
  visible.put(editor.text, at: GridPoint(column: end, row: 0), style: theme.text)
  var window = CellGrid(width: rect.width, height: 1)
  window.blit(visible, at: GridPoint(column: -shift, row: 0))
  screen.blit(
    window, in: Rect(column: rect.column, row: bottom.row + inputRow, width: rect.width, height: 1))
  if isFocused {
    screen.cursor = GridPoint(
      column: rect.column + editor.cursorColumn - shift, row: bottom.row + inputRow)
  }
}
