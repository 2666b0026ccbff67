import TextPlot

/// A lesson laid out for a pane width: the lines, where each code cell and each item starts,
/// and the caret of an open answer line.
public struct DocumentLayout: Sendable, Equatable {
  public var lines: [PaneLine]
  /// The first line of each code cell, in cell order.
  public var cellStarts: [Int]
  /// The first line of each item (code cell, quiz, exercise), in `Document.items` order.
  public var itemStarts: [Int]
  /// The caret of the answer line being typed: line and display column.
  public var caret: GridPoint?
  /// The lines of each code cell's output, by cell index (cells without output are absent).
  public var outputs: [Int: Range<Int>] = [:]

  /// The end of each item's own lines (a code cell's output included), in `itemStarts` order.
  public var itemEnds: [Int] = []

  /// The lines item `index` spans: its own lines, a code cell's output included, not the prose
  /// after it.
  public func span(ofItem index: Int) -> Range<Int>? {
    guard let start = itemStarts[safe: index] else { return nil }
    let end = itemEnds[safe: index] ?? lines.count
    return start..<max(start + 1, end)
  }

  /// The lines of the last figure in `range`, if there is one.
  public func lastFigure(in range: Range<Int>) -> Range<Int>? {
    guard let end = range.last(where: { lines[$0].figureRow != nil }),
      let row = lines[end].figureRow
    else { return nil }
    return max(range.lowerBound, end - row)..<(end + 1)
  }
}

extension PaneLine {
  /// The row of the figure this line shows, if it shows one.
  var figureRow: Int? { if case .figure(_, let row) = self { row } else { nil } }
}

/// Lays out the open lesson: headings and prose wrapped by display width, code cells, quizzes
/// and exercises behind a gutter (the selected one marked), outputs under their cells, blank
/// lines between blocks.
public func layoutDocument(_ pane: LessonPaneState, width: Int, glyphs: Glyphs) -> DocumentLayout {
  guard let document = pane.document, width > 0 else {
    return DocumentLayout(lines: [], cellStarts: [], itemStarts: [], caret: nil, outputs: [:])
  }
  var lines: [PaneLine] = []
  var cellStarts: [Int] = []
  var itemStarts: [Int] = []
  var caret: GridPoint?
  var outputs: [Int: Range<Int>] = [:]
  var itemEnds: [Int] = []
  let selectedBlock = pane.selectedItem?.block
  for (index, block) in document.blocks.enumerated() {
    if !lines.isEmpty { lines.append(.plain("")) }
    let isSelected = index == selectedBlock
    switch block {
    case .heading(let text):
      lines += wrap(text, toWidth: width).map { .plain($0, .heading) }
    case .paragraph(let text):
      lines += wrap(text, toWidth: width).map { .plain($0) }
    case .code(let source):
      cellStarts.append(lines.count)
      itemStarts.append(lines.count)
      let gutter = PaneLine.Run(String(glyphs.verticalLine) + " ", isSelected ? .selection : .dim)
      for line in source.split(separator: "\n", omittingEmptySubsequences: false) {
        lines.append(.text([gutter, PaneLine.Run(String(line), .code)]))
      }
      itemEnds.append(lines.count)
    case .preformatted(let text):
      lines += text.map { .plain($0) }
    case .output(let items):
      let start = lines.count
      lines += PaneLine.lines(for: items, width: width)
      if case .code? = document.blocks[safe: index - 1], !cellStarts.isEmpty {
        outputs[cellStarts.count - 1] = start..<lines.count
        itemEnds[itemEnds.count - 1] = lines.count
      }
    case .quiz(let quiz):
      itemStarts.append(lines.count)
      let card = quizLines(quiz, width: width, isSelected: isSelected, glyphs: glyphs)
      if let at = card.caret {
        caret = GridPoint(column: at.column, row: lines.count + at.line)
      }
      lines += card.lines
      itemEnds.append(lines.count)
    case .exercise(let exercise):
      itemStarts.append(lines.count)
      lines += exerciseLines(exercise, width: width, isSelected: isSelected, glyphs: glyphs)
      itemEnds.append(lines.count)
    }
  }
  return DocumentLayout(
    lines: lines, cellStarts: cellStarts, itemStarts: itemStarts, caret: caret, outputs: outputs,
    itemEnds: itemEnds)
}

/// Draws the lesson pane's content, with `▲`/`▼` in the last column when more is above or below,
/// and puts the terminal cursor at the caret of an open answer line.
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
  if let caret = layout.caret, caret.row >= pane.scroll, caret.row < pane.scroll + rect.height,
    caret.column < text.width
  {
    screen.cursor = GridPoint(
      column: rect.column + caret.column, row: rect.row + caret.row - pane.scroll)
  }
}
