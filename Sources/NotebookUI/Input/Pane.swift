/// The panes that can have the keyboard focus.
public enum Pane: Sendable, Equatable, CaseIterable {
  /// The course and lesson tree.
  case browser
  /// The open lesson's text and code cells.
  case lesson
  /// The REPL transcript and input line.
  case repl

  /// The pane's name in headers and help.
  public var title: String {
    switch self {
    case .browser: return "Lessons"
    case .lesson: return "Lesson"
    case .repl: return "REPL"
    }
  }
}
