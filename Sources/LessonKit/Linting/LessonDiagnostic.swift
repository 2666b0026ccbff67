/// A problem found in a lesson by the parser or the linter, located at `file:line`.
///
/// Printed as `Lessons/03-deep.md:42: error: unknown LaTeX command \sigmaa` with a
/// `help: did you mean \sigma?` line when there is a suggestion.
public struct LessonDiagnostic: Sendable, Equatable, CustomStringConvertible {
  /// How serious the problem is.
  public enum Severity: String, Sendable, Equatable {
    case error, warning
  }

  /// How serious the problem is.
  public var severity: Severity
  /// What is wrong.
  public var message: String
  /// Where.
  public var location: LessonLocation
  /// A suggestion, if any.
  public var help: String?

  /// Creates a diagnostic.
  public init(
    _ severity: Severity, _ message: String, at location: LessonLocation, help: String? = nil
  ) {
    self.severity = severity
    self.message = message
    self.location = location
    self.help = help
  }

  /// A format error as a diagnostic.
  public init(_ error: LessonFormatError) {
    self.init(.error, error.message, at: error.location)
  }

  /// `file:line: error: message`, then `help: …` on its own line.
  public var description: String {
    "\(location): \(severity.rawValue): \(message)" + (help.map { "\nhelp: \($0)" } ?? "")
  }
}
