/// Live reload: an edited lesson replaces the open one where the learner is.
extension AppState {
  /// Shows a reloaded lesson in place of the open one with the same id (any other is ignored):
  /// outputs of unchanged cells are kept, the scroll position stays (clamped), and the selected
  /// item and the running cell follow their source text or id when they are still there.
  /// (Quiz and exercise cards start fresh; the learner's standing arrives as `.lessonUpdated`.)
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
    let selected = lesson.selectedItem?.item
    let selection = lesson.selection
    lesson.document = document.carryingOutputs(from: old)
    let items = document.items
    switch selected {
    case .cell(let cell)?:
      lesson.selectedCell = follow(cell)
    case let item?:
      lesson.selection =
        items.firstIndex { $0.item == item } ?? selection.map { min($0, items.count - 1) }
    case nil:
      lesson.selection = items.isEmpty ? nil : 0
    }
    if items.isEmpty { lesson.selection = nil }
    if case .cell(let cell)? = running { running = .cell(follow(cell)) }
    clampScrolling()
  }
}
