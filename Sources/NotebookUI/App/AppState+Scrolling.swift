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

  /// Moves the selection to another item (code cell, quiz, exercise) and scrolls it into view.
  public mutating func selectItem(by step: Int) {
    guard let document = lesson.document, !document.items.isEmpty else { return }
    lesson.selection = min(max(0, (lesson.selection ?? -1) + step), document.items.count - 1)
    revealSelection()
  }

  /// Moves the selected code cell and scrolls its first line into view.
  public mutating func selectCell(by step: Int) {
    selectItem(by: step)
  }

  /// Scrolls the least needed to show the selected item: its first line above all, or with
  /// `showingEnd` its last lines (where a new hint, report or solution appears).
  public mutating func revealSelection(showingEnd: Bool = false) {
    guard let selection = lesson.selection else { return }
    let view = layout.content(of: .lesson)
    let document = layoutDocument(lesson, width: view.width - 1, glyphs: glyphs)
    guard let span = document.span(ofItem: selection) else { return }
    var scroll = lesson.scroll
    if span.upperBound > scroll + view.height { scroll = span.upperBound - view.height }
    if let caret = document.caret, caret.row >= scroll + view.height {
      scroll = caret.row - view.height + 1
    }
    if span.lowerBound < scroll + 1 && !showingEnd { scroll = span.lowerBound - 1 }
    lesson.scroll = clamped(scroll, lineCount: document.lines.count, viewHeight: view.height)
  }

  /// Scrolls the lesson down so a cell's output is in view, keeping the cell's first line visible;
  /// only while that first line is on screen, so scrolling away during a long run sticks.
  public mutating func revealOutput(ofCell cell: Int) {
    let view = layout.content(of: .lesson)
    let document = layoutDocument(lesson, width: view.width - 1, glyphs: glyphs)
    guard let item = lesson.document?.items.firstIndex(where: { $0.item == .cell(cell) }),
      let span = document.span(ofItem: item)
    else { return }
    // A learner who scrolled the cell out of view while it runs is left where they are.
    guard span.lowerBound >= lesson.scroll, span.lowerBound < lesson.scroll + view.height else {
      return
    }
    let wanted = max(lesson.scroll, span.upperBound - view.height)
    lesson.scroll = clamped(
      min(wanted, span.lowerBound), lineCount: document.lines.count, viewHeight: view.height)
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
