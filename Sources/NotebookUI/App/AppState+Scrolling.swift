/// Scrolling and selection in the focused pane, kept inside the content.
extension AppState {
  /// Scrolls the focused pane by `rows` (negative is up); the browser moves its selection.
  public mutating func scroll(by rows: Int) {
    scroll(focus, by: rows)
  }

  /// Scrolls a given pane by `rows`.
  public mutating func scroll(_ pane: Pane, by rows: Int) {
    let view = layout.content(of: pane)
    switch pane {
    case .browser:
      browser.move(by: rows, viewHeight: view.height)
    case .lesson:
      lesson.scroll = clamped(
        lesson.scroll + rows, lineCount: lessonLineCount, viewHeight: view.height)
    case .repl:
      let lines = transcriptLines(self, width: view.width).count
      transcript.scrollBack = min(
        max(0, transcript.scrollBack - rows), max(0, lines - view.height + 1))
    }
  }

  /// Moves the selected code cell and scrolls its first line into view.
  public mutating func selectCell(by step: Int) {
    guard let document = lesson.document, !document.codeBlockIndices.isEmpty else { return }
    let count = document.codeBlockIndices.count
    let cell = min(max(0, (lesson.selectedCell ?? -1) + step), count - 1)
    lesson.selectedCell = cell
    let view = layout.content(of: .lesson)
    let start = layoutDocument(lesson, width: view.width - 1, glyphs: glyphs).cellStarts[cell]
    if start < lesson.scroll || start >= lesson.scroll + view.height {
      lesson.scroll = clamped(start - 1, lineCount: lessonLineCount, viewHeight: view.height)
    }
  }

  /// Scrolls the lesson down so a cell's output is in view, keeping the cell's first line visible.
  public mutating func revealOutput(ofCell cell: Int) {
    let view = layout.content(of: .lesson)
    let document = layoutDocument(lesson, width: view.width - 1, glyphs: glyphs)
    guard let start = document.cellStarts[safe: cell] else { return }
    let next = document.cellStarts[safe: cell + 1].map { $0 - 1 } ?? document.lines.count
    let wanted = max(lesson.scroll, next - view.height)
    lesson.scroll = clamped(
      min(wanted, start), lineCount: document.lines.count, viewHeight: view.height)
  }

  /// Brings every scroll position back inside its content (after a resize or new content).
  public mutating func clampScrolling() {
    browser.keepSelectionVisible(viewHeight: layout.content(of: .browser).height)
    let view = layout.content(of: .lesson)
    lesson.scroll = clamped(lesson.scroll, lineCount: lessonLineCount, viewHeight: view.height)
  }

  private var lessonLineCount: Int {
    layoutDocument(lesson, width: layout.content(of: .lesson).width - 1, glyphs: glyphs).lines.count
  }

  private func clamped(_ scroll: Int, lineCount: Int, viewHeight: Int) -> Int {
    min(max(0, scroll), max(0, lineCount - viewHeight))
  }
}
