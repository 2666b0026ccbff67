import Foundation
import Subprocess
import Testing

/// `backprop`'s shell commands as a learner or teacher types them: exit status, standard output
/// and standard error, with a private `HOME` so no real progress file is read or written.
@Suite(.serialized) struct CommandLineTests {
  struct Outcome {
    var status: Int32?
    var output: String
    var error: String
  }

  let home: URL

  init() throws {
    home = FileManager.default.temporaryDirectory.appendingPathComponent("backprop-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
  }

  /// Runs the built `backprop` with `arguments` in the temporary home (piped, so not a terminal).
  func backprop(_ arguments: String...) async throws -> Outcome {
    let binary = try #require(DemoCommand.binary, "the backprop executable is not built")
    let result = try await run(
      .path(.init(binary)), arguments: Arguments(arguments),
      environment: .inherit.updating([
        "HOME": home.path, "XDG_DATA_HOME": home.appendingPathComponent("data").path,
        "XDG_STATE_HOME": home.appendingPathComponent("state").path,
      ]),
      workingDirectory: .init(home.path),
      output: .string(limit: 1 << 20), error: .string(limit: 1 << 20))
    let status: Int32? = if case .exited(let code) = result.terminationStatus { code } else { nil }
    return Outcome(status: status, output: result.standardOutput, error: result.standardError)
  }

  func write(_ text: String, to name: String) throws {
    let url = home.appendingPathComponent(name)
    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try text.write(to: url, atomically: true, encoding: .utf8)
  }

  @Test func runPrintsOutputAndFailsWithATraceback() async throws {
    try write("print('hi', 2 + 3)\nx = 1 / 0\n", to: "bad.py")
    let outcome = try await backprop("run", "bad.py")
    #expect(outcome.status == 1)
    #expect(outcome.output == "hi 5\n")
    #expect(outcome.error.contains("ZeroDivisionError: division by zero"))
    #expect(outcome.error.contains("bad.py\", line 2"))
  }

  @Test func runPrintsASmallImageSmall() async throws {
    try write(
      "import numpy as np\nimport matplotlib.pyplot as plt\n"
        + "plt.imshow(np.arange(16.0).reshape(4, 4))\nplt.title('sixteen')\nplt.show()\n",
      to: "image.py")
    let outcome = try await backprop("run", "image.py")
    #expect(outcome.status == 0)
    // The title, 4x4 pixels of 4x2 cells, the axis and its labels, then the summary: no blank
    // rows under the image.
    let lines = outcome.output.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.count == 13)
    #expect(lines[9].hasPrefix(" └──┬──────┬──────"))
    #expect(lines[11] == "sixteen: 4x4 field from 0 to 15")
  }

  @Test func checkSaysWhichCheckFailedAndExitsOne() async throws {
    try write("def sigmoid(z):\n    return z\n", to: "wrong.py")
    try write("import numpy as np\ndef sigmoid(z):\n    return 1 / (1 + np.exp(-z))\n", to: "right.py")
    let wrong = try await backprop("check", "tour/sigmoid", "wrong.py")
    #expect(wrong.status == 1)
    #expect((wrong.output + wrong.error).contains("expected"))
    let right = try await backprop("check", "tour/sigmoid", "right.py")
    #expect(right.status == 0)
  }

  @Test func lintTakesAFileAndReportsItsLine() async throws {
    try write(
      """
      ---
      id: broken
      title: Broken
      format: 1
      ---

      # Broken

      ```quiz
      id: q
      kind: essay
      question: Why?
      ```
      """, to: "lessons/01-broken.md")
    let outcome = try await backprop("lint", "lessons/01-broken.md")
    #expect(outcome.status == 1)
    #expect(
      outcome.output.contains(
        "lessons/01-broken.md:11: error: unknown quiz kind 'essay' (expected single, multiple, numeric, text or predict)"))
    let folder = try await backprop("lint", "lessons")
    #expect(folder.status == 1)
    #expect(folder.output.contains("lessons/01-broken.md:11: error"))
  }

  @Test func showRendersALessonWithoutColourWhenPiped() async throws {
    let outcome = try await backprop("show", "tour")
    #expect(outcome.status == 0)
    #expect(!outcome.output.contains("\u{1B}["))
    #expect(outcome.output.contains("σ"))
  }

  @Test func withoutATerminalTheNotebookListsLessonsInstead() async throws {
    let outcome = try await backprop()
    #expect(outcome.status == 0)
    #expect(outcome.output.contains("tour"))
    #expect(outcome.output.contains("backprop show"))
  }
}
