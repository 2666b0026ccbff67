import NotebookUI
import Testing
import TextPlot

@Suite struct ScreenChangesTests {
  @Test func listsChangedCellsButNotContinuations() {
    var before = Screen(width: 4, height: 2)
    before.put("ab⠁", in: before.bounds)
    var after = before
    after.put("深", in: after.bounds, row: 1, column: 1)
    after.put("⠂", in: after.bounds, column: 2)
    // Row 1 column 1 holds the wide character, column 2 its continuation.
    #expect(after.changedCells(since: before) == [2, 5])
    #expect(after.changedCells(since: after) == [])
  }

  @Test func styleChangesCountAndANewSizeRedrawsAll() {
    var before = Screen(width: 3, height: 1)
    before.put("abc", in: before.bounds)
    var after = before
    after.restyle(Rect(column: 1, row: 0, width: 1, height: 1)) { $0.isBold = true }
    #expect(after.changedCells(since: before) == [1])
    #expect(after.changedCells(since: nil) == [0, 1, 2])
    #expect(after.changedCells(since: Screen(width: 2, height: 1)) == [0, 1, 2])
  }
}
