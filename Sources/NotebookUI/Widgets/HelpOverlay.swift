import TextPlot

/// Draws the help overlay: every binding, from the key map, in a centred box.
///
/// The keys of what is selected now come first, then each pane's (the keys the lessons list and
/// the lesson share are listed once, under "Outside the REPL"), then the other quiz, exercise and
/// editor keys. Sections flow top to bottom into as many columns as the screen holds (at most
/// three, each as wide as its longest binding needs); a description too long for its column
/// wraps under itself, so nothing is cut off. When the lines do not all fit, ↑/↓ scroll them
/// and the last row says so.
public func renderHelp(_ state: AppState, in rect: Rect, on screen: inout Screen) {
  let theme = state.theme
  let page = HelpPage(state, in: rect)
  let all = page.lines
  let scroll = min(state.helpScroll, max(0, all.count - page.columns * page.height))
  let rows = flow(Array(all.dropFirst(scroll)), into: page.columns, height: page.height)
  let box = rect.centered(
    width: page.columns * page.columnWidth + 1, height: (rows.map(\.count).max() ?? 0) + 3)
  screen.fill(box, style: theme.inactiveBar)
  screen.put(" Keys ", in: box, column: 2, style: theme.bar)
  let inner = box.inset(by: 1)
  let keyStyle = theme.key.withBackground(of: theme.inactiveBar)
  for (index, column) in rows.enumerated() {
    let area = Rect(
      column: inner.column + index * page.columnWidth, row: inner.row,
      width: page.columnWidth - 1, height: inner.height)
    for (row, line) in column.enumerated() {
      if line.isHeading {
        screen.put(line.help, in: area, row: row, style: theme.inactiveBar.bold)
      } else {
        screen.put(line.keys, in: area, row: row, column: 1, style: keyStyle)
        screen.put(
          line.help, in: area, row: row, column: page.keyWidth + 2, style: theme.inactiveBar)
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
  let page = HelpPage(
    state, in: Rect(column: 0, row: 1, width: state.width, height: state.height - 2))
  return max(0, page.lines.count - page.columns * page.height)
}

/// How the help lines are laid out in a rectangle: columns, their width, and the lines wrapped
/// to fit them.
private struct HelpPage {
  /// Descriptions longer than this wrap rather than widen every column.
  static let longestHelp = 24
  /// Descriptions are not wrapped narrower than this to fit a second column.
  static let shortestHelp = 18

  var columns: Int
  /// Columns a help column takes, with the one-column gap after it.
  var columnWidth: Int
  var keyWidth: Int
  /// Lines that fit a page.
  var height: Int
  var lines: [HelpLine]

  init(_ state: AppState, in rect: Rect) {
    let bindings = helpLines(state)
    keyWidth = min(14, bindings.filter { !$0.isHeading }.map { displayWidth($0.keys) }.max() ?? 0)
    let helpWidth = min(
      Self.longestHelp, bindings.filter { !$0.isHeading }.map { displayWidth($0.help) }.max() ?? 0)
    // A column is: a space, the keys, a space, the help, and a gap to the next column.
    let natural = keyWidth + helpWidth + 4
    let available = max(1, rect.width - 3)
    columns = max(1, min(3, available / natural))
    // Two narrower columns, wrapping the longest descriptions, beat one wide one.
    if columns == 1 && available / (keyWidth + Self.shortestHelp + 4) >= 2 { columns = 2 }
    columnWidth = min(natural, available / columns)
    height = max(1, rect.height - 3)
    let textWidth = max(4, columnWidth - keyWidth - 3)
    lines = bindings.flatMap { line -> [HelpLine] in
      if line.isHeading { return [line] }
      return wrap(line.help, toWidth: textWidth).enumerated().map { index, part in
        (index == 0 ? line.keys : "", part, false)
      }
    }
  }
}

private typealias HelpLine = (keys: String, help: String, isHeading: Bool)

private func helpLines(_ state: AppState) -> [HelpLine] {
  var lines: [HelpLine] = []
  func section(_ title: String, _ bindings: [KeyMap.Binding]) {
    guard !bindings.isEmpty else { return }
    if !lines.isEmpty { lines.append(("", "", false)) }
    lines.append(("", title, true))
    for binding in bindings {
      lines.append((binding.keyLabel(ascii: state.glyphs.isASCII, all: true), binding.help, false))
    }
  }
  let current = state.keyContext
  if let current { section(current.title, state.keyMap.contextBindings[current] ?? []) }
  let browser = state.keyMap.bindings[.browser] ?? []
  let lesson = state.keyMap.bindings[.lesson] ?? []
  let shared = browser.filter { lesson.contains($0) }
  section(Pane.browser.title, browser.filter { !shared.contains($0) })
  section(Pane.lesson.title, lesson.filter { !shared.contains($0) })
  section("Outside the REPL", shared)
  section(Pane.repl.title, state.keyMap.bindings[.repl] ?? [])
  for context in KeyContext.allCases where context != current {
    section(context.title, state.keyMap.contextBindings[context] ?? [])
  }
  return lines
}

/// Splits lines into at most `columns` columns of at most `height` lines, keeping each section
/// in one column when that still fits them all.
private func flow(_ lines: [HelpLine], into columns: Int, height maximumHeight: Int) -> [[HelpLine]]
{
  let height = min(maximumHeight, (lines.count + columns - 1) / columns)
  let count = lines.filter { !$0.help.isEmpty }.count
  // The shortest columns that keep every section whole, else plain columns.
  for candidate in height...max(height, maximumHeight) {
    let kept = flow(lines, into: columns, height: candidate, keepingSections: true)
    if kept.joined().filter({ !$0.help.isEmpty }).count == count { return kept }
  }
  return flow(lines, into: columns, height: height, keepingSections: false)
}

private func flow(
  _ lines: [HelpLine], into columns: Int, height: Int, keepingSections: Bool
) -> [[HelpLine]] {
  var result: [[HelpLine]] = []
  var rest = lines[...]
  while !rest.isEmpty && result.count < columns {
    var column = Array(rest.prefix(height))
    rest = rest.dropFirst(height)
    // A wrapped description stays with its keys: the column ends before the binding instead.
    while column.count > 1, let next = rest.first, isContinuation(next) {
      rest.insert(column.removeLast(), at: rest.startIndex)
    }
    // A section cut in two starts the next column instead, when it fits in one.
    if keepingSections, let next = rest.first, !next.help.isEmpty,
      let heading = column.lastIndex(where: \.isHeading), heading > 0
    {
      let sectionLength = (column.count - heading) + (rest.firstIndex { $0.help.isEmpty }.map {
        $0 - rest.startIndex } ?? rest.count)
      if sectionLength <= height {
        rest.insert(contentsOf: column[heading...], at: rest.startIndex)
        column.removeSubrange(heading...)
      }
    }
    if column.last?.help == "" { column.removeLast() }
    if let first = rest.first, first.help == "" { rest = rest.dropFirst() }
    result.append(column)
  }
  return result
}

/// Whether a line is the wrapped rest of the description above it.
private func isContinuation(_ line: HelpLine) -> Bool {
  !line.isHeading && line.keys.isEmpty && !line.help.isEmpty
}
