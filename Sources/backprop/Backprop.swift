import ArgumentParser

/// The `backprop` command: the notebook by default, and subcommands for scripts, the REPL and lessons.
@main
struct Backprop: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "backprop",
    abstract: "A terminal notebook for learning deep learning.",
    discussion: """
      With no subcommand, opens the full-screen notebook (or, when the output is not a terminal, \
      prints how to use the other commands).
      """,
    version: "0.1.0",
    subcommands: [
      RunScript.self, REPLCommand.self, ListLessons.self, ShowLesson.self, CheckExercise.self,
      LintLessons.self, ProgressCommand.self, UIDemo.self,
    ],
    defaultSubcommand: nil
  )

  mutating func run() throws {
    print(Backprop.helpMessage())
  }
}
