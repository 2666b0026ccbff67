/// A lesson laid out for a pane width: the lines, and where each code cell starts.
public struct DocumentLayout: Sendable, Equatable {
  public var lines: [PaneLine]
  /// The first line of each code cell, in cell order.
  public var cellStarts: [Int]
}

/// Lays out the open lesson: headings and prose wrapped by display width, code cells behind a
/// gutter (the selected one marked), outputs under their cells, blank lines between blocks.
public func layoutDocument(_ pane: LessonPaneState, width: Int, glyphs: Glyphs) -> DocumentLayout {
  guard let document = pane.document, width > 0 else {
    return DocumentLayout(lines: [], cellStarts: [])
  }
  var lines: [PaneLine] = []
  var cellStarts: [Int] = []
  for block in document.blocks {
    if !lines.isEmpty { lines.append(.plain("")) }
    switch block {
    case .heading(let text):
      lines += wrap(text, toWidth: width).map { .plain($0, .heading) }
    case .paragraph(let text):
      lines += wrap(text, toWidth: width).map { .plain($0) }
    case .code(let source):
      let isSelected = pane.selectedCell == cellStarts.count
      cellStarts.append(lines.count)
      let gutter = PaneLine.Run(String(glyphs.verticalLine) + " ", isSelected ? .selection : .dim)
      for line in source.split(separator: "\n", omittingEmptySubsequences: false) {
        lines.append(.text([gutter, PaneLine.Run(String(line), .code)]))
      }
    case .preformatted(let text):
      lines += text.map { .plain($0) }
    case .output(let items):
      lines += PaneLine.lines(for: items, width: width)
    }
  }
  return DocumentLayout(lines: lines, cellStarts: cellStarts)
}

/// Draws the lesson pane's content, with `▲`/`▼` in the last column when more is above or below.
public func render(
  _ pane: LessonPaneState, in rect: Rect, on screen: inout Screen, theme: Theme, glyphs: Glyphs
) {
  guard !rect.isEmpty else { return }
  guard pane.document != nil else {
    screen.put("Choose a lesson in the browser (Enter opens it).", in: rect, style: theme.dim)
    return
  }
  let layout = layoutDocument(pane, width: rect.width - 1, glyphs: glyphs)
  let text = rect.splitLeft(rect.width - 1).left
  render(layout.lines, from: pane.scroll, in: text, on: &screen, theme: theme)
  let edge = Rect(column: rect.right - 1, row: rect.row, width: 1, height: rect.height)
  if pane.scroll > 0 { screen.put(String(glyphs.moreAbove), in: edge, style: theme.dim) }
  if pane.scroll + rect.height < layout.lines.count {
    screen.put(String(glyphs.moreBelow), in: edge, row: rect.height - 1, style: theme.dim)
  }
}
