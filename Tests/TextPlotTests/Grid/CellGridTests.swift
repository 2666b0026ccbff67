import Testing

@testable import TextPlot

@Suite struct CellGridTests {
  @Test func docExample() {
    var grid = CellGrid(width: 6, height: 1)
    grid.put("損失", at: .origin)
    #expect(grid.lines == ["損失  "])
  }

  @Test func newGridIsBlank() {
    let grid = CellGrid(width: 3, height: 2)
    #expect(grid.lines == ["   ", "   "])
    #expect(CellGrid(width: 0, height: 0).lines == [])
  }

  @Test func putPlacesTextByDisplayWidth() {
    var grid = CellGrid(width: 8, height: 2)
    let end = grid.put("損失 ok", at: GridPoint(column: 1, row: 0))
    #expect(end == 8)
    #expect(grid.lines == [" 損失 ok", "        "])
    #expect(grid[1, 0].width == 2)
    #expect(grid[2, 0].isContinuation)
  }

  @Test func putClipsAtTheRightEdgeAndDropsAStraddlingWideCharacter() {
    var grid = CellGrid(width: 5, height: 1)
    grid.put("abc損", at: GridPoint(column: 1, row: 0))
    #expect(grid.lines == [" abc "])
    grid.put("xyz", at: GridPoint(column: -2, row: 0))
    #expect(grid.lines == ["zabc "])
    grid.put("hidden", at: GridPoint(column: 0, row: 3))
    #expect(grid.lines.count == 1)
  }

  @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
    var grid = CellGrid(width: 4, height: 1)
    grid.put("損失", at: .origin)
    grid.put("x", at: GridPoint(column: 1, row: 0))
    #expect(grid.lines == [" x失"])
    grid.put("y", at: GridPoint(column: 2, row: 0))
    #expect(grid.lines == [" xy "])
    grid.put("語", at: GridPoint(column: 1, row: 0))
    #expect(grid.lines == [" 語 "])
  }

  @Test func controlCharactersAndLoneMarksAreSkipped() {
    var grid = CellGrid(width: 4, height: 1)
    grid.put("a\u{7}e\u{301}b", at: .origin)
    #expect(grid.lines == ["aéb "])
    grid.put("\u{301}", at: .origin)
    #expect(grid.lines == ["aéb "])
  }

  @Test func blitCopiesWithClipping() {
    var inner = CellGrid(width: 3, height: 2)
    inner.put("abc", at: .origin)
    inner.put("損x", at: GridPoint(column: 0, row: 1))
    var outer = CellGrid(width: 4, height: 3)
    outer.put("....", at: .origin)
    outer.blit(inner, at: GridPoint(column: 2, row: 1))
    #expect(outer.lines == ["....", "  ab", "  損"])
    outer.blit(inner, at: GridPoint(column: -1, row: -1))
    #expect(outer.lines == [" x..", "  ab", "  損"])
    #expect(outer[0, 0].character == " ")
  }

  @Test func styleFillsTheBackground() {
    let grid = CellGrid(width: 2, height: 1, style: TextStyle(background: .blue))
    #expect(grid[1, 0].style.background == .blue)
  }

  @Test func descriptionIsTheLines() {
    var grid = CellGrid(width: 2, height: 2)
    grid.put("ab", at: .origin)
    #expect(grid.description == "ab\n  ")
  }
}
