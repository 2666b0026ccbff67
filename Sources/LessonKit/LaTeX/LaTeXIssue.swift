/// A problem found in a TeX formula: an unknown command or unbalanced braces.
///
/// The converter never drops what it does not understand: the command stays verbatim in the
/// output and an issue is reported, which the linter turns into an error.
public struct LaTeXIssue: Sendable, Equatable, CustomStringConvertible {
  /// What is wrong, e.g. `unknown LaTeX command \sigmaa`.
  public var message: String
  /// A suggestion, e.g. `did you mean \sigma?`, if one is close enough.
  public var help: String?
  /// The 0-based character offset in the formula.
  public var offset: Int

  /// Creates an issue.
  public init(message: String, help: String? = nil, offset: Int) {
    self.message = message
    self.help = help
    self.offset = offset
  }

  /// The message, then `help: …` when there is one.
  public var description: String {
    help.map { "\(message) (help: \($0))" } ?? message
  }
}
