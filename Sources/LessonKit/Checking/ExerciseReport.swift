/// The result of checking a learner's code against an exercise's checks.
///
/// Feedback names the check, says what was expected and what was found, and gives the first
/// differing index; it never shows the checks' code.
public struct ExerciseReport: Sendable, Equatable {
  /// One line per check, in order.
  public var outcomes: [CheckOutcome]
  /// The error the learner's code raised, if it did not run to the end (then no check ran).
  public var codeError: String?
  /// What the learner's code printed or plotted.
  public var outputs: [CellOutput]

  /// Creates a report.
  public init(outcomes: [CheckOutcome], codeError: String? = nil, outputs: [CellOutput] = []) {
    self.outcomes = outcomes
    self.codeError = codeError
    self.outputs = outputs
  }

  /// Whether the code ran and every check passed.
  public var passed: Bool {
    codeError == nil && !outcomes.isEmpty && outcomes.allSatisfy(\.passed)
  }

  /// The first failed check, if any.
  public var firstFailure: CheckOutcome? {
    outcomes.first { !$0.passed }
  }

  /// The report as lines of plain text: `✓ name` / `✗ name: message`, then any misconception.
  public var lines: [String] {
    if let codeError {
      return ["✗ your code raised an error:"] + codeError.split(separator: "\n").map { "  " + $0 }
    }
    var lines: [String] = []
    for outcome in outcomes {
      lines.append(outcome.passed ? "✓ \(outcome.name)" : "✗ \(outcome.name): \(outcome.message)")
      if let feedback = outcome.misconception { lines.append("  hint: \(feedback)") }
    }
    lines.append(
      passed
        ? "All checks passed."
        : "\(outcomes.filter(\.passed).count) of \(outcomes.count) checks passed.")
    return lines
  }
}

/// The result of one check.
public struct CheckOutcome: Sendable, Equatable {
  /// The check's name.
  public var name: String
  /// Whether it passed.
  public var passed: Bool
  /// Why it failed (empty when it passed).
  public var message: String
  /// The feedback of a recognised misconception, if one explains the failure.
  public var misconception: String?

  /// Creates an outcome.
  public init(name: String, passed: Bool, message: String = "", misconception: String? = nil) {
    self.name = name
    self.passed = passed
    self.message = message
    self.misconception = misconception
  }
}
