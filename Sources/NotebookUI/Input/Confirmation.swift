/// A question the status bar asks before doing something that cannot be undone: `y` does it,
/// any other key cancels.
public enum Confirmation: Sendable, Equatable {
  /// Quit while code is running.
  case quit
  /// Replace the learner's code with the starter.
  case resetExercise(String)
  /// Show the reference solution.
  case showSolution(String)

  /// The question, as the status bar asks it.
  public var question: String {
    switch self {
    case .quit: return "Code is still running. Quit anyway? (y/n)"
    case .resetExercise(let id): return "Replace your code in \(id) with the starter? (y/n)"
    case .showSolution(let id): return "Show the reference solution of \(id)? (y/n)"
    }
  }
}
