/// What is selected or being typed in the lesson pane, when it changes what keys do.
///
/// Its bindings (`KeyMap.contextBindings`) come before the pane's, so `h` reveals a hint on an
/// exercise but goes back to the lessons elsewhere.
public enum KeyContext: Sendable, Equatable, CaseIterable {
  /// A single- or multiple-choice quiz is selected.
  case choiceQuiz
  /// A quiz answered by typing (a number, words, a predicted output) is selected.
  case typedQuiz
  /// An exercise is selected.
  case exercise
  /// A quiz's answer line is open: keys type into it.
  case answerLine
  /// The built-in code editor is open: keys type into it.
  case codeEditor

  /// The section title in the help overlay.
  public var title: String {
    switch self {
    case .choiceQuiz: return "Choice quiz"
    case .typedQuiz: return "Typed quiz"
    case .exercise: return "Exercise"
    case .answerLine: return "Typing an answer"
    case .codeEditor: return "Built-in editor"
    }
  }
}
