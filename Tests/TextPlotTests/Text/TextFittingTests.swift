import Testing

@testable import TextPlot

@Suite struct TextFittingTests {
  @Test func truncatesByDisplayWidthWithAnEllipsis() {
    #expect(TextFitting.truncate("loss curve", toWidth: 6) == "loss …")
    #expect(TextFitting.truncate("学習曲線", toWidth: 5) == "学習…")
    #expect(TextFitting.truncate("学習曲線", toWidth: 8) == "学習曲線")
    #expect(TextFitting.truncate("abc", toWidth: 2, isASCIIOnly: true) == "a.")
    #expect(TextFitting.truncate("abc", toWidth: 0) == "")
  }

  @Test func tooSmallGridSaysSoInOneLine() {
    let grid = CellGrid.tooSmall(width: 12, height: 2, minimumWidth: 20, minimumHeight: 6)
    #expect(grid.lines == ["need 20x6 f.", "            "])
  }
}
