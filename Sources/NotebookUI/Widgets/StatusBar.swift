import TextPlot

/// Draws the status bar: a question being asked (quit while code runs, reset, show a solution),
/// else a one-line notice, else the keys that work here: those of the selected quiz or exercise
/// (or of the answer line and editor being typed into) first, then the pane's, from the key map.
public func renderStatusBar(_ state: AppState, in rect: Rect, on screen: inout Screen) {
  guard !rect.isEmpty else { return }
  let theme = state.theme
  screen.fill(rect, style: theme.inactiveBar)
  if let confirmation = state.confirmation {
    screen.put(" " + confirmation.question, in: rect, style: theme.inactiveBar.bold)
    return
  }
  if let notice = state.notice {
    let fits = displayWidth(notice) <= rect.width - 1
    let text = fits ? notice : clip(notice, toWidth: rect.width - 2) + state.glyphs.ellipsis
    screen.put(" " + text, in: rect, style: theme.inactiveBar.bold)
    return
  }
  if state.focus == .browser, let query = state.browser.query {
    let count = state.browser.matches(for: query).count
    let found = query.isEmpty ? "" : count == 1 ? "  1 match" : "  \(count) matches"
    screen.put(
      " /" + query + found + "   Enter open  Tab next  Esc cancel", in: rect,
      style: theme.inactiveBar)
    return
  }
  var column = 1
  let activity = state.running != nil ? "running" : state.lesson.isChecking ? "checking" : nil
  if let activity {
    column =
      screen.put(" \(activity) ", in: rect, column: column, style: theme.bar) - rect.column + 1
  }
  for binding in statusBindings(state) {
    var key = binding.keyLabel(ascii: state.glyphs.isASCII, all: false)
    if binding.intent == .pickChoice, let count = state.lesson.selectedQuiz?.choices.count {
      key = "1-\(min(count, 9))"
    }
    let help = binding.help
    guard column + displayWidth(key) + 1 + displayWidth(help) <= rect.width else { break }
    column =
      screen.put(
        key, in: rect, column: column, style: theme.key.withBackground(of: theme.inactiveBar))
      - rect.column
    column =
      screen.put(" " + help + "  ", in: rect, column: column, style: theme.inactiveBar)
      - rect.column
  }
}

/// The bindings the status bar lists: the context's, then the pane's whose keys it leaves free
/// (only the context's while typing).
private func statusBindings(_ state: AppState) -> [KeyMap.Binding] {
  let pane = (state.keyMap.bindings[state.focus] ?? []).filter(\.isShownInStatusBar)
  guard let context = state.keyContext else { return pane }
  let own = (state.keyMap.contextBindings[context] ?? []).filter(\.isShownInStatusBar)
  if context == .answerLine || context == .codeEditor { return own }
  let taken = Set(own.flatMap(\.keys))
  return own + pane.filter { Set($0.keys).isDisjoint(with: taken) }
}

extension TextStyle {
  /// This style's foreground and attributes over another style's background.
  func withBackground(of other: TextStyle) -> TextStyle {
    var copy = self
    copy.background = other.background
    copy.isReversed = other.isReversed
    copy.isUnderlined = other.isUnderlined
    return copy
  }
}
