import LessonKit
import NotebookUI
import Synchronization
import Testing

@Suite struct LessonReloaderTests {
  static func lesson(_ id: String, _ body: String) -> String {
    "---\nid: \(id)\ntitle: \(id.capitalized)\nformat: 1\n---\n\(body)\n"
  }

  /// A folder in memory: files, and a stamp that changes whenever they do.
  final class Folder: Sendable {
    let files = Mutex<[String: String]>([:])

    init(_ files: [String: String]) {
      self.files.withLock { $0 = files }
    }

    func stamp() -> [String: String] {
      files.withLock { $0.mapValues { "\($0.count)@\($0.hashValue)" } }
    }

    func load() -> LessonCatalog {
      LessonCatalog(files: files.withLock { $0.map { ("lessons/" + $0.key, $0.value) } })
    }

    func write(_ name: String, _ text: String) {
      files.withLock { $0[name] = text }
    }
  }

  /// The changes reported to `onChange`.
  final class Changes: Sendable {
    let seen = Mutex<[LessonReloader.Change]>([])
    var count: Int { seen.withLock { $0.count } }
    var changedIDs: [[String]] { seen.withLock { $0.map { $0.changedLessons.map(\.id) } } }
  }

  static func reloader(_ folder: Folder, changes: Changes) -> LessonReloader {
    LessonReloader(catalog: folder.load(), stamp: folder.stamp, load: folder.load) { change in
      changes.seen.withLock { $0.append(change) }
    }
  }

  @Test func nothingHappensWhileTheFolderIsUnchanged() {
    let folder = Folder(["01-a.md": Self.lesson("a", "Text.")])
    let changes = Changes()
    let reloader = Self.reloader(folder, changes: changes)
    #expect(reloader.poll() == nil)
    #expect(changes.count == 0)
  }

  @Test func anEditedLessonIsReportedWithItsNewText() throws {
    let folder = Folder(["01-a.md": Self.lesson("a", "Old."), "02-b.md": Self.lesson("b", "B.")])
    let changes = Changes()
    let reloader = Self.reloader(folder, changes: changes)
    folder.write("01-a.md", Self.lesson("a", "New."))
    let change = try #require(reloader.poll())
    #expect(change.changedLessons.map(\.id) == ["a"])
    #expect(change.catalog.lessons.map(\.id) == ["a", "b"])
    #expect(change.notice == nil)
    #expect(Document(change.changedLessons[0]).blocks == [.paragraph("New.")])
    #expect(changes.count == 1)
    #expect(reloader.poll() == nil)
  }

  @Test func aLessonThatStopsParsingKeepsItsLastGoodVersionAndSaysWhyInOneLine() throws {
    let folder = Folder(["01-a.md": Self.lesson("a", "Good."), "02-b.md": Self.lesson("b", "B.")])
    let changes = Changes()
    let reloader = Self.reloader(folder, changes: changes)
    folder.write("01-a.md", Self.lesson("a", "```python\nprint(1)\n"))
    let broken = try #require(reloader.poll())
    #expect(broken.changedLessons.isEmpty)
    #expect(broken.catalog.lessons.map(\.id) == ["a", "b"])
    #expect(Document(try #require(broken.catalog.lesson("a"))).blocks == [.paragraph("Good.")])
    #expect(
      broken.notice
        == "reload: lessons/01-a.md:6: error: the ```python block opened here is never closed")
    // Fixing the file clears the notice and brings the new text.
    folder.write("01-a.md", Self.lesson("a", "Fixed."))
    let fixed = try #require(reloader.poll())
    #expect(fixed.notice == nil)
    #expect(fixed.changedLessons.map(\.id) == ["a"])
  }

  @Test func newAndRemovedLessonsChangeTheCatalogue() throws {
    let folder = Folder(["01-a.md": Self.lesson("a", "A.")])
    let changes = Changes()
    let reloader = Self.reloader(folder, changes: changes)
    folder.write("02-b.md", Self.lesson("b", "B."))
    #expect(try #require(reloader.poll()).changedLessons.map(\.id) == ["b"])
    folder.files.withLock { $0["01-a.md"] = nil }
    let removed = try #require(reloader.poll())
    #expect(removed.catalog.lessons.map(\.id) == ["b"])
    #expect(removed.changedLessons.isEmpty)
  }

  @Test func theTimerPollsOnItsOwn() async throws {
    let folder = Folder(["01-a.md": Self.lesson("a", "A.")])
    let changes = Changes()
    let reloader = Self.reloader(folder, changes: changes)
    reloader.start(interval: .milliseconds(20))
    defer { reloader.stop() }
    folder.write("01-a.md", Self.lesson("a", "A, edited."))
    let deadline = ContinuousClock.now + .seconds(30)
    while changes.count == 0 && ContinuousClock.now < deadline {
      try await Task.sleep(for: .milliseconds(10))
    }
    #expect(changes.changedIDs == [["a"]])
  }
}

extension LessonReloader.Change: Equatable {
  public static func == (lhs: Self, rhs: Self) -> Bool {
    lhs.changedLessons == rhs.changedLessons && lhs.notice == rhs.notice
      && lhs.catalog.lessons == rhs.catalog.lessons
  }
}

extension LessonReloaderTests {
  @Test func theNotebookShowsTheChangeAndSaysSo() throws {
    let folder = Folder(["01-a.md": Self.lesson("a", "Old.")])
    let effects = NotebookEffects(catalog: folder.load())
    let inbox = EventInbox()
    let reloader = LessonReloader(catalog: folder.load(), stamp: folder.stamp, load: folder.load) {
      effects.apply($0, inbox: inbox)
    }
    folder.write("01-a.md", Self.lesson("a", "New."))
    reloader.poll()
    let lesson = try #require(effects.catalog.lesson("a"))
    #expect(
      inbox.drain() == [.lessonReloaded(Document(lesson)), .notice("Reloaded A")])
    folder.write("01-a.md", Self.lesson("a", "```python\n"))
    reloader.poll()
    #expect(
      inbox.drain() == [
        .notice("reload: lessons/01-a.md:6: error: the ```python block opened here is never closed")
      ])
    #expect(effects.catalog.lesson("a") == lesson)
  }
}

extension LessonReloaderTests {
  @Test func aCellInsertedByTheAuthorCountsAsNotRun() async throws {
    let folder = Folder([
      "01-a.md": Self.lesson("a", "```python\nx = 1\n```\n\n```python\nprint(x + 1)\n```")
    ])
    let effects = NotebookEffects(catalog: folder.load())
    let inbox = EventInbox()
    effects.perform(.runCell(lessonID: "a", index: 0, source: "x = 1"), inbox: inbox)
    _ = try await NotebookEffectsTests().events(until: inbox)
    let reloader = LessonReloader(catalog: folder.load(), stamp: folder.stamp, load: folder.load) {
      effects.apply($0, inbox: inbox)
    }
    folder.write(
      "01-a.md",
      Self.lesson(
        "a", "```python\ny = 10\n```\n\n```python\nx = 1\n```\n\n```python\nprint(x + y)\n```"))
    reloader.poll()
    _ = inbox.drain()
    // Cell 2 ("x = 1") ran before the edit; the inserted cell 1 did not, so it runs first.
    effects.perform(.runCell(lessonID: "a", index: 2, source: "print(x + y)"), inbox: inbox)
    let seen = try await NotebookEffectsTests().events(until: inbox)
    #expect(
      seen.last
        == .output(
          [.text("(ran cell 1 first: this cell uses what it defines)\n11\n")], isFinished: true))
  }
}
