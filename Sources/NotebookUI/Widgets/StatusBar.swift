import TextPlot

/// Draws the status bar: the keys that work in the focused pane (from the key map), or the
/// question asked before quitting while code runs.
public func renderStatusBar(_ state: AppState, in rect: Rect, on screen: inout Screen) {
  guard !rect.isEmpty else { return }
  let theme = state.theme
  screen.fill(rect, style: theme.inactiveBar)
  if state.isConfirmingQuit {
    screen.put(
      " Code is still running. Quit anyway? (y/n)", in: rect, style: theme.inactiveBar.bold)
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
  if state.running != nil {
    column = screen.put(" running ", in: rect, column: column, style: theme.bar) - rect.column + 1
  }
  for binding in state.keyMap.bindings[state.focus] ?? [] where binding.isShownInStatusBar {
    let key = binding.keys[0].label(ascii: state.glyphs.isASCII)
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
