/// The lesson browser's state: the rows, which one is selected, and the first row shown.
public struct TreeListState: Sendable, Equatable {
  public var items: [TreeItem]
  public var selection: Int
  /// The index of the first visible row.
  public var scroll: Int
  /// The text typed after `/`, while searching; `nil` otherwise.
  public var query: String?
  /// The selection before the search began, restored by Esc.
  public var selectionBeforeSearch: Int

  public init(items: [TreeItem] = [], selection: Int = 0) {
    self.items = items
    self.selection = items.isEmpty ? 0 : min(max(0, selection), items.count - 1)
    self.scroll = 0
    self.query = nil
    self.selectionBeforeSearch = 0
  }

  /// The selected row, if any.
  public var selectedItem: TreeItem? { items.indices.contains(selection) ? items[selection] : nil }

  /// Moves the selection by `rows` (clamped) and scrolls so it stays in a view of `height` rows.
  public mutating func move(by rows: Int, viewHeight height: Int) {
    guard !items.isEmpty else { return }
    selection = min(max(0, selection + rows), items.count - 1)
    keepSelectionVisible(viewHeight: height)
  }

  /// Scrolls the least needed to show the selected row in a view of `height` rows.
  public mutating func keepSelectionVisible(viewHeight height: Int) {
    let height = max(1, height)
    if selection < scroll { scroll = selection }
    if selection >= scroll + height { scroll = selection - height + 1 }
    scroll = max(0, min(scroll, max(0, items.count - height)))
  }
}
