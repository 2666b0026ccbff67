import NotebookUI
import Testing

@Suite struct RectTests {
  let rect = Rect(column: 2, row: 1, width: 10, height: 6)

  @Test func splitsClampToTheRectangle() {
    #expect(rect.splitTop(2).top == Rect(column: 2, row: 1, width: 10, height: 2))
    #expect(rect.splitTop(2).rest == Rect(column: 2, row: 3, width: 10, height: 4))
    #expect(rect.splitBottom(9).bottom == rect)
    #expect(rect.splitLeft(3).rest == Rect(column: 5, row: 1, width: 7, height: 6))
  }

  @Test func insetAndCentredNeverGoNegative() {
    #expect(rect.inset(by: 4) == Rect(column: 6, row: 5, width: 2, height: 0))
    #expect(rect.centered(width: 4, height: 2) == Rect(column: 5, row: 3, width: 4, height: 2))
    #expect(rect.centered(width: 40, height: 20) == rect)
  }

  @Test func containsUsesHalfOpenEdges() {
    #expect(rect.contains(column: 2, row: 1))
    #expect(!rect.contains(column: 12, row: 1))
    #expect(rect.description == "10x6 at (column 2, row 1)")
  }
}
