/// The lessons available to the learner, in file-name order (`NN-slug.md`).
///
/// `LessonCatalog.embedded` holds the lessons compiled into the binary; `load(directory:)`
/// reads a folder instead (`--lessons DIR`, for authors).
public struct LessonCatalog: Sendable {
  /// The lessons that parsed, sorted by file name.
  public var lessons: [Lesson]
  /// Lessons that did not parse, duplicate lesson ids, unknown prerequisites.
  public var diagnostics: [LessonDiagnostic]

  /// Parses lesson files given as `(name, text)` pairs; `README.md` and files not ending in
  /// `.md` are skipped.
  public init(files: [(name: String, text: String)]) {
    lessons = []
    diagnostics = []
    var firstFile: [String: String] = [:]
    for file in files.sorted(by: { $0.name < $1.name }) {
      let base = file.name.split(separator: "/").last.map(String.init) ?? file.name
      guard base.hasSuffix(".md"), base != "README.md" else { continue }
      do {
        let lesson = try LessonParser.parse(file.text, file: file.name)
        if let other = firstFile[lesson.id] {
          diagnostics.append(
            LessonDiagnostic(
              .error, "lesson id '\(lesson.id)' is already used by \(other)",
              at: lesson.location(line: 2)))
          continue
        }
        firstFile[lesson.id] = file.name
        lessons.append(lesson)
      } catch {
        diagnostics.append(LessonDiagnostic(error))
      }
    }
    for lesson in lessons {
      for prerequisite in lesson.header.prerequisites where firstFile[prerequisite] == nil {
        diagnostics.append(
          LessonDiagnostic(
            .warning, "prerequisite '\(prerequisite)' is not a lesson in this catalogue",
            at: lesson.location(line: 1)))
      }
    }
  }

  /// The lessons compiled into the binary (from `Lessons/*.md`, see `EmbeddedLessons`).
  public static let embedded = LessonCatalog(files: EmbeddedLessons.files)

  /// The lesson with the given id.
  public func lesson(_ id: String) -> Lesson? {
    lessons.first { $0.id == id }
  }

  /// The lesson and exercise named by `lesson-id/exercise-id`.
  public func exercise(_ reference: String) -> (lesson: Lesson, exercise: Exercise)? {
    let parts = reference.split(separator: "/", maxSplits: 1).map(String.init)
    guard parts.count == 2, let lesson = lesson(parts[0]), let exercise = lesson.exercise(parts[1])
    else {
      return nil
    }
    return (lesson, exercise)
  }
}
