/// Draws the lesson tree: one row per item, indented by depth, with its progress mark; the
/// selected row is highlighted (reverse video in monochrome), dimmed when the pane lacks focus.
public func render(
  _ list: TreeListState, in rect: Rect, on screen: inout Screen, theme: Theme, glyphs: Glyphs,
  isFocused: Bool
) {
  guard !rect.isEmpty else { return }
  if list.items.isEmpty {
    screen.put("No lessons.", in: rect, style: theme.dim)
    return
  }
  for row in 0..<rect.height {
    let index = list.scroll + row
    guard let item = list.items[safe: index] else { break }
    let mark: String
    switch item.mark {
    case .done: mark = glyphs.done
    case .started: mark = glyphs.started
    case .none: mark = glyphs.notStarted
    }
    let indent = String(repeating: "  ", count: item.depth)
    let boxed = glyphs.isASCII ? "[" + mark + "]" : mark
    let full = item.id == nil ? indent + item.title : indent + boxed + " " + item.title
    let label = abbreviated(full, toWidth: rect.width, ellipsis: glyphs.isASCII ? "~" : "…")
    let isSelected = index == list.selection
    var style = item.id == nil ? theme.heading : theme.text
    if isSelected { style = isFocused ? theme.selection : theme.inactiveBar }
    let line = Rect(column: rect.column, row: rect.row + row, width: rect.width, height: 1)
    if isSelected { screen.fill(line, style: style) }
    screen.put(label, in: line, style: style)
    if item.mark == .done && !isSelected && item.id != nil {
      screen.put(boxed, in: line, column: indent.count, style: theme.done)
    }
  }
}
