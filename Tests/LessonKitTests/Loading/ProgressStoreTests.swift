import Foundation
import Testing

@testable import LessonKit

@Suite struct ProgressStoreTests {
  let directory = FileManager.default.temporaryDirectory
    .appendingPathComponent("progress-store-tests-\(UUID().uuidString)", isDirectory: true)
  var store: ProgressStore { ProgressStore(directory: directory) }
  let lesson = LessonEngineTests.lesson

  func worked() -> LessonProgress {
    let engine = LessonEngine(lesson: lesson, runtime: FakeRuntime())
    var progress = LessonProgress(lesson: lesson)
    for event: LessonEvent in [
      .answer(quiz: "q", input: "3"), .submit(exercise: "e", code: "a = 1"), .next,
    ] {
      progress = engine.advance(progress, with: event).0
    }
    return progress
  }

  func files() -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []).sorted()
  }

  @Test func choosesTheXDGDataDirectory() {
    #expect(
      ProgressStore.dataDirectory(environment: ["XDG_DATA_HOME": "/data", "HOME": "/home/a"]).path
        == "/data/backprop")
    #expect(
      ProgressStore.dataDirectory(environment: ["HOME": "/home/a"]).path
        == "/home/a/.local/share/backprop")
    #expect(
      ProgressStore.dataDirectory(environment: ["XDG_DATA_HOME": "relative", "HOME": "/home/a"])
        .path == "/home/a/.local/share/backprop")
    #expect(
      ProgressStore(environment: ["HOME": "/h"]).directory.path
        == "/h/.local/share/backprop/progress")
  }

  @Test func savesReadableJSONAndLoadsItBack() throws {
    let progress = worked()
    try store.save(progress)
    #expect(files() == ["tiny.json"])
    let text = try String(contentsOf: store.file(for: "tiny"), encoding: .utf8)
    #expect(text.hasPrefix("{\n  \"format\" : \"backprop-progress\",\n  \"progress\" : {\n"))
    #expect(text.contains("\"version\" : 1"))
    #expect(text.contains("\"code\" : \"a = 1\""))
    let (loaded, notices) = store.load(for: lesson)
    #expect(loaded == progress)
    #expect(notices.isEmpty)
    #expect(store.all() == ["tiny": progress])
  }

  @Test func startsFreshWithoutAFile() {
    let (loaded, notices) = store.load(for: lesson)
    #expect(loaded == LessonProgress(lesson: lesson))
    #expect(notices.isEmpty)
  }

  @Test func crashMidWriteLosesNothing() throws {
    let before = worked()
    try store.save(before)
    var after = before
    after.position = 2
    #expect(throws: ProgressStoreError.interrupted) { try store.save(after, interruptAfter: 40) }
    #expect(files() == [".tiny.json.tmp-\(getpid())", "tiny.json"])
    #expect(store.load(for: lesson).progress == before)
    try store.save(after)
    #expect(files() == ["tiny.json"])
    #expect(store.load(for: lesson).progress == after)
  }

  @Test func movesACorruptFileAsideAndStartsFresh() throws {
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    try Data("{\"format\": \"backprop-progress\", \"vers".utf8).write(to: store.file(for: "tiny"))
    let (loaded, notices) = store.load(for: lesson)
    #expect(loaded == LessonProgress(lesson: lesson))
    let path = store.file(for: "tiny").path
    #expect(
      notices == [
        "Your progress file \(path) could not be used (it is not valid progress JSON); it was moved to \(path).unreadable and the lesson starts fresh."
      ])
    #expect(files() == ["tiny.json.unreadable"])
    try Data("[]".utf8).write(to: store.file(for: "tiny"))
    _ = store.load(for: lesson)
    #expect(files() == ["tiny.json.unreadable", "tiny.json.unreadable-2"])
  }

  @Test func movesAsideAFileOfAnUnknownVersion() throws {
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    try Data("{\"format\": \"backprop-progress\", \"version\": 2}".utf8).write(
      to: store.file(for: "tiny"))
    let notices = store.load(for: lesson).notices
    #expect(notices.count == 1)
    #expect(
      notices[0].contains("(it has format version 2, and this version of backprop reads version 1)")
    )
  }

  @Test func migratesWhenTheLessonChanged() throws {
    try store.save(worked())
    let edited = try LessonParser.parse(
      LessonEngineTests.source + "\n\nOne more line.\n", file: "tiny.md")
    let (loaded, notices) = store.load(for: edited)
    #expect(loaded.contentHash == edited.contentHash)
    #expect(loaded.quizzes["q"]?.isSolved == true)
    #expect(loaded.exercises["e"]?.code == "a = 1")
    #expect(
      notices == [
        "Lesson 'tiny' has changed since you last opened it; your work on unchanged parts is kept."
      ])
  }

  @Test func forgetsALesson() throws {
    try store.save(worked())
    try store.forget("tiny")
    try store.forget("tiny")
    #expect(files().isEmpty)
  }
}

@Suite struct LessonProgressCodingTests {
  @Test func decodesFilesWithoutNewerFields() throws {
    let json = """
      {"itemHash": "h", "answers": [{"number": {"_0": 2}}]}
      """
    let quiz = try JSONDecoder().decode(LessonProgress.QuizProgress.self, from: Data(json.utf8))
    #expect(quiz.answers == [.number(2)])
    #expect(!quiz.answerRevealed)
    let exercise = try JSONDecoder().decode(
      LessonProgress.ExerciseProgress.self, from: Data(#"{"itemHash": "h", "code": "x = 1"}"#.utf8))
    #expect(exercise == LessonProgress.ExerciseProgress(itemHash: "h", code: "x = 1"))
  }
}
