import Foundation
import LessonKit
import NotebookUI
import Testing

@Suite struct ProgressKeeperTests {
  static let lesson = """
    ---
    id: double
    title: Doubling
    format: 1
    ---
    # Doubling

    ```python
    print(2 * 21)
    ```

    ```quiz
    id: twice
    kind: numeric
    question: What is twice 21?
    answer: 42
    tolerance: 0
    hint for 21: That is 21 once.
    explanation: 2 × 21 = 42.
    ```

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

  /// A keeper over the doubling lesson with its progress in a new temporary folder.
  static func keeper() throws -> (ProgressKeeper, URL) {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "keeper-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
    let catalog = LessonCatalog(files: [("01-double.md", lesson)])
    #expect(catalog.diagnostics.isEmpty)
    return (ProgressKeeper(catalog: catalog, store: ProgressStore(directory: folder)), folder)
  }

  /// Performs actions one after another and returns every event posted.
  static func perform(_ actions: [LessonAction], with keeper: ProgressKeeper) -> [Event] {
    let inbox = EventInbox()
    for action in actions {
      #expect(keeper.perform(.lesson(lessonID: "double", action), inbox: inbox))
    }
    keeper.flush()
    return inbox.drain()
  }

  @Test func aWrongThenRightAnswerIsGradedSavedAndRestored() throws {
    let (keeper, folder) = try Self.keeper()
    defer { try? FileManager.default.removeItem(at: folder) }
    var events = Self.perform([.answer(quiz: "twice", input: "21")], with: keeper)
    guard case .lessonUpdated(let wrong, _, nil)? = events.last else {
      Issue.record("no standing in \(events)")
      return
    }
    #expect(
      wrong.quizzes["twice"]
        == QuizCard.Status(
          attempts: 1, lastAnswer: "21", verdict: "Not quite.", hint: "That is 21 once.",
          explanation: "2 × 21 = 42."))
    events = Self.perform([.answer(quiz: "twice", input: "42")], with: keeper)
    guard case .lessonUpdated(let right, _, _)? = events.last else { return }
    #expect(right.quizzes["twice"]?.isSolved == true)
    #expect(right.quizzes["twice"]?.attempts == 2)
    // A second keeper over the same folder (the next launch) sees the same standing.
    let (next, _) = (ProgressKeeper(catalog: keeper.catalog, store: keeper.store), ())
    let (rows, notice) = next.start()
    #expect(notice == nil)
    #expect(rows.first == TreeItem(id: "double", title: "Continue: Doubling", mark: .started))
    let inbox = EventInbox()
    next.lessonOpened("double", inbox: inbox)
    next.flush()
    let opened = inbox.drain()
    #expect(opened.contains(.lessonUpdated(right, after: nil, notice: nil)))
    #expect(opened.contains(.selectionRestored(lessonID: "double", .quiz("twice"))))
  }

  @Test func anExerciseFailsThreeTimesThenItsSolutionShows() throws {
    let (keeper, folder) = try Self.keeper()
    defer { try? FileManager.default.removeItem(at: folder) }
    let wrong = "def double(x):\n    return x + 1"
    let events = Self.perform(
      [
        .check(exercise: "double", code: wrong), .revealHint(exercise: "double"),
        .revealSolution(exercise: "double"), .check(exercise: "double", code: wrong),
        .check(exercise: "double", code: wrong), .revealSolution(exercise: "double"),
      ], with: keeper)
    let standings = events.compactMap { event -> (LessonStanding, String?)? in
      if case .lessonUpdated(let standing, _, let notice) = event { return (standing, notice) }
      return nil
    }
    #expect(standings.count == 6)
    let first = standings[0].0.exercises["double"]
    #expect(first?.failedAttempts == 1)
    #expect(first?.report.first == "✗ doubles 21: expected 42.0, got 22.0")
    #expect(standings[1].0.exercises["double"]?.hints == ["Multiply by 2."])
    #expect(
      standings[2].1
        == "The solution unlocks once you pass, or after 3 failed attempts (1 so far).")
    #expect(standings[4].1 == "The reference solution is now available if you want it.")
    #expect(standings[5].0.exercises["double"]?.solution == "def double(x):\n    return 2 * x")
    #expect(standings[5].0.exercises["double"]?.code == wrong)
  }

  @Test func aSolvedLessonIsMarkedDoneAndAResetBringsTheStarterBack() throws {
    let (keeper, folder) = try Self.keeper()
    defer { try? FileManager.default.removeItem(at: folder) }
    _ = keeper.start()
    let events = Self.perform(
      [
        .answer(quiz: "twice", input: "42"),
        .check(exercise: "double", code: "def double(x):\n    return 2 * x"),
        .reset(exercise: "double"),
      ], with: keeper)
    let lists = events.compactMap { if case .lessonsListed(let rows) = $0 { rows } else { nil } }
    #expect(lists.last?.first == TreeItem(id: "double", title: "Continue: Doubling", mark: .done))
    guard case .lessonUpdated(let standing, _, _)? = events.last else { return }
    #expect(
      standing.exercises["double"]?.code.hasPrefix("def double(x):\n    # START CODE HERE") == true)
    #expect(standing.exercises["double"]?.isSolved == true)
  }

  @Test func anUnreadableProgressFileIsMovedAsideWithOneLine() throws {
    let (keeper, folder) = try Self.keeper()
    defer { try? FileManager.default.removeItem(at: folder) }
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try Data("{ not json".utf8).write(to: folder.appendingPathComponent("double.json"))
    let (rows, notice) = keeper.start()
    #expect(
      notice
        == "Unreadable progress for double set aside as double.json.unreadable; starts fresh.")
    #expect(!rows.contains { $0.title.hasPrefix("Continue") })
    #expect(
      FileManager.default.fileExists(
        atPath: folder.appendingPathComponent("double.json.unreadable").path))
  }

  @Test func selectingAndRunningCellsIsRemembered() throws {
    let (keeper, folder) = try Self.keeper()
    defer { try? FileManager.default.removeItem(at: folder) }
    _ = Self.perform(
      [.cellRan(cell: 0, output: "42\n"), .select(.exercise("double"))], with: keeper)
    let lesson = try #require(keeper.catalog.lesson("double"))
    let saved = keeper.store.load(for: lesson).progress
    // Blocks: 0 heading, 1 cell, 2 quiz, 3 exercise.
    #expect(saved.cellOutputs == [1: "42\n"])
    #expect(saved.position == 3)
  }

  @Test func aReloadedLessonKeepsTheCodeAndDropsAnswersToChangedQuizzes() throws {
    let (keeper, folder) = try Self.keeper()
    defer { try? FileManager.default.removeItem(at: folder) }
    _ = Self.perform(
      [
        .answer(quiz: "twice", input: "42"),
        .save(exercise: "double", code: "def double(x):\n    return x * 2"),
      ],
      with: keeper)
    let edited = Self.lesson.replacingOccurrences(of: "2 × 21 = 42.", with: "Twice 21 is 42.")
    let inbox = EventInbox()
    keeper.replaceCatalog(LessonCatalog(files: [("01-double.md", edited)]), inbox: inbox)
    keeper.flush()
    let standings = inbox.drain().compactMap {
      if case .lessonUpdated(let standing, nil, nil) = $0 { standing } else { nil }
    }
    #expect(standings.count == 1)
    #expect(standings.first?.quizzes["twice"] == nil)
    #expect(standings.first?.exercises["double"]?.code == "def double(x):\n    return x * 2")
  }
}
