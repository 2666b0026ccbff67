import TextPlot

extension Screen {
  /// The indices (`row * width + column`) of the cells to write to go from `previous` to this
  /// screen: every cell that differs, except continuations of wide characters (writing the wide
  /// character covers them). All cells when there is no previous screen of the same size.
  ///
  /// Characters are compared by their exact bytes, not by Unicode canonical equivalence: that is
  /// what the terminal shows, and it is several times faster for braille and CJK cells, which
  /// `Character ==` would normalise first.
  public func changedCells(since previous: Screen?) -> [Int] {
    let cells = grid.cells
    guard let previous, previous.width == width, previous.height == height else {
      return cells.indices.filter { !cells[$0].isContinuation }
    }
    let old = previous.grid.cells
    var changed: [Int] = []
    for index in cells.indices {
      let cell = cells[index]
      let before = old[index]
      if cell.isContinuation { continue }
      if cell.width == before.width && cell.style == before.style
        && cell.character.utf8.elementsEqual(before.character.utf8)
      {
        continue
      }
      changed.append(index)
    }
    return changed
  }
}
