import Foundation
import Testing

/// Quizzes and exercises in the real notebook (`backprop --lessons DIR`): a quiz answered wrong
/// then right with the feedback under it, and the answers still there after a restart through
/// the "Continue" row; an exercise solved through the editor flow with `EDITOR` set to a
/// script that writes the learner's answer, checked on return, and saved in the progress file.
@Suite(
  .enabled("needs tmux and a built `backprop`") {
    TmuxSession.isAvailable && DemoCommand.binary != nil
  })
struct LessonEndToEndTests {
  static let quizzes = """
    ---
    id: quizzes
    title: Quiz practice
    format: 1
    ---
    # Two questions

    ```quiz
    id: range
    kind: single
    question: Which values can the sigmoid take?
    - [x] strictly between 0 and 1
    - [ ] between -1 and 1
      hint: That is the range of tanh.
    explanation: Its denominator is always more than 1.
    ```

    ```quiz
    id: twice
    kind: numeric
    question: What is twice 21?
    answer: 42
    tolerance: 0
    hint for 21: That is 21 once.
    explanation: 2 times 21 is 42.
    ```
    """

  static let exercise = """
    ---
    id: double
    title: Doubling practice
    format: 1
    ---
    # One exercise

    ```exercise
    id: double
    title: Double it
    --- task
    Write `double(x)`, which returns twice `x`.
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
    Multiply by 2.
    --- check
    name: doubles 21
    close: double(21.0)
    expect: 42.0
    ```
    """

  /// A folder holding one lesson.
  static func folder(_ name: String, _ text: String) throws -> LessonFolder {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "backprop-e2e-lesson-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    let folder = LessonFolder(url: url)
    try folder.write(name, text)
    return folder
  }

  /// Opens a lesson by searching the tree for its title.
  func open(_ title: String, in session: TmuxSession) async throws {
    try await session.waitFor(title)
    try await session.type("/" + title)
    try await session.send("Enter")
    try await session.waitFor("Backprop · " + title)
  }

  @Test func aQuizAnsweredWrongThenRightKeepsItsFeedbackAcrossARestart() async throws {
    let folder = try Self.folder("01-quizzes.md", Self.quizzes)
    defer { folder.remove() }
    let home = try TmuxSession.temporaryHome()
    defer { try? FileManager.default.removeItem(at: home) }
    try await TmuxSession.with(folder.command, width: 100, height: 40, home: home) { session in
      try await open("Quiz practice", in: session)
      try await session.send("2", "Enter")
      try await session.waitFor("✗ Not quite. Your answer: 2. (1 try)")
      try await session.waitFor("Hint: That is the range of tanh.")
      try await session.send("1", "Enter")
      try await session.waitFor("✓ Correct. Your answer: 1. (2 tries)")
      try await session.waitFor("Its denominator is always more than 1.")
      try await session.send("n", "Enter")
      try await session.waitFor("Answer:")
      try await session.type("21")
      try await session.send("Enter")
      try await session.waitFor("Hint: That is 21 once.")
      try await session.send("Enter", "BSpace", "BSpace")
      try await session.type("42")
      try await session.send("Enter")
      try await session.waitFor("✓ Correct. Your answer: 42. (2 tries)")
      try await session.send("q")
      try await session.waitFor("[exit 0]")
    }
    try await TmuxSession.with(folder.command, width: 100, height: 40, home: home) { session in
      try await session.waitFor("Continue: Quiz practice")
      try await session.send("Enter")
      let screen = try await session.waitFor("✓ Correct. Your answer: 42. (2 tries)")
      #expect(screen.contains { $0.contains("✓ Correct. Your answer: 1. (2 tries)") })
    }
  }

  @Test func anExerciseIsSolvedThroughTheEditorAndSaved() async throws {
    let folder = try Self.folder("01-double.md", Self.exercise)
    defer { folder.remove() }
    let home = try TmuxSession.temporaryHome()
    defer { try? FileManager.default.removeItem(at: home) }
    let answer = home.appendingPathComponent("answer.py")
    let editor = home.appendingPathComponent("editor.sh")
    try "#!/bin/sh\ncp \"\(answer.path)\" \"$1\"\n".write(
      to: editor, atomically: true, encoding: .utf8)
    try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: editor.path)
    try "def double(x):\n    return x + 1\n".write(to: answer, atomically: true, encoding: .utf8)
    let session = try await TmuxSession.start(
      folder.command, width: 100, height: 40, environment: ["EDITOR": editor.path], home: home)
    do {
      try await open("Doubling practice", in: session)
      try await session.send("e")
      try await session.waitFor("✗ Not solved yet: 1 failed attempt")
      try await session.waitFor("✗ doubles 21: expected 42.0, got 22.0")
      try await session.send("h")
      try await session.waitFor("Hint 1 of 1: Multiply by 2.")
      try "def double(x):\n    return 2 * x\n".write(to: answer, atomically: true, encoding: .utf8)
      try await session.send("e")
      try await session.waitFor("✓ Solved")
      try await session.waitFor("✓ doubles 21")
      try await session.send("q")
      try await session.waitFor("[exit 0]")
      let saved = try String(
        contentsOf: home.appendingPathComponent(".local/share/backprop/progress/double.json"),
        encoding: .utf8)
      #expect(saved.contains("\"isSolved\" : true"))
      #expect(saved.contains("return 2 * x"))
      await session.stop(removingHome: false)
    } catch {
      await session.stop(removingHome: false)
      throw error
    }
  }
}
