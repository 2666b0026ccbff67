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

  /// Selects the first item in view when the selected one is scrolled out of it (while no editor
  /// or answer line is open), or with `orBelow` the first one below the view when none is in it;
  /// returns whether the selection changed.
  public mutating func selectVisibleItem(orBelow: Bool = false) -> Bool {
    guard lesson.editor == nil, lesson.selectedQuiz?.input == nil else { return false }
    let view = layout.content(of: .lesson)
    let document = layoutDocument(lesson, width: view.width - 1, glyphs: glyphs)
    let shown = lesson.scroll..<(lesson.scroll + view.height)
    if let selection = lesson.selection, let span = document.span(ofItem: selection),
      span.overlaps(shown)
    {
      return false
    }
    let spans = document.itemStarts.indices.compactMap { document.span(ofItem: $0) }
    guard
      let first = spans.firstIndex(where: { $0.overlaps(shown) })
        ?? (orBelow ? spans.firstIndex(where: { $0.lowerBound >= shown.upperBound }) : nil),
      first != lesson.selection
    else { return false }
    lesson.selection = first
    revealSelection()
    return true
  }

  /// Starts following a cell's output as it arrives, from the current scroll position.
  public mutating func followOutput() {
    lesson.followedScroll = lesson.scroll
  }

  /// Scrolls the lesson so a running cell's output is in view as it arrives: the start of the
  /// output with up to three of the cell's last lines above it, as much of the output's end as
  /// fits below, and a redrawn figure whole where it fits. Only while following: once the
  /// learner scrolls elsewhere during the run, the view stays where they put it.
  public mutating func revealOutput(ofCell cell: Int) {
    guard let followed = lesson.followedScroll, followed == lesson.scroll else {
      lesson.followedScroll = nil
      return
    }
    let view = layout.content(of: .lesson)
    let document = layoutDocument(lesson, width: view.width - 1, glyphs: glyphs)
    guard let cellStart = document.cellStarts[safe: cell], let output = document.outputs[cell]
    else { return }
    let scroll = Self.outputScroll(
      from: lesson.scroll, cell: cellStart..<output.lowerBound, output: output,
      figure: document.lastFigure(in: output), viewHeight: view.height)
    lesson.scroll = clamped(scroll, lineCount: document.lines.count, viewHeight: view.height)
    lesson.followedScroll = lesson.scroll
  }

  /// The first line to show so that `output` (under the lines of `cell`) is in a view of
  /// `viewHeight` lines, moving the least from `scroll`.
  public static func outputScroll(
    from scroll: Int, cell: Range<Int>, output: Range<Int>, figure: Range<Int>?, viewHeight: Int
  ) -> Int {
    let context = min(3, cell.count, max(0, viewHeight / 4))
    // As much of the output's end as fits, but never its start out of view.
    var top = min(max(scroll, output.upperBound - viewHeight), output.lowerBound - context)
    if let figure, figure.lowerBound < top || figure.upperBound > top + viewHeight {
      top = min(max(top, figure.upperBound - viewHeight), figure.lowerBound)
    }
    return top
  }

  /// Brings every scroll position back inside its content (after a resize or new content).
  public mutating func clampScrolling() {
    browser.keepSelectionVisible(viewHeight: layout.content(of: .browser).height)
    let view = layout.content(of: .lesson)
    let isFollowing = lesson.followedScroll == lesson.scroll
    lesson.scroll = clamped(lesson.scroll, lineCount: lessonLineCount, viewHeight: view.height)
    if isFollowing { lesson.followedScroll = lesson.scroll }
  }

  private var lessonLineCount: Int {
    layoutDocument(lesson, width: layout.content(of: .lesson).width - 1, glyphs: glyphs).lines.count
  }

  private func clamped(_ scroll: Int, lineCount: Int, viewHeight: Int) -> Int {
    min(max(0, scroll), max(0, lineCount - viewHeight))
  }
}
