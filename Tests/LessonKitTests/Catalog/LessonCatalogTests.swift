import Testing

@testable import LessonKit

@Suite struct LessonCatalogTests {
  static func lesson(_ id: String, prerequisites: String = "") -> String {
    "---\nid: \(id)\ntitle: \(id)\nprerequisites: \(prerequisites)\nformat: 1\n---\n"
  }

  @Test func sortsByFileNameAndSkipsReadme() {
    let catalog = LessonCatalog(files: [
      ("L/02-b.md", Self.lesson("b", prerequisites: "a")), ("L/01-a.md", Self.lesson("a")),
      ("L/README.md", "# Not a lesson"), ("L/notes.txt", "x"),
    ])
    #expect(catalog.lessons.map(\.id) == ["a", "b"])
    #expect(catalog.diagnostics.isEmpty)
    #expect(catalog.lesson("b")?.file == "L/02-b.md")
  }

  @Test func reportsBrokenFilesDuplicatesAndUnknownPrerequisites() {
    let catalog = LessonCatalog(files: [
      ("L/01-a.md", Self.lesson("a")), ("L/02-a.md", Self.lesson("a")),
      ("L/03-c.md", Self.lesson("c", prerequisites: "zz")),
      ("L/04-d.md", "no header"),
    ])
    #expect(catalog.lessons.map(\.id) == ["a", "c"])
    #expect(
      catalog.diagnostics.map(\.description) == [
        "L/02-a.md:2: error: lesson id 'a' is already used by L/01-a.md",
        "L/04-d.md:1: error: a lesson must start with a header between two '---' lines",
        "L/03-c.md:1: warning: prerequisite 'zz' is not a lesson in this catalogue",
      ])
  }

  @Test func findsExercisesByPath() {
    #expect(
      LessonCatalog.embedded.exercise("tour/sigmoid")?.exercise.title == "The sigmoid, elementwise")
    #expect(LessonCatalog.embedded.exercise("tour/nothing") == nil)
    #expect(LessonCatalog.embedded.exercise("tour") == nil)
  }
}

@Suite struct LessonCatalogCheckingTests {
  @Test func checksAnExerciseByReference() throws {
    let catalog = LessonCatalog(files: [("L/01-tiny.md", LessonEngineTests.source)])
    let report = try catalog.check("tiny/e", code: "a = 2", runtime: FakeRuntime()).get()
    #expect(report.passed)
    #expect(
      catalog.check("tiny/e", code: "a = 1", runtime: FakeRuntime()).map(\.passed)
        == .success(false))
    #expect(
      catalog.check("tiny/x", code: "", runtime: FakeRuntime()).map(\.passed)
        == .failure(.unknown("tiny/x", known: ["tiny/e"])))
    #expect(
      ExerciseLookupError.unknown("tiny/x", known: ["tiny/e"]).description
        == "no exercise 'tiny/x' (expected LESSON/EXERCISE, such as tiny/e)")
  }
}
