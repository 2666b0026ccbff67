import Foundation
import Testing

/// The real notebook (`backprop --lessons DIR`, a MiniPython session behind it) in a terminal:
/// lessons opened from the tree, plots drawn by cells, a figure animated by a training loop and
/// stopped with Esc, the REPL's completion and history across two launches, resizing, and the
/// terminal and the learner's files after quitting.
@Suite(.enabled("needs tmux and a built `backprop`") { TmuxSession.isAvailable && DemoCommand.binary != nil })
struct LiveNotebookEndToEndTests {
  /// Whether the status bar (the last line) says code is running.
  func isRunning(_ lines: [String]) -> Bool {
    lines.last { !$0.isEmpty }?.hasPrefix("  running ") ?? false
  }

  /// Opens a lesson through the browser's search (`/`), which does not depend on rows.
  func open(_ title: String, _ session: TmuxSession, showing text: String) async throws {
    try await session.waitFor(title)
    try await session.type("/" + title)
    try await session.send("Enter")
    try await session.waitFor(text)
  }

  func openPlotsLesson(_ session: TmuxSession) async throws {
    try await open("Plots in cells", session, showing: "A cell that draws a plot.")
  }

  /// Whether a figure titled `squares` is on screen (not the code line that sets the title).
  func showsSquares(_ lines: [String]) -> Bool {
    lines.contains { $0.contains("squares") && !$0.contains("title") }
  }

  @Test func runsACellAndSeesItsPlotThenSurvivesATinyTerminal() async throws {
    let folder = try LessonFolder.make()
    defer { folder.remove() }
    try await TmuxSession.with(folder.command, width: 120, height: 50) { session in
      try await openPlotsLesson(session)
      try await session.send("Enter")
      let screen = try await session.waitUntil { lines in
        lines.contains { $0.contains("squares") && !$0.contains("title") }
      }
      // The figure is braille dots under its title.
      #expect(screen.contains { $0.unicodeScalars.contains { (0x2801...0x28FF).contains($0.value) } })
      try await session.resize(width: 20, height: 6)
      try await session.waitFor("Too small: 20x6")
      try await session.resize(width: 120, height: 50)
      try await session.waitUntil(showsSquares)
      // Quitting leaves the alternate screen with the terminal's modes as they were, and the
      // cell's run is in the learner's progress file.
      try await session.send("q")
      let restored = try await session.waitFor("[exit 0]")
      #expect(restored.contains("[tty restored]"))
      #expect(try await session.isAlternateScreenOn() == false)
      let progress = try String(
        contentsOf: session.home.appendingPathComponent(
          ".local/share/backprop/progress/plots.json"), encoding: .utf8)
      #expect(progress.contains("\"plots\""))
    }
  }

  @Test func aTrainingLoopAnimatesOneFigureInPlaceAndEscStopsIt() async throws {
    let folder = try LessonFolder.make()
    defer { folder.remove() }
    try await TmuxSession.with(folder.command, width: 120, height: 50) { session in
      try await openPlotsLesson(session)
      try await session.send("Enter")
      try await session.waitUntil(showsSquares)
      try await session.send("n", "Enter")
      func figureTitles(_ lines: [String]) -> Int {
        lines.filter { $0.contains("live cost curve") && !$0.contains("title") }.count
      }
      let first = try await session.waitUntil { figureTitles($0) == 1 }
      #expect(isRunning(first))
      // The same figure is redrawn (its axis grows) rather than a second one appended.
      let later = try await session.waitUntil { $0 != first && figureTitles($0) == 1 }
      #expect(isRunning(later))
      try await session.send("Escape")
      let stopped = try await session.waitUntil { !isRunning($0) }
      #expect(figureTitles(stopped) == 1)
      // What the loop computed stays; the interrupt is reported under the figure.
      try await session.send("G")
      try await session.waitFor("KeyboardInterrupt")
    }
  }

  @Test func modelFitShowsABarAndALiveLossCurveAndCtrlCStopsIt() async throws {
    let folder = try LessonFolder.make()
    defer { folder.remove() }
    try await TmuxSession.with(folder.command, width: 120, height: 50) { session in
      try await open("Keras fit", session, showing: "model.fit(X, Y")
      try await session.send("Enter")
      func epoch(_ lines: [String]) -> Int? {
        lines.lazy.compactMap { line -> Int? in
          guard let range = line.range(of: "Epoch ") else { return nil }
          return Int(line[range.upperBound...].prefix { $0.isNumber })
        }.first
      }
      let first = try await session.waitUntil { lines in
        epoch(lines) != nil && lines.contains { $0.contains("Training loss") }
      }
      #expect(first.contains { $0.contains("loss: ") && $0.contains("accuracy: ") })
      let firstEpoch = try #require(epoch(first))
      // Epochs go by in place: one bar, one curve, a later epoch.
      let later = try await session.waitUntil { lines in
        (epoch(lines) ?? 0) > firstEpoch + 1
      }
      #expect(later.filter { $0.contains("Epoch ") }.count == 1)
      #expect(later.filter { $0.contains("Training loss") }.count == 1)
      try await session.send("C-c")
      try await session.waitUntil { !isRunning($0) }
      // The stopped model keeps what it learned, in the lesson's namespace the REPL shares.
      try await session.send("r")
      try await session.type("model.predict(X[:2]).shape")
      try await session.send("Enter")
      try await session.waitFor("(2, 1)")
    }
  }

  @Test func replCompletesAndRemembersAcrossTwoLaunchesAndQuitRestoresTheTerminal() async throws {
    let folder = try LessonFolder.make()
    defer { folder.remove() }
    let home = try TmuxSession.temporaryHome()
    defer { try? FileManager.default.removeItem(at: home) }
    try await TmuxSession.with(folder.command, width: 100, height: 30, home: home) { session in
      try await session.waitFor("Plots in cells")
      try await session.send("r")
      try await session.type("import numpy as np")
      try await session.send("Enter")
      try await session.waitFor(">>> import numpy as np")
      try await session.type("np.zeros_l")
      try await session.send("Tab")
      try await session.waitFor(">>> np.zeros_like")
      try await session.send("C-u")
      try await session.type("np.zeros(2)")
      try await session.send("Enter")
      try await session.waitFor("array([0., 0.])")
      try await session.send("Escape")
      try await session.waitFor("q quit")
      try await session.send("q")
      let screen = try await session.waitFor("[exit 0]")
      #expect(screen.contains("[tty restored]"))
      #expect(!screen.contains { $0.contains("Plots in cells") })
      #expect(try await session.isAlternateScreenOn() == false)
    }
    let history = try String(
      contentsOf: home.appendingPathComponent(".local/state/backprop/history"), encoding: .utf8)
    #expect(history == "import numpy as np\nnp.zeros(2)\n")
    try await TmuxSession.with(folder.command, width: 100, height: 30, home: home) { session in
      try await session.waitFor("Plots in cells")
      try await session.send("r", "Up")
      try await session.waitFor(">>> np.zeros(2)")
    }
  }
}

extension LiveNotebookEndToEndTests {
  @Test func aClickSelectsALessonInTheTree() async throws {
    let folder = try LessonFolder.make()
    defer { folder.remove() }
    try await TmuxSession.with(folder.command, width: 120, height: 40) { session in
      let screen = try await session.waitFor("Only prose")
      let row = try #require(screen.firstIndex { $0.contains("Only prose") })
      // An X10 mouse report: ESC [ M, then button, column and row, each plus 32 (1-based).
      let column = 8
      try await session.sendBytes([0x1B, 0x5B, 0x4D, 0x20, UInt8(33 + column), UInt8(33 + row)])
      try await session.sendBytes([0x1B, 0x5B, 0x4D, 0x23, UInt8(33 + column), UInt8(33 + row)])
      try await session.send("Enter")
      try await session.waitFor("Nothing to run here.")
    }
  }

  @Test func anEditedLessonReloadsInPlaceAndABrokenOneKeepsTheLastGoodText() async throws {
    let folder = try LessonFolder.make()
    defer { folder.remove() }
    try await TmuxSession.with(folder.command, width: 120, height: 50) { session in
      try await openPlotsLesson(session)
      try await session.send("Enter")
      try await session.waitUntil(showsSquares)
      let edited = LessonFolder.plots.replacingOccurrences(
        of: "A cell that draws a plot.", with: "A cell that draws a plot, edited live.")
      try folder.write("01-plots.md", edited)
      // The new text, the unchanged cell's figure kept, and a notice for the author.
      let reloaded = try await session.waitFor("edited live.")
      #expect(showsSquares(reloaded))
      try await session.waitFor("Reloaded Plots in cells")
      try folder.write("01-plots.md", edited + "\n```python\nprint(1)\n")
      let broken = try await session.waitFor("reload: ")
      #expect(broken.last { !$0.isEmpty }?.contains("01-plots.md:") == true)
      #expect(broken.contains { $0.contains("edited live.") })
    }
  }
}
