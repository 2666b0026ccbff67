import LessonKit

extension TreeItem {
  /// The browser rows for a catalogue: a row per course (`Course 1`, …, then `More lessons` for
  /// lessons without one), each followed by its lessons in catalogue order with progress marks
  /// (done when finished, started when there is any progress).
  public static func rows(for catalog: LessonCatalog, progress: [String: LessonProgress])
    -> [TreeItem]
  {
    let courses =
      Set(catalog.lessons.compactMap(\.header.course)).sorted().map(Optional.some) + [nil]
    var rows: [TreeItem] = []
    for course in courses {
      let lessons = catalog.lessons.filter { $0.header.course == course }
      guard !lessons.isEmpty else { continue }
      rows.append(TreeItem(id: nil, title: course.map { "Course \($0)" } ?? "More lessons"))
      for lesson in lessons {
        let record = progress[lesson.id]
        let mark: Mark = record?.isFinished == true ? .done : record == nil ? .none : .started
        rows.append(
          TreeItem(
            id: lesson.id, title: lesson.header.title, depth: 1, mark: mark,
            searchText: prose(of: lesson)))
      }
    }
    return rows
  }
}

/// A lesson's headings and paragraphs as plain text, for `/` search.
private func prose(of lesson: Lesson) -> String {
  lesson.blocks.compactMap { block -> String? in
    switch block.kind {
    case .heading(_, let text), .paragraph(let text): return InlineText.plain(text)
    default: return nil
    }
  }.joined(separator: " ")
}
