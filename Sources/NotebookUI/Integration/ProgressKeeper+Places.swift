import FoundationEssentials
import LessonKit

/// Where items sit in a lesson, and what the progress files on disk say.
extension ProgressKeeper {
  /// The block index of an item in the lesson.
  func block(of item: LessonItem, in lesson: Lesson) -> Int? {
    var cell = 0
    for (index, block) in lesson.blocks.enumerated() {
      switch (block.kind, item) {
      case (.cell, .cell(let wanted)):
        if cell == wanted { return index }
        cell += 1
      case (.cell, _): cell += 1
      case (.quiz(let quiz), .quiz(let id)) where quiz.id == id: return index
      case (.exercise(let exercise), .exercise(let id)) where exercise.id == id: return index
      default: break
      }
    }
    return nil
  }

  /// The item at a block index, or the last one before it (`nil` before the first item).
  func item(at position: Int, in lesson: Lesson) -> LessonItem? {
    var found: LessonItem?
    var cell = 0
    for (index, block) in lesson.blocks.enumerated() where index <= position {
      switch block.kind {
      case .cell:
        found = .cell(cell)
        cell += 1
      case .quiz(let quiz): found = .quiz(quiz.id)
      case .exercise(let exercise): found = .exercise(exercise.id)
      default: break
      }
    }
    return found
  }

  /// The block a step happened at (the learner is there now).
  func actionBlock(_ action: LessonAction, in lesson: Lesson) -> Int? {
    switch action {
    case .answer(let id, _), .revealAnswer(let id): return block(of: .quiz(id), in: lesson)
    case .check(let id, _), .save(let id, _), .revealHint(let id), .reset(let id),
      .revealSolution(let id):
      return block(of: .exercise(id), in: lesson)
    case .select(let item): return block(of: item, in: lesson)
    case .cellRan(let cell, _): return block(of: .cell(cell), in: lesson)
    }
  }

  func exists(_ lessonID: String) -> Bool {
    FileManager.default.fileExists(atPath: store.file(for: lessonID).path)
  }

  /// The name an unreadable progress file was moved to (the newest `.unreadable…` copy).
  func keptAs(_ lessonID: String) -> String {
    let path = store.file(for: lessonID).path
    var name = path + ".unreadable"
    var attempt = 2
    while FileManager.default.fileExists(atPath: path + ".unreadable-\(attempt)") {
      name = path + ".unreadable-\(attempt)"
      attempt += 1
    }
    return URL(fileURLWithPath: name).lastPathComponent
  }

  /// The lesson whose progress file was saved last.
  func mostRecentlySaved(_ ids: [String]) -> String? {
    let dated = ids.compactMap { id -> (String, Date)? in
      let attributes = try? FileManager.default.attributesOfItem(atPath: store.file(for: id).path)
      return (attributes?[.modificationDate] as? Date).map { (id, $0) }
    }
    return dated.max { $0.1 < $1.1 }?.0
  }
}
