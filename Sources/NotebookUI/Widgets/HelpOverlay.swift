import TextPlot

/// Draws the help overlay: every binding of every pane, from the key map, in a centred box.
///
/// Sections flow top to bottom into as many 38-column columns as the screen holds; what does not
/// fit is cut, and the last row says how to close the overlay.
public func renderHelp(_ state: AppState, in rect: Rect, on screen: inout Screen) {
  let theme = state.theme
  let columnWidth = 38
  let columns = max(1, min(Pane.allCases.count, (rect.width - 2) / columnWidth))
  let rows = flow(helpLines(state), into: columns, maximumHeight: max(1, rect.height - 3))
  let box = rect.centered(
    width: columns * columnWidth + 2, height: (rows.map(\.count).max() ?? 0) + 3)
  screen.fill(box, style: theme.inactiveBar)
  screen.put(" Keys ", in: box, column: 2, style: theme.bar)
  let inner = box.inset(by: 1)
  let keyStyle = theme.key.withBackground(of: theme.inactiveBar)
  let keyWidth = min(14, rows.joined().map { displayWidth($0.keys) }.max() ?? 0)
  for (index, column) in rows.enumerated() {
    let area = Rect(
      column: inner.column + index * columnWidth, row: inner.row, width: columnWidth - 1,
      height: inner.height)
    for (row, line) in column.enumerated() {
      if line.isHeading {
        screen.put(line.help, in: area, row: row, style: theme.inactiveBar.bold)
      } else {
        screen.put(line.keys, in: area, row: row, column: 1, style: keyStyle)
        screen.put(line.help, in: area, row: row, column: keyWidth + 2, style: theme.inactiveBar)
      }
    }
  }
  screen.put("? or Esc closes this", in: inner, row: inner.height - 1, style: theme.inactiveBar)
}

private typealias HelpLine = (keys: String, help: String, isHeading: Bool)

private func helpLines(_ state: AppState) -> [HelpLine] {
  var lines: [HelpLine] = []
  for pane in Pane.allCases {
    if !lines.isEmpty { lines.append(("", "", false)) }
    lines.append(("", pane.title, true))
    for binding in state.keyMap.bindings[pane] ?? [] {
      let keys = binding.keys.map { $0.label(ascii: state.glyphs.isASCII) }.joined(separator: " ")
      lines.append((keys, binding.help, false))
    }
  }
  return lines
}

/// Splits lines into at most `columns` columns of at most `maximumHeight` lines.
private func flow(_ lines: [HelpLine], into columns: Int, maximumHeight: Int) -> [[HelpLine]] {
  let height = min(maximumHeight, (lines.count + columns - 1) / columns)
  var result: [[HelpLine]] = []
  var rest = lines[...]
  while !rest.isEmpty && result.count < columns {
    var column = Array(rest.prefix(height))
    rest = rest.dropFirst(height)
    if column.last?.help == "" { column.removeLast() }
    if let first = rest.first, first.help == "" { rest = rest.dropFirst() }
    result.append(column)
  }
  return result
}
