import TextPlot

/// Draws the built-in code editor over a pane: a header naming the exercise and the keys to
/// leave, then the code with line numbers, scrolled so the caret shows, and the cursor on it.
///
/// Lines wider than the pane scroll sideways with the caret, as the REPL's input line does.
public func render(
  _ editor: CodeEditorState, in rect: Rect, on screen: inout Screen, theme: Theme, glyphs: Glyphs
) {
  guard !rect.isEmpty else { return }
  let (header, body) = rect.splitTop(1)
  screen.fill(header, style: theme.bar)
  let modified = editor.area.isModified ? " (modified)" : ""
  screen.put(
    " Editing " + editor.title + modified + " · Ctrl-S check · Esc close", in: header,
    style: theme.bar.bold)
  screen.fill(body, style: theme.text)
  guard !body.isEmpty else { return }
  let area = editor.area
  let numberWidth = max(2, String(area.lines.count).count)
  let gutterWidth = numberWidth + 3
  let textWidth = max(1, body.width - gutterWidth)
  let shift = max(0, area.caretColumn - textWidth + 1)
  // The view may have shrunk since the editor last scrolled: keep the caret's line in it.
  var top = min(area.top, area.row)
  if area.row >= top + body.height { top = area.row - body.height + 1 }
  for row in 0..<body.height {
    let index = top + row
    guard let line = area.lines[safe: index] else { break }
    let number = String(index + 1)
    let label = String(repeating: " ", count: numberWidth - number.count) + number
    screen.put(
      " " + label + " " + String(glyphs.verticalLine), in: body, row: row,
      style: index == area.row ? theme.text : theme.dim)
    var visible = CellGrid(width: textWidth + shift, height: 1)
    visible.put(String(line), at: .origin, style: theme.code)
    var window = CellGrid(width: textWidth, height: 1)
    window.blit(visible, at: GridPoint(column: -shift, row: 0))
    screen.blit(
      window,
      in: Rect(column: body.column + gutterWidth, row: body.row + row, width: textWidth, height: 1))
  }
  let caretRow = area.row - top
  if caretRow >= 0 && caretRow < body.height {
    screen.cursor = GridPoint(
      column: body.column + gutterWidth + area.caretColumn - shift, row: body.row + caretRow)
  }
}
