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
    // A notice too long for one row grows upwards over the pane above (up to three rows) until
    // the next key clears it, so an error message is never cut off.
    var shown = wrap(notice, toWidth: max(1, rect.width - 2))
    let count = max(1, min(shown.count, 3, rect.row))
    if shown.count > count {
      shown[count - 1] = clip(shown[count - 1], toWidth: rect.width - 3) + state.glyphs.ellipsis
    }
    shown = Array(shown.prefix(count))
    for (index, line) in shown.enumerated() {
      let row = Rect(
        column: rect.column, row: rect.row - shown.count + 1 + index, width: rect.width,
        height: 1)
      screen.fill(row, style: theme.inactiveBar)
      screen.put(" " + line, in: row, style: theme.inactiveBar.bold)
    }
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
  // The key that lists all keys is kept (last if need be) when the others do not all fit.
  let bindings = statusBindings(state)
  let help = bindings.first { $0.intent == .toggleHelp }
  var isHelpShown = false
  for binding in bindings {
    let isHelp = binding == help
    let reserve = isHelpShown || isHelp ? 0 : help.map { width(of: $0, state) } ?? 0
    guard column + width(of: binding, state) - 2 + reserve <= rect.width else { break }
    column = put(binding, state, in: rect, at: column, on: &screen)
    isHelpShown = isHelpShown || isHelp
  }
  if let help, !isHelpShown, column + width(of: help, state) - 2 <= rect.width {
    column = put(help, state, in: rect, at: column, on: &screen)
  }
}

/// How a binding's key is spelled in the status bar.
private func statusKey(_ binding: KeyMap.Binding, _ state: AppState) -> String {
  if binding.intent == .pickChoice, let count = state.lesson.selectedQuiz?.choices.count {
    return "1-\(min(count, 9))"
  }
  return binding.keyLabel(ascii: state.glyphs.isASCII, all: false)
}

/// The columns a binding takes in the status bar, with the two spaces after it.
private func width(of binding: KeyMap.Binding, _ state: AppState) -> Int {
  displayWidth(statusKey(binding, state)) + 1 + displayWidth(binding.statusHelp) + 2
}

/// Draws a binding at `column` (relative to the bar) and returns the column after it.
private func put(
  _ binding: KeyMap.Binding, _ state: AppState, in rect: Rect, at column: Int,
  on screen: inout Screen
) -> Int {
  let theme = state.theme
  let next =
    screen.put(
      statusKey(binding, state), in: rect, column: column,
      style: theme.key.withBackground(of: theme.inactiveBar)) - rect.column
  return screen.put(" " + binding.statusHelp + "  ", in: rect, column: next, style: theme.inactiveBar)
    - rect.column
}

/// The bindings the status bar lists: the context's, then the pane's whose keys it leaves free
/// (only the context's while typing).
private func statusBindings(_ state: AppState) -> [KeyMap.Binding] {
  let pane = (state.keyMap.bindings[state.focus] ?? []).filter(\.isShownInStatusBar)
  guard let context = state.keyContext else { return pane }
  let all = state.keyMap.contextBindings[context] ?? []
  let own = all.filter(\.isShownInStatusBar)
  if context == .answerLine || context == .codeEditor { return own }
  // A pane key the context takes over (h shows an exercise's hint) is not offered; the binding's
  // other keys still are (← goes back to the lessons).
  let taken = Set(all.flatMap(\.keys))
  return own
    + pane.compactMap { binding in
      var free = binding
      free.keys = binding.keys.filter { !taken.contains($0) }
      return free.keys.isEmpty ? nil : free
    }
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
