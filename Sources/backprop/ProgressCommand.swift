import ArgumentParser
import FoundationEssentials
import LessonKit

/// `backprop progress`: shows, resets, forgets or exports the learner's progress.
struct ProgressCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "progress", abstract: "Show your progress, or reset, forget or export it.",
    discussion: "Progress lives in $XDG_DATA_HOME/backprop (or ~/.local/share/backprop).")

  @Option(help: "Put an exercise (LESSON/EXERCISE) back to its starter code.") var reset: String?
  @Option(help: "Forget everything about a lesson.") var forget: String?
  @Option(help: "Print a lesson with your code, outputs and answers, as Markdown.") var export: String?
  @OptionGroup var source: LessonOptions

  mutating func run() throws {
    let catalog = try source.catalog()
    let store = ProgressStore()
    if let reference = reset {
      guard let (lesson, exercise) = catalog.exercise(reference) else {
        throw CommandError("no exercise '\(reference)'; write it as LESSON/EXERCISE")
      }
      let (progress, notices) = store.load(for: lesson)
      notices.forEach(printError)
      let engine = LessonEngine(lesson: lesson, runtime: MiniPythonRuntime())
      let (updated, _) = engine.advance(progress, with: .resetExercise(exercise.id))
      try save(updated, in: store)
      print("\(reference) is back to its starter code.")
    } else if let id = forget {
      guard catalog.lesson(id) != nil || FileManager.default.fileExists(atPath: store.file(for: id).path) else {
        throw CommandError("no progress for '\(id)'")
      }
      do { try store.forget(id) } catch { throw CommandError(error.description) }
      print("Forgot your progress in \(id).")
    } else if let id = export {
      guard let lesson = catalog.lesson(id) else { throw CommandError("no lesson '\(id)'") }
      let (progress, notices) = store.load(for: lesson)
      notices.forEach(printError)
      print(Transcript.markdown(lesson, progress), terminator: "")
    } else {
      for line in LessonRenderer.catalogue(catalog, progress: store.all()) { print(line) }
    }
  }

  private func save(_ progress: LessonProgress, in store: ProgressStore) throws {
    do { try store.save(progress) } catch { throw CommandError(error.description) }
  }
}
