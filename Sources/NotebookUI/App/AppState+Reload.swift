/// Live reload: an edited lesson replaces the open one where the learner is.
extension AppState {
  /// Shows a reloaded lesson in place of the open one with the same id (any other is ignored):
  /// outputs of unchanged cells are kept, the scroll position stays (clamped), and the selected
  /// and running cells follow their source text when it is still there.
  public mutating func reload(_ document: Document) {
    guard let old = lesson.document, old.id == document.id else { return }
    let oldSources = old.cellSources
    let newSources = document.cellSources
    /// The new index of an old cell: the same source if it is still there, else the same index.
    func follow(_ cell: Int) -> Int {
      if let source = oldSources[safe: cell], let moved = newSources.firstIndex(of: source) {
        return moved
      }
      return min(cell, max(0, newSources.count - 1))
    }
    let selected = lesson.selectedCell.map(follow)
    lesson.document = document.carryingOutputs(from: old)
    if let selected { lesson.selectedCell = selected }
    if case .cell(let cell)? = running { running = .cell(follow(cell)) }
    clampScrolling()
  }
}
