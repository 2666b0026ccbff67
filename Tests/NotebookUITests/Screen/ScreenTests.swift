import NotebookUI
import Testing
import TextPlot

@Suite struct ScreenTests {
  @Test func putClipsToTheRectangle() {
    var screen = Screen(width: 10, height: 2)
    let rect = Rect(column: 2, row: 0, width: 5, height: 1)
    screen.put("backprop", in: rect)
    screen.put("outside", in: rect, row: 1)
    #expect(screen.lines == ["  backp   ", "          "])
  }

  @Test func putNeverSplitsAWideCharacterAtTheEdge() {
    var screen = Screen(width: 6, height: 1)
    screen.put("深度学习", in: Rect(column: 0, row: 0, width: 5, height: 1))
    #expect(screen.lines == ["深度  "])
  }

  @Test func fillAndBlitStayInside() {
    var screen = Screen(width: 6, height: 3)
    var plot = CellGrid(width: 4, height: 4)
    for row in 0..<4 { plot.put("####", at: GridPoint(column: 0, row: row)) }
    screen.blit(plot, in: Rect(column: 3, row: 1, width: 2, height: 5))
    screen.fill(Rect(column: 0, row: 0, width: 2, height: 1), style: TextStyle(isReversed: true))
    #expect(screen.lines == ["      ", "   ## ", "   ## "])
    #expect(screen.grid[0, 0].style.isReversed)
    #expect(!screen.grid[2, 0].style.isReversed)
  }
}
