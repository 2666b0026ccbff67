extension TreeListState {
  /// The title of the section (a depth-0 row: a course, cs231n, the tour) holding the lesson
  /// `id`, if the browser lists it.
  public func section(ofLesson id: String) -> String? {
    // The lesson's own row, not a "Continue" row above the sections.
    guard let row = items.lastIndex(where: { $0.id == id }) else { return nil }
    return items[..<row].last(where: { $0.depth == 0 && $0.id == nil })?.title
  }
}
