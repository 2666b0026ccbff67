/// Searching the lesson tree with `/`: titles and lesson text, case-insensitively.
extension TreeListState {
  /// The indices of the lessons (rows with an id) whose title or text contains `query`.
  public func matches(for query: String) -> [Int] {
    let needle = query.lowercased()
    guard !needle.isEmpty else { return [] }
    return items.indices.filter { index in
      let item = items[index]
      return item.id != nil
        && (item.title.lowercased().contains(needle) || item.searchText.contains(needle))
    }
  }

  /// Starts a search, remembering the selection to go back to.
  public mutating func beginSearch() {
    query = ""
    selectionBeforeSearch = selection
  }

  /// Sets the query and selects its first match, a lesson whose title has it before one whose
  /// text has it (the selection stays when nothing matches).
  public mutating func search(_ text: String, viewHeight: Int) {
    query = text
    let all = matches(for: text)
    let needle = text.lowercased()
    if let first = all.first(where: { items[$0].title.lowercased().contains(needle) }) ?? all.first {
      selection = first
      keepSelectionVisible(viewHeight: viewHeight)
    }
  }

  /// Moves to the next match after the selection, wrapping around.
  public mutating func nextMatch(viewHeight: Int) {
    let all = matches(for: query ?? "")
    guard let next = all.first(where: { $0 > selection }) ?? all.first else { return }
    selection = next
    keepSelectionVisible(viewHeight: viewHeight)
  }

  /// Ends the search; `restoring` puts back the selection from before it (Esc).
  public mutating func endSearch(restoring: Bool, viewHeight: Int) {
    if restoring { selection = selectionBeforeSearch }
    query = nil
    keepSelectionVisible(viewHeight: viewHeight)
  }
}
