import ArgumentParser
import CursesTerminal
import FoundationEssentials
import Glibc
import LessonKit
import NotebookUI

/// The `backprop` command: the notebook by default, and subcommands for scripts, the REPL and lessons.
@main
struct Backprop: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "backprop",
    abstract: "A terminal notebook for learning deep learning.",
    discussion: """
      With no subcommand, opens the full-screen notebook; when standard input or output is not \
      a terminal, prints the lessons and how to use the commands instead.
      """,
    version: "0.1.0",
    subcommands: [
      RunScript.self, REPLCommand.self, ListLessons.self, ShowLesson.self, CheckExercise.self,
      LintLessons.self, ProgressCommand.self, UIDemo.self,
    ]
  )

  /// Tunes the allocator for large arrays before any command runs (see `MemoryTuning`).
  static func main() {
    MemoryTuning.apply()
    main(nil)
  }

  @OptionGroup var display: DisplayOptions
  @OptionGroup var source: LessonOptions
  @Flag(help: "Use the colours meant for a light terminal background.") var light = false

  mutating func run() throws {
    let catalog = try source.catalog()
    guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
      printPlainIntroduction(catalog)
      return
    }
    try openNotebook(catalog)
  }

  private func openNotebook(_ catalog: LessonCatalog) throws {
    do {
      try Notebook.run(
        catalog: catalog, store: ProgressStore(),
        environment: ProcessInfo.processInfo.environment,
        arguments: display.notebookArguments(light: light),
        lessonsDirectory: source.directory.map { URL(fileURLWithPath: $0) })
    } catch {
      printError("backprop: \(error); showing the lessons as text instead.")
      printPlainIntroduction(catalog)
    }
  }

  private func printPlainIntroduction(_ catalog: LessonCatalog) {
    print("Backprop: a terminal notebook for learning deep learning.\n")
    for line in LessonRenderer.catalogue(catalog, progress: ProgressStore().all()) { print(line) }
    print(
      """

      Run `backprop` in a terminal to open the notebook, or:
        backprop show ID                 read a lesson as text
        backprop run FILE.py             run a Python script with numpy
        backprop repl                    a Python prompt
        backprop check LESSON/EX FILE    check an exercise
        backprop --help                  everything else
      """)
  }
}
