import ArgumentParser
import FoundationEssentials
import LessonKit

/// `backprop lessons`: the catalogue with progress marks.
struct ListLessons: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "lessons", abstract: "List the lessons, with your progress in each.")

  @OptionGroup var source: LessonOptions

  mutating func run() throws {
    let catalog = try source.catalog()
    for line in LessonRenderer.catalogue(catalog, progress: ProgressStore().all()) { print(line) }
    print("\nOpen one with `backprop` (the notebook) or read it with `backprop show ID`.")
  }
}

/// `backprop show ID`: a lesson rendered as plain text.
struct ShowLesson: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "show", abstract: "Print a lesson as text (for reading or a pager).")

  @Argument(help: "The lesson's id (see `backprop lessons`).") var id: String
  @Option(help: "Wrap the text to this many columns.") var width: Int?
  @OptionGroup var source: LessonOptions

  mutating func run() throws {
    let catalog = try source.catalog()
    guard let lesson = catalog.lesson(id) else {
      throw CommandError(
        "no lesson '\(id)'; the lessons are: " + catalog.lessons.map(\.id).joined(separator: ", "))
    }
    let columns = width ?? Display.outputWidth()
    for line in LessonRenderer.plainText(lesson, width: max(30, columns)) { print(line) }
  }
}

/// `backprop check LESSON/EXERCISE FILE.py`: checks a solution from the shell.
struct CheckExercise: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check", abstract: "Check your solution to an exercise, with the notebook's feedback.",
    discussion: "Exit status 0 when every check passes, 1 otherwise.")

  @Argument(help: "The exercise, as LESSON/EXERCISE (for example logistic-regression/sigmoid).")
  var exercise: String
  @Argument(help: "The file holding your code.") var file: String
  @OptionGroup var source: LessonOptions

  mutating func run() throws {
    let code = try readTextFile(file)
    switch try source.catalog().check(exercise, code: code, runtime: MiniPythonRuntime()) {
    case .failure(let error):
      throw CommandError(error.description)
    case .success(let report):
      for line in report.lines { print(line) }
      if !report.passed { throw ExitCode(1) }
    }
  }
}

/// `backprop lint [PATH…]`: the content checks every shipped lesson must pass.
struct LintLessons: ParsableCommand {
  /// The lessons named on the command line: each folder's `NN-*.md` files and each file itself.
  static func catalog(_ paths: [String]) throws -> LessonCatalog {
    var files: [(name: String, text: String)] = []
    for path in paths {
      var isFolder = false
      if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else {
          throw CommandError("cannot read the folder \(path)")
        }
        let folder = URL(fileURLWithPath: path)
        for name in names where name.hasSuffix(".md") {
          files.append((folder.appendingPathComponent(name).relativePath, try readTextFile(folder.appendingPathComponent(name).path)))
        }
      } else {
        files.append((path, try readTextFile(path)))
      }
    }
    return LessonCatalog(files: files)
  }


  static let configuration = CommandConfiguration(
    commandName: "lint", abstract: "Check lessons: format, ids, cells, quizzes, exercises, hints, maths.",
    discussion: """
      Every python cell must run, every quiz needs an answer and an explanation, every exercise's \
      starter must fail its checks and its reference must pass. Without a PATH, checks the lessons \
      built into this binary. Exit status 1 when there is an error.
      """)

  @Argument(help: "Lesson files (NN-slug.md) or folders of them.") var paths: [String] = []

  mutating func run() throws {
    let catalog = paths.isEmpty ? LessonCatalog.embedded : try Self.catalog(paths)
    let diagnostics = LessonLinter.lint(catalog, runtime: MiniPythonRuntime())
    let count = catalog.lessons.count
    for diagnostic in diagnostics { print(diagnostic.description) }
    let errors = diagnostics.filter { $0.severity == .error }.count
    let warnings = diagnostics.count - errors
    print("\(count) lesson\(count == 1 ? "" : "s") checked: \(errors) error\(errors == 1 ? "" : "s"), "
      + "\(warnings) warning\(warnings == 1 ? "" : "s")")
    if errors > 0 { throw ExitCode(1) }
  }
}
