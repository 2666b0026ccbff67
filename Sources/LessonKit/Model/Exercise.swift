/// A coding exercise: a task, a starter with a marked learner region, a reference solution,
/// ordered hints and checks that are values, not code.
///
/// The learner's code never lives beside the checks: the checks run in a fresh seeded session
/// after `setup` and the learner's code, and the learner only ever sees which check failed.
public struct Exercise: Sendable, Equatable {
  /// The marker line that opens the learner's region in the starter.
  public static let regionStart = "# START CODE HERE"
  /// The marker line that closes the learner's region in the starter.
  public static let regionEnd = "# END CODE HERE"

  /// The stable id; unique within the lesson.
  public var id: String
  /// A short title.
  public var title: String
  /// The task, as Markdown prose.
  public var task: String
  /// Hidden code run before the learner's code (imports, data), for checks and cells alike.
  public var setup: String
  /// The code the learner starts from, with the marked region.
  public var starter: String
  /// The reference solution: a complete replacement for the starter.
  public var solution: String
  /// Hints, revealed one at a time in this order.
  public var hints: [String]
  /// The checks, run in this order; the first failure is reported.
  public var checks: [ExerciseCheck]
  /// Named misconceptions recognised when a value check fails.
  public var misconceptions: [Misconception]
  /// The 1-based line of the opening fence.
  public var line: Int

  /// Creates an exercise.
  public init(
    id: String, title: String, task: String, setup: String = "", starter: String,
    solution: String, hints: [String], checks: [ExerciseCheck],
    misconceptions: [Misconception] = [], line: Int
  ) {
    self.id = id
    self.title = title
    self.task = task
    self.setup = setup
    self.starter = starter
    self.solution = solution
    self.hints = hints
    self.checks = checks
    self.misconceptions = misconceptions
    self.line = line
  }

  /// The lines of the starter between the region markers (what the learner replaces).
  public var starterRegion: String {
    let lines = starter.split(separator: "\n", omittingEmptySubsequences: false)
    guard
      let start = lines.firstIndex(where: { $0.trimmingSpaces == Exercise.regionStart }),
      let end = lines.firstIndex(where: { $0.trimmingSpaces == Exercise.regionEnd }),
      start < end
    else { return "" }
    return lines[(start + 1)..<end].joined(separator: "\n")
  }
}

extension Substring {
  /// The text without leading and trailing spaces and tabs.
  var trimmingSpaces: Substring {
    let isBlank: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" }
    guard let first = firstIndex(where: { !isBlank($0) }) else { return "" }
    let last = lastIndex(where: { !isBlank($0) })!  // exists: `first` is non-blank
    return self[first...last]
  }
}

extension String {
  /// The text without leading and trailing spaces, tabs and newlines.
  var trimmed: String {
    let isBlank: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
    guard let first = firstIndex(where: { !isBlank($0) }) else { return "" }
    let last = lastIndex(where: { !isBlank($0) })!  // exists: `first` is non-blank
    return String(self[first...last])
  }
}
