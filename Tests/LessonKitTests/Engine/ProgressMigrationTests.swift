import Testing

@testable import LessonKit

@Suite struct ProgressMigrationTests {
  func lesson(question: String = "How many?", check: String = "equals: a", extra: String = "")
    throws -> Lesson
  {
    try LessonParser.parse(
      LessonEngineTests.source.replacing("How many?", with: question).replacing(
        "equals: a", with: check)
        + extra, file: "tiny.md")
  }

  func worked(_ lesson: Lesson) -> LessonProgress {
    let engine = LessonEngine(lesson: lesson, runtime: FakeRuntime())
    var progress = LessonProgress(lesson: lesson)
    for event: LessonEvent in [
      .answer(quiz: "q", input: "3"), .revealHint(exercise: "e"),
      .submit(exercise: "e", code: "a = 2"), .next, .next,
    ] {
      progress = engine.advance(progress, with: event).0
    }
    return progress
  }

  @Test func keepsEverythingWhenOnlyOtherTextChanged() throws {
    let old = worked(try lesson())
    let edited = try lesson(extra: "\n\nA new closing paragraph.\n")
    let migrated = old.migrated(to: edited)
    #expect(migrated.contentHash == edited.contentHash)
    #expect(migrated.quizzes == old.quizzes)
    #expect(migrated.exercises == old.exercises)
    #expect(migrated.position == 2)
  }

  @Test func dropsAnswersToAChangedQuiz() throws {
    let migrated = worked(try lesson()).migrated(to: try lesson(question: "How many now?"))
    #expect(migrated.quizzes.isEmpty)
    #expect(migrated.exercises["e"]?.isSolved == true)
  }

  @Test func keepsCodeButNotVerdictOfAChangedExercise() throws {
    let migrated = worked(try lesson()).migrated(to: try lesson(check: "close: a"))
    let record = try #require(migrated.exercises["e"])
    #expect(record.code == "a = 2")
    #expect(record.hintsRevealed == 1)
    #expect(!record.isSolved)
    #expect(record.lastReport.isEmpty)
  }

  @Test func leavesUnchangedProgressAlone() throws {
    let lesson = try lesson()
    let progress = worked(lesson)
    #expect(progress.migrated(to: lesson) == progress)
  }
}
