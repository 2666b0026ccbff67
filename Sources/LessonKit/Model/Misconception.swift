/// A named mistake an exercise recognises, with its own feedback.
///
/// When a value check (`equals`, `close`) fails, the learner's value is compared against
/// transformed reference values; the first misconception that explains it is reported
/// instead of a plain mismatch (okpy's targeted feedback, applied to deep-learning mistakes).
public struct Misconception: Sendable, Equatable {
  /// The mistake.
  public var kind: Kind
  /// What to tell the learner.
  public var feedback: String
  /// The 1-based line of the misconception's section.
  public var line: Int

  /// Creates a misconception.
  public init(kind: Kind, feedback: String, line: Int) {
    self.kind = kind
    self.feedback = feedback
    self.line = line
  }

  /// The recognised mistakes.
  public enum Kind: Sendable, Equatable {
    /// The result is the transpose of the expected one (`transposed`).
    case transposed
    /// The result is the expected one times or divided by a factor, e.g. a missing `1/m`
    /// (`factor`, optionally `factor: 4`; without a number any constant ratio other than ±1).
    case factor(Double?)
    /// The result is the negated expected one (`sign`).
    case signFlipped
    /// A bias or mean broadcast along the wrong axis: the shape differs from the expected
    /// one only where one of them has an extent of 1 (`broadcast`).
    case wrongBroadcast
    /// Softmax without subtracting the max: overflow to `inf`/`nan` where the expected value is
    /// finite (`softmax-overflow`).
    case softmaxOverflow
    /// The log of 0: `-inf` or `nan` where the expected value is finite (`log-of-zero`).
    case logOfZero

    /// The name written in a lesson after `--- misconception`.
    public var name: String {
      switch self {
      case .transposed: "transposed"
      case .factor: "factor"
      case .signFlipped: "sign"
      case .wrongBroadcast: "broadcast"
      case .softmaxOverflow: "softmax-overflow"
      case .logOfZero: "log-of-zero"
      }
    }

    /// The names a lesson may use.
    public static let names = [
      "transposed", "factor", "sign", "broadcast", "softmax-overflow", "log-of-zero",
    ]
  }
}
