import TextPlot

/// Draws the help overlay: every binding, from the key map, in a centred box.
///
/// The keys of what is selected now come first, then each pane's, then the other quiz, exercise
/// and editor keys. Sections flow top to bottom into as many 38-column columns as the screen
/// holds; when they do not all fit, ↑/↓ scroll them and the last row says so.
public func renderHelp(_ state: AppState, in rect: Rect, on screen: inout Screen) {
  let theme = state.theme
  let page = helpPage(state, in: rect)
  let all = helpLines(state)
  let scroll = min(state.helpScroll, max(0, all.count - page.columns * page.height))
  let rows = flow(Array(all.dropFirst(scroll)), into: page.columns, height: page.height)
  let box = rect.centered(
    width: page.columns * helpColumnWidth + 2, height: (rows.map(\.count).max() ?? 0) + 3)
  screen.fill(box, style: theme.inactiveBar)
  screen.put(" Keys ", in: box, column: 2, style: theme.bar)
  let inner = box.inset(by: 1)
  let keyStyle = theme.key.withBackground(of: theme.inactiveBar)
  let keyWidth = min(14, rows.joined().map { displayWidth($0.keys) }.max() ?? 0)
  for (index, column) in rows.enumerated() {
    let area = Rect(
      column: inner.column + index * helpColumnWidth, row: inner.row, width: helpColumnWidth - 1,
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
  let more = all.count > page.columns * page.height
  let arrows = state.glyphs.isASCII ? "Up/Down" : "↑↓"
  screen.put(
    (more ? arrows + " scroll · " : "") + "? or Esc closes this", in: inner, row: inner.height - 1,
    style: theme.inactiveBar)
}

/// The largest useful `helpScroll` for the state's size (the last page is full).
public func helpMaximumScroll(_ state: AppState) -> Int {
  let page = helpPage(
    state, in: Rect(column: 0, row: 1, width: state.width, height: state.height - 2))
  return max(0, helpLines(state).count - page.columns * page.height)
}

private let helpColumnWidth = 38

private func helpPage(_ state: AppState, in rect: Rect) -> (columns: Int, height: Int) {
  let columns = max(1, min(3, (rect.width - 2) / helpColumnWidth))
  return (columns, max(1, rect.height - 3))
}

private typealias HelpLine = (keys: String, help: String, isHeading: Bool)

private func helpLines(_ state: AppState) -> [HelpLine] {
  var lines: [HelpLine] = []
  func section(_ title: String, _ bindings: [KeyMap.Binding]) {
    if !lines.isEmpty { lines.append(("", "", false)) }
    lines.append(("", title, true))
    for binding in bindings {
      lines.append((binding.keyLabel(ascii: state.glyphs.isASCII, all: true), binding.help, false))
    }
  }
  let current = state.keyContext
  if let current { section(current.title, state.keyMap.contextBindings[current] ?? []) }
  for pane in Pane.allCases { section(pane.title, state.keyMap.bindings[pane] ?? []) }
  for context in KeyContext.allCases where context != current {
    section(context.title, state.keyMap.contextBindings[context] ?? [])
  }
  return lines
}

/// Splits lines into at most `columns` columns of at most `height` lines.
private func flow(_ lines: [HelpLine], into columns: Int, height maximumHeight: Int) -> [[HelpLine]]
{
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
