/// The non-letter characters the interface draws, in Unicode or plain ASCII (`--ascii`).
public struct Glyphs: Sendable, Equatable {
  public var verticalLine: Character
  public var done: String
  public var started: String
  public var notStarted: String
  public var ellipsis: String
  public var moreAbove: Character
  public var moreBelow: Character
  /// Marks a right answer or a passed check, and a wrong one.
  public var correct: String
  public var wrong: String
  /// Points at the highlighted choice of a quiz.
  public var pointer: String
  public var isASCII: Bool

  public static let unicode = Glyphs(
    verticalLine: "│", done: "✓", started: "•", notStarted: " ", ellipsis: "…",
    moreAbove: "▲", moreBelow: "▼", correct: "✓", wrong: "✗",
    pointer: "›", isASCII: false)

  public static let ascii = Glyphs(
    verticalLine: "|", done: "x", started: "-", notStarted: " ", ellipsis: "~",
    moreAbove: "^", moreBelow: "v", correct: "+", wrong: "x",
    pointer: ">", isASCII: true)
}
