import TextPlot

/// Draws the whole state into a screen of the state's size (the screen is replaced if its size
/// differs): title bar, panes with headers, status bar, and the help overlay on top.
///
/// Pure: the same state always gives the same screen.
public func render(_ state: AppState, into screen: inout Screen) {
  if screen.width != state.width || screen.height != state.height {
    screen = Screen(width: state.width, height: state.height)
  }
  screen.cursor = nil
  let theme = state.theme
  screen.fill(screen.bounds, style: theme.text)
  if state.isTooSmall {
    renderTooSmall(width: state.width, height: state.height, on: &screen, theme: theme)
    return
  }
  let layout = state.layout
  screen.fill(layout.title, style: theme.bar)
  let title = state.lesson.document.map { " Backprop · " + $0.title } ?? " Backprop"
  screen.put(title, in: layout.title, style: theme.bar.bold)
  for (pane, rect) in layout.panes.sorted(by: {
    $0.value.column < $1.value.column || $0.value.row < $1.value.row
  }) {
    let header = rect.splitTop(1).top
    let content = layout.content(of: pane)
    let isFocused = pane == state.focus
    screen.fill(header, style: isFocused ? theme.bar : theme.inactiveBar)
    screen.put(
      " " + headerTitle(pane, state, width: header.width - 1), in: header,
      style: isFocused ? theme.bar.bold : theme.inactiveBar)
    switch pane {
    case .browser:
      render(
        state.browser, in: content, on: &screen, theme: theme, glyphs: state.glyphs,
        isFocused: isFocused)
    case .lesson:
      render(state.lesson, in: content, on: &screen, theme: theme, glyphs: state.glyphs)
    case .repl:
      renderTranscript(state, in: content, on: &screen, isFocused: isFocused)
    }
  }
  if let editor = state.lesson.editor, let rect = layout.panes[.lesson] {
    render(editor, in: rect, on: &screen, theme: theme, glyphs: state.glyphs)
  }
  if let separator = layout.separator {
    for row in 0..<separator.height {
      screen.put(String(state.glyphs.verticalLine), in: separator, row: row, style: theme.dim)
    }
  }
  renderStatusBar(state, in: layout.status, on: &screen)
  if state.isHelpShown {
    screen.cursor = nil
    renderHelp(
      state, in: Rect(column: 0, row: 1, width: state.width, height: state.height - 2), on: &screen)
  }
}

/// A pane's header. The lesson's names where the lesson sits and how far the learner is (its
/// title is in the top bar): "cs231n · Visual recognition · 1/6 quizzes answered", dropping the
/// section when both do not fit in `width`.
private func headerTitle(_ pane: Pane, _ state: AppState, width: Int) -> String {
  switch pane {
  case .browser: return "Lessons"
  case .lesson:
    guard let document = state.lesson.document else { return "Lesson" }
    let hint =
      state.layout.panes[.browser] == nil && state.isLessonMaximized
      ? ["z brings back the lessons"] : []
    let section = state.browser.section(ofLesson: document.id).map { [$0] } ?? []
    let progress = document.progressSummary.map { [$0] } ?? []
    let full = (section + progress + hint).joined(separator: " · ")
    if full.isEmpty { return Pane.lesson.title }
    if displayWidth(full) <= width || progress.isEmpty && hint.isEmpty { return full }
    return (progress + hint).joined(separator: " · ")
  case .repl: return state.running == .repl ? "REPL (running)" : "REPL"
  }
}
