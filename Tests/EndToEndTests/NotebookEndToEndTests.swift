import Foundation
import Testing

/// The notebook in a real terminal: tmux runs `backprop ui-demo` (sample lessons, an echoing
/// evaluator) and the tests read the screen as a learner would see it.
@Suite(
  .enabled("needs tmux and a built `backprop` with the `ui-demo` command") {
    await DemoCommand.isAvailable()
  })
struct NotebookEndToEndTests {
  @Test func opensALessonAndRunsItsCells() async throws {
    try await TmuxSession.with(DemoCommand.command(), width: 100, height: 30) { session in
      try await session.waitFor("Lessons")
      try await session.send("j", "Enter")
      try await session.waitFor("The sigmoid σ(z) = 1/(1+e⁻ᶻ)")
      try await session.send("Enter")
      try await session.waitFor("echo: x = 3")
      try await session.send("n", "Enter")
      try await session.waitFor("⠔⠁  plot")
    }
  }

  @Test func replCompletesRemembersAndPlacesTheCursorAfterCJK() async throws {
    try await TmuxSession.with(DemoCommand.command(), width: 100, height: 30) { session in
      try await session.waitFor("Lessons")
      try await session.send("r")
      try await session.type("np.z")
      try await session.send("Tab")
      try await session.waitFor(">>> np.zeros")
      try await session.send("Enter")
      try await session.waitFor("echo: np.zeros")
      try await session.send("Up")
      try await session.waitUntil { $0.filter { $0.contains(">>> np.zeros") }.count == 2 }
      try await session.send("C-u")
      try await session.type("s = '你好'")
      let screen = try await session.waitFor(">>> s = '你好'")
      let row = try #require(screen.firstIndex { $0.contains(">>> s = '你好'") })
      let line = screen[row]
      let promptColumn = line.distance(
        from: line.startIndex, to: line.range(of: ">>> ")!.lowerBound)
      // Everything left of the prompt is one column per character; ">>> s = '你好'" is 14 columns.
      #expect(try await session.cursor() == (promptColumn + 14, row))
    }
  }

  @Test func liveTrainingUpdatesInPlaceAndControlCStopsIt() async throws {
    try await TmuxSession.with(DemoCommand.command(), width: 100, height: 30) { session in
      try await session.waitFor("Lessons")
      try await session.send("r")
      try await session.type("train()")
      try await session.send("Enter")
      try await session.waitFor("REPL (running)")
      // Progress arrives in place while the UI keeps taking keys.
      try await session.waitUntil { screen in
        screen.contains { line in
          guard let range = line.range(of: "step ") else { return false }
          return Int(line[range.upperBound...].prefix { $0.isNumber }).map { $0 >= 10 } ?? false
        }
      }
      try await session.type("x")
      try await session.waitFor(">>> x")
      try await session.send("C-c")
      let screen = try await session.waitFor("stopped at step")
      #expect(screen.contains { $0.contains("Training loss") })
      #expect(!screen.contains { $0.contains("REPL (running)") })
    }
  }

  @Test func resizingRedrawsAndTooSmallSaysSo() async throws {
    try await TmuxSession.with(DemoCommand.command(), width: 100, height: 30) { session in
      try await session.waitFor("Lessons")
      try await session.resize(width: 20, height: 6)
      try await session.waitFor("Too small: 20x6")
      try await session.resize(width: 60, height: 20)
      let screen = try await session.waitFor("Lessons")
      #expect(screen.allSatisfy { $0.count <= 60 })
    }
  }

  @Test func quitRestoresTheTerminalAndSavesHistory() async throws {
    try await TmuxSession.with(DemoCommand.command(), width: 100, height: 30) { session in
      try await session.waitFor("Lessons")
      try await session.send("r")
      try await session.type("losses = []")
      try await session.send("Enter")
      try await session.waitFor("echo: losses = []")
      // Esc and q sent together would arrive as one Alt-q chord; wait for the status bar to change.
      try await session.send("Escape")
      try await session.waitFor("q quit")
      try await session.send("q")
      let screen = try await session.waitFor("[exit 0]")
      #expect(screen.contains("[tty restored]"))
      let history = try String(
        contentsOf: session.home.appendingPathComponent(".local/state/backprop/history"),
        encoding: .utf8)
      #expect(history == "losses = []\n")
    }
  }

  @Test(arguments: [SIGTERM, SIGHUP, SIGINT])
  func terminationSignalsRestoreTheTerminal(signal: Int32) async throws {
    try await TmuxSession.with(DemoCommand.command(), width: 100, height: 30) { session in
      try await session.waitFor("Lessons")
      let program = try #require(try await session.programProcessID())
      kill(program, signal)
      let screen = try await session.waitFor("[exit 0]")
      #expect(screen.contains("[tty restored]"))
    }
  }

  @Test func lineREPLStopsARunningEvaluationWithControlC() async throws {
    try await TmuxSession.with(DemoCommand.command("repl"), width: 80, height: 20) { session in
      try await session.waitFor(">>>")
      try await session.type("wait()")
      try await session.send("Enter")
      try await Task.sleep(for: .milliseconds(200))
      try await session.send("C-c")
      let screen = try await session.waitFor("KeyboardInterrupt (in wait)")
      let last = screen.lastIndex { !$0.isEmpty }.map { screen[$0] }
      #expect(last == ">>>")
      #expect(screen.filter { $0.contains("KeyboardInterrupt") }.count == 1)
    }
  }

  @Test func lineREPLRunsBlocksCancelsAndExits() async throws {
    try await TmuxSession.with(DemoCommand.command("repl"), width: 80, height: 20) { session in
      try await session.waitFor(">>>")
      try await session.type("pri")
      try await session.send("Tab")
      try await session.type("(1)")
      try await session.send("Enter")
      try await session.waitFor("echo: print(1)")
      try await session.type("def f():")
      try await session.send("Enter")
      try await session.waitUntil { $0.contains("...") }
      try await session.type("  return 1")
      try await session.send("C-c")
      try await session.waitFor("KeyboardInterrupt")
      try await session.send("C-d")
      let screen = try await session.waitFor("[exit 0]")
      #expect(screen.contains("[tty restored]"))
    }
  }
}
