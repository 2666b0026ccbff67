extension LessonRenderer {
  /// The catalogue for `backprop lessons`: one line per lesson with a progress mark
  /// (`✓` finished with every exercise solved, `◐` started, `·` not started), its id, title,
  /// placement and what is done.
  public static func catalogue(_ catalog: LessonCatalog, progress: [String: LessonProgress])
    -> [String]
  {
    let idWidth = catalog.lessons.map(\.id.count).max() ?? 0
    let titleWidth = catalog.lessons.map { $0.header.title.count }.max() ?? 0
    return catalog.lessons.map { lesson in
      let record = progress[lesson.id].map { $0.migrated(to: lesson) }
      let mark: String
      if let record, record.isFinished,
        lesson.exercises.allSatisfy({ record.exercises[$0.id]?.isSolved == true })
      {
        mark = "✓"
      } else if record != nil {
        mark = "◐"
      } else {
        mark = "·"
      }
      let placement = lesson.header.placement
      let columns = [
        mark, TextWrap.pad(lesson.id, to: idWidth),
        TextWrap.pad(lesson.header.title, to: titleWidth),
        summary(lesson, record),
      ]
      let line = columns.joined(separator: "  ") + (placement.isEmpty ? "" : "  (\(placement))")
      return line
    }
  }

  /// `2/3 exercises, 4/5 quizzes` for a lesson's progress.
  public static func summary(_ lesson: Lesson, _ progress: LessonProgress?) -> String {
    let solved = lesson.exercises.filter { progress?.exercises[$0.id]?.isSolved == true }.count
    let answered = lesson.quizzes.filter { progress?.quizzes[$0.id]?.isSolved == true }.count
    return
      "\(solved)/\(lesson.exercises.count) exercises, \(answered)/\(lesson.quizzes.count) quizzes"
  }
}
