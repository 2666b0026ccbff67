import Foundation
import Testing

/// What a learner sees at the sizes they use (80x24 over SSH, 120x36, 200x60): the lesson's
/// title once, a key overlay that fits, a small image drawn small, textured decision regions,
/// and status bars that say what h and r do where the learner is.
@Suite(.enabled("needs tmux and a built `backprop`") { TmuxSession.isAvailable && DemoCommand.binary != nil })
struct PolishEndToEndTests {
  static let lesson = """
    ---
    id: small
    title: A small image
    format: 1
    ---
    # A small image

    Four by four pixels.

    ```python
    import numpy as np
    import matplotlib.pyplot as plt
    plt.imshow(np.arange(16.0).reshape(4, 4))
    plt.title("sixteen pixels")
    plt.show()
    ```

    ```python
    import numpy as np
    import matplotlib.pyplot as plt
    xx, yy = np.meshgrid(np.linspace(-1, 1, 30), np.linspace(-1, 1, 30))
    plt.contourf(xx, yy, (xx > 0) * 1.0)
    plt.scatter([-0.5, 0.5], [0.0, 0.0], c=[1, 0])
    plt.title("two regions")
    plt.show()
    ```

    ```quiz
    id: count
    kind: numeric
    question: How many pixels?
    answer: 16
    explanation: Four rows of four.
    ```

    ```exercise
    id: double
    title: Double it
    --- task
    Write `double(x)`.
    --- starter
    def double(x):
        # START CODE HERE
        y = x
        # END CODE HERE
        return y
    --- solution
    def double(x):
        return 2 * x
    --- hint
    Multiply by two.
    --- check
    name: doubles
    close: double(2.0)
    expect: 4.0
    tolerance: 1e-9
    ```
    """

  /// Opens the lesson in a `width x height` terminal, in colour when `isColored` (even where
  /// the test runner sets `NO_COLOR`), else as the environment says.
  func withLesson(
    width: Int, height: Int, isColored: Bool = false, _ body: (TmuxSession) async throws -> Void
  ) async throws {
    let folder = try LessonFolder.make()
    defer { folder.remove() }
    try folder.write("04-small.md", Self.lesson)
    let command = isColored ? ["/usr/bin/env", "-u", "NO_COLOR"] + folder.command : folder.command
    try await TmuxSession.with(command, width: width, height: height) { session in
      try await session.waitFor("A small image")
      try await session.type("/A small image")
      try await session.send("Enter")
      try await session.waitFor("Four by four pixels.")
      try await body(session)
    }
  }

  /// The rows of the figure titled `title`: from under its title to its x axis.
  func figureRows(_ title: String, in screen: [String]) -> ArraySlice<String>? {
    guard let top = screen.firstIndex(where: { $0.contains(title) && !$0.contains("title(") }),
      let axis = screen[top...].firstIndex(where: { $0.contains("└") })
    else { return nil }
    return screen[(top + 1)..<axis]
  }

  @Test(arguments: [(80, 24), (120, 36), (200, 60)])
  func theTitleIsShownOnceAndTheHeaderSaysWhereAndHowFar(width: Int, height: Int) async throws {
    try await withLesson(width: width, height: height) { session in
      let screen = try await session.waitFor("0/1 quiz answered · 0/1 exercise passed")
      #expect(screen[0].hasPrefix(" Backprop · A small image"))
      // The top bar has it; the browser may list it; the lesson itself no longer repeats it.
      let lessonSide = screen.dropFirst().map { line in
        line.split(separator: "│", omittingEmptySubsequences: false).last.map(String.init) ?? line
      }
      #expect(!lessonSide.contains { $0.contains("A small image") })
    }
  }

  @Test(arguments: [(80, 24), (120, 36), (200, 60)])
  func aFourByFourImageIsSixteenColumnsByEightRows(width: Int, height: Int) async throws {
    try await withLesson(width: width, height: height) { session in
      // The first cell is selected when the lesson opens.
      try await session.send("z", "Enter")
      let screen = try await session.waitUntil { figureRows("sixteen pixels", in: $0) != nil }
      let rows = try #require(figureRows("sixteen pixels", in: screen))
      #expect(rows.count == 8)
      let axis = try #require(screen.first { $0.contains("└") })
      let after = axis.split(separator: "└", maxSplits: 1).last.map(String.init) ?? ""
      #expect(after.reversed().drop { $0 == " " }.count == 16)
    }
  }

  @Test func contourRegionsDifferInTextureWithThePointsOnTop() async throws {
    try await withLesson(width: 120, height: 36, isColored: true) { session in
      try await session.send("z", "n", "Enter")
      let screen = try await session.waitUntil { figureRows("two regions", in: $0) != nil }
      let rows = try #require(figureRows("two regions", in: screen))
      // x > 0 is shaded, x < 0 plain; the class-1 point (×) is on the plain side, the class-0
      // point (●) on the shaded one.
      #expect(rows.count >= 8)
      #expect(rows.allSatisfy { $0.contains(String(repeating: "░", count: 20)) })
      let points = try #require(rows.first { $0.contains("×") })
      #expect(points.contains("●"))
      let cross = try #require(points.firstIndex(of: "×"))
      let shade = try #require(points.firstIndex(of: "░"))
      #expect(cross < shade)
    }
  }

  @Test(arguments: [(80, 24), (120, 36), (200, 60)])
  func theKeyOverlayFitsWithNothingCutOff(width: Int, height: Int) async throws {
    try await withLesson(width: width, height: height) { session in
      try await session.send("?")
      var screen = try await session.waitFor("? or Esc closes this")
      var seen = Set(screen)
      if width == 80 {
        #expect(screen.contains { $0.contains("↑↓ scroll · ? or Esc closes this") })
        // ↓ scrolls a line at a time; read the overlay every ten lines to the end.
        for _ in 0..<5 {
          for _ in 0..<10 { try await session.send("Down") }
          try await Task.sleep(for: .milliseconds(200))
          screen = try await session.screen()
          seen.formUnion(screen)
        }
        #expect(seen.contains { $0.contains("Built-in editor") })
      } else {
        #expect(!screen.contains { $0.contains("scroll ·") })
      }
      for help in [
        "show answer (once tried)", "scroll down", "stop code, clear line",
        "close, keeping your code", "reset to the starter", "back to the lessons",
      ] {
        #expect(seen.contains { $0.contains(help) }, "\(help) at \(width)x\(height)")
      }
    }
  }

  @Test func hAndRSayWhatTheyDoAndROpensTheReplFromAnExercise() async throws {
    try await withLesson(width: 80, height: 24) { session in
      try await session.waitFor("h lessons  r REPL")
      try await session.send("n", "n", "n")
      let exercise = try await session.waitFor("h hint  R reset")
      #expect(exercise.last { !$0.isEmpty }?.contains("r REPL") == true)
      try await session.send("r")
      try await session.waitFor("Esc leave")
      try await session.send("Escape")
      try await session.waitFor("h hint  R reset")
      try await session.send("R")
      try await session.waitFor("Replace your code in double with the starter? (y/n)")
      try await session.send("n")
      try await session.waitFor("h hint  R reset")
    }
  }
}
