import LessonKit

extension TreeItem {
  /// The browser rows for a catalogue: a row per section (`Start here`, `cs231n · …`,
  /// `Course 1 · …`, then `More lessons` for lessons with no course or part), in the order the
  /// sections first appear in the catalogue, each followed by its lessons in catalogue order
  /// with progress marks (done when finished, started when there is any progress).
  public static func rows(for catalog: LessonCatalog, progress: [String: LessonProgress])
    -> [TreeItem]
  {
    var sections: [String] = []
    for lesson in catalog.lessons where !sections.contains(section(of: lesson.header)) {
      sections.append(section(of: lesson.header))
    }
    if let unfiled = sections.firstIndex(of: unfiledSection) {
      sections.append(sections.remove(at: unfiled))
    }
    var rows: [TreeItem] = []
    for title in sections {
      rows.append(TreeItem(id: nil, title: title))
      for lesson in catalog.lessons where section(of: lesson.header) == title {
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

  static let unfiledSection = "More lessons"

  /// The browser's heading for a lesson: its course of the Deep Learning Specialization, its
  /// cs231n part, the introductory tour, or its own part label.
  static func section(of header: LessonHeader) -> String {
    if let course = header.course {
      let names = [
        1: "Neural networks and deep learning", 2: "Improving deep neural networks",
        3: "Structuring ML projects", 4: "Convolutional neural networks", 5: "Sequence models",
      ]
      return names[course].map { "Course \(course) · \($0)" } ?? "Course \(course)"
    }
    guard let part = header.part, !part.isEmpty else { return unfiledSection }
    if part.hasPrefix("cs231n") { return "cs231n · Visual recognition" }
    if part == "tour" { return "Start here" }
    return part
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
