import Testing

@testable import LessonKit

@Suite struct ValueComparisonTests {
  static let matrix = CheckValue.array(shape: [2, 2], scalars: [1, 2, 3, 4], dtype: "float64")

  @Test func findsFirstDifferingIndex() {
    let got = CheckValue.array(shape: [2, 2], scalars: [1, 2, 3.5, 5], dtype: "float64")
    let mismatch = ValueComparison.mismatch(got, Self.matrix, tolerance: (1e-8, 1e-5))
    #expect(mismatch == .element(index: 2, shape: [2, 2], expected: 3, got: 3.5))
    #expect(mismatch?.message == "at index [1, 0]: expected 3.0, got 3.5")
  }

  @Test func reportsShapeAndKind() {
    let row = CheckValue.array(shape: [1, 4], scalars: [1, 2, 3, 4], dtype: "float64")
    #expect(
      ValueComparison.mismatch(row, Self.matrix, tolerance: nil)?.message
        == "expected shape (2, 2), got (1, 4)")
    #expect(
      ValueComparison.mismatch(.none, Self.matrix, tolerance: nil)?.message
        == "expected an array of shape (2, 2) (float64), got None")
    #expect(
      ValueComparison.mismatch(.string("a"), .string("b"), tolerance: nil)?.message
        == "expected 'b', got 'a'")
  }

  @Test func comparesListsLikeArrays() {
    let list = CheckValue.list([.list([.int(1), .int(2)]), .list([.float(3), .float(4)])])
    #expect(ValueComparison.mismatch(Self.matrix, list, tolerance: nil) == nil)
    #expect(
      ValueComparison.mismatch(.float(0.1 + 0.2), .float(0.3), tolerance: (1e-8, 1e-5)) == nil)
    #expect(
      ValueComparison.mismatch(.float(0.1 + 0.2), .float(0.3), tolerance: nil)?.message
        == "expected 0.3, got 0.30000000000000004")
  }

  @Test func treatsSpecialValues() {
    #expect(ValueComparison.mismatch(.float(.nan), .float(.nan), tolerance: nil) == nil)
    #expect(
      ValueComparison.mismatch(.float(.nan), .float(1), tolerance: (1, 1))?.message
        == "expected 1.0, got nan")
    #expect(
      ValueComparison.mismatch(.float(-.infinity), .float(-.infinity), tolerance: (0, 0)) == nil)
    let empty = CheckValue.array(shape: [0], scalars: [], dtype: "float64")
    #expect(ValueComparison.mismatch(empty, .list([]), tolerance: nil) == nil)
  }

  @Test func formatsShapesAndIndices() {
    #expect(ValueText.shape([4]) == "(4,)")
    #expect(ValueText.shape([]) == "()")
    #expect(ValueText.index(5, in: [2, 3]) == "[1, 2]")
    #expect(ValueText.index(0, in: []) == "")
  }
}
