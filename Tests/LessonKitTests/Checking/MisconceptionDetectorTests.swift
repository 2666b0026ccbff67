import Testing

@testable import LessonKit

/// Each named misconception is recognised from the learner's value, and only that one.
@Suite struct MisconceptionDetectorTests {
  static let expected = CheckValue.array(
    shape: [2, 3], scalars: [1, -2, 3, 4, 5, -6], dtype: "float64")
  static let all: [Misconception] = Misconception.Kind.allForTests.map {
    Misconception(kind: $0, feedback: $0.name, line: 1)
  }

  func detect(_ got: CheckValue, expected: CheckValue = expected) -> String? {
    MisconceptionDetector.detect(Self.all, got: got, expected: expected, tolerance: (1e-8, 1e-5))?
      .feedback
  }

  @Test func recognisesTransposed() {
    #expect(
      detect(.array(shape: [3, 2], scalars: [1, 4, -2, 5, 3, -6], dtype: "float64")) == "transposed"
    )
    #expect(detect(.array(shape: [3, 2], scalars: [1, 4, -2, 5, 3, 6], dtype: "float64")) == nil)
  }

  @Test func recognisesSignFlipped() {
    #expect(
      detect(.array(shape: [2, 3], scalars: [-1, 2, -3, -4, -5, 6], dtype: "float64")) == "sign")
  }

  @Test func recognisesMissingFactor() {
    #expect(
      detect(.array(shape: [2, 3], scalars: [4, -8, 12, 16, 20, -24], dtype: "float64")) == "factor"
    )
    #expect(
      detect(.array(shape: [2, 3], scalars: [0.25, -0.5, 0.75, 1, 1.25, -1.5], dtype: "float64"))
        == "factor")
    let fixed = [Misconception(kind: .factor(4), feedback: "m", line: 1)]
    let twice = CheckValue.array(shape: [2, 3], scalars: [2, -4, 6, 8, 10, -12], dtype: "float64")
    #expect(
      MisconceptionDetector.detect(fixed, got: twice, expected: Self.expected, tolerance: (0, 0))
        == nil)
  }

  @Test func recognisesWrongBroadcast() {
    let column = CheckValue.array(shape: [3, 1], scalars: [1, 2, 3], dtype: "float64")
    let square = CheckValue.array(
      shape: [3, 3], scalars: Array(repeating: 1, count: 9), dtype: "float64")
    #expect(detect(square, expected: column) == "broadcast")
  }

  @Test func recognisesOverflowAndLogOfZero() {
    let overflow = CheckValue.array(
      shape: [2, 3], scalars: [.nan, 0, 0, 0, 0, 0], dtype: "float64")
    #expect(detect(overflow) == "softmax-overflow")
    let onlyLog = [Misconception(kind: .logOfZero, feedback: "log", line: 1)]
    let minusInfinity = CheckValue.array(
      shape: [2, 3], scalars: [-.infinity, 0, 0, 0, 0, 0], dtype: "float64")
    #expect(
      MisconceptionDetector.detect(
        onlyLog, got: minusInfinity, expected: Self.expected, tolerance: (0, 0))?.feedback == "log")
    let plusInfinity = CheckValue.array(
      shape: [2, 3], scalars: [.infinity, 0, 0, 0, 0, 0], dtype: "float64")
    #expect(
      MisconceptionDetector.detect(
        onlyLog, got: plusInfinity, expected: Self.expected, tolerance: (0, 0)) == nil)
  }
}

extension Misconception.Kind {
  static let allForTests: [Misconception.Kind] = [
    .transposed, .signFlipped, .factor(nil), .wrongBroadcast, .softmaxOverflow, .logOfZero,
  ]
}
