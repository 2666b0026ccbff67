import LessonKit
import NotebookUI
import Testing

@Suite struct NotebookEffectsTests {
  /// Waits (at most 30 s, for a loaded machine) for the finishing `.output` event and returns every event seen.
  func events(until inbox: EventInbox) async throws -> [Event] {
    var seen: [Event] = []
    let deadline = ContinuousClock.now + .seconds(30)
    while ContinuousClock.now < deadline {
      seen += inbox.drain()
      if seen.contains(where: {
        if case .output(_, true) = $0 { return true } else { return false }
      }) {
        return seen
      }
      try await Task.sleep(for: .milliseconds(10))
    }
    Issue.record("no finished output within 30 s; saw \(seen)")
    return seen
  }

  @Test func evaluatesInTheBackgroundAndEchoesExpressions() async throws {
    let effects = NotebookEffects(catalog: LessonCatalog(files: []))
    let inbox = EventInbox()
    effects.perform(.evaluate(source: "x = 20", allowsContinuation: true), inbox: inbox)
    _ = try await events(until: inbox)
    effects.perform(.evaluate(source: "x + 1", allowsContinuation: true), inbox: inbox)
    let seen = try await events(until: inbox)
    #expect(seen.last == .output([.text("21\n")], isFinished: true))
  }

  @Test func asksForMoreInputForAnOpenBlock() {
    let effects = NotebookEffects(catalog: LessonCatalog(files: []))
    let inbox = EventInbox()
    effects.perform(.evaluate(source: "def f():", allowsContinuation: true), inbox: inbox)
    #expect(inbox.drain() == [.needsMoreInput])
  }

  @Test func reportsErrorsAsPythonDoes() async throws {
    let effects = NotebookEffects(catalog: LessonCatalog(files: []))
    let inbox = EventInbox()
    effects.perform(.runCell(lessonID: "l", index: 0, source: "1 / 0"), inbox: inbox)
    let seen = try await events(until: inbox)
    guard case .output(let items, true)? = seen.last, case .error(let text)? = items.last else {
      Issue.record("expected an error output, saw \(seen)")
      return
    }
    #expect(text.hasSuffix("ZeroDivisionError: division by zero"))
  }

  @Test func completesNamesFromTheSession() {
    let effects = NotebookEffects(catalog: LessonCatalog(files: []))
    #expect(effects.complete("pri", "pri").contains("print"))
  }

  @Test func opensLessonsFromTheCatalogue() throws {
    let catalog = DocumentLessonTests.catalog
    let effects = NotebookEffects(catalog: catalog)
    let inbox = EventInbox()
    effects.perform(.openLesson(id: "sigmoid"), inbox: inbox)
    effects.perform(.openLesson(id: "missing"), inbox: inbox)
    #expect(inbox.drain() == [.lessonOpened(Document(try #require(catalog.lesson("sigmoid"))))])
  }
}

extension NotebookEffectsTests {
  @Test func eachLessonHasItsOwnSeededNamespace() async throws {
    let catalog = DocumentLessonTests.catalog
    let effects = NotebookEffects(catalog: catalog)
    let inbox = EventInbox()
    effects.perform(.runCell(lessonID: "sigmoid", index: 0, source: "shared = 1"), inbox: inbox)
    _ = try await events(until: inbox)
    effects.perform(.evaluate(source: "'shared' in dir()", allowsContinuation: true), inbox: inbox)
    #expect(try await events(until: inbox).last == .output([.text("False\n")], isFinished: true))
    effects.perform(.openLesson(id: "sigmoid"), inbox: inbox)
    effects.perform(.evaluate(source: "shared", allowsContinuation: true), inbox: inbox)
    #expect(try await events(until: inbox).last == .output([.text("1\n")], isFinished: true))
  }

  @Test func completesTheWholeWordTheEditorGives() {
    let effects = NotebookEffects(catalog: LessonCatalog(files: []))
    #expect(effects.complete("np.zeros_l", "np.zeros_l") == [])
    _ = effects.session.run(source: "import numpy as np")
    #expect(effects.complete("np.zeros_l", "np.zeros_l") == ["np.zeros_like"])
    #expect(effects.complete("z=np.zeros_l", "z=np.zeros_l") == ["z=np.zeros_like"])
  }

  @Test func completesDictKeysAfterTheQuoteReadlineBreaksAt() {
    let effects = NotebookEffects(catalog: LessonCatalog(files: []))
    _ = effects.session.run(source: "grads = {'dW1': 1, 'db1': 2, 'dW2': 3}")
    #expect(effects.complete("grads['dW", "dW") == ["dW1']", "dW2']"])
    #expect(effects.complete("grads['d", "d") == ["dW1']", "dW2']", "db1']"])
  }
}

extension NotebookEffectsTests {
  static let threeCells = LessonCatalog(files: [
    (
      "01-cells.md",
      "---\nid: cells\ntitle: Cells\nformat: 1\n---\n\n```python\nx = 2\n```\n\n```python\ny = x * 10\n```\n\n```python\nprint(x + y)\n```\n"
    )
  ])

  @Test func runningALaterCellRunsTheEarlierOnesFirst() async throws {
    let effects = NotebookEffects(catalog: Self.threeCells)
    let inbox = EventInbox()
    effects.perform(.runCell(lessonID: "cells", index: 2, source: "print(x + y)"), inbox: inbox)
    let seen = try await events(until: inbox)
    #expect(
      seen.last
        == .output(
          [.text("(ran cells 1, 2 first: this cell uses what they define)\n22\n")], isFinished: true))
    effects.perform(.runCell(lessonID: "cells", index: 2, source: "print(x - y)"), inbox: inbox)
    #expect(try await events(until: inbox).last == .output([.text("-18\n")], isFinished: true))
  }

  @Test func anEarlierCellsErrorStopsTheRun() async throws {
    let catalog = LessonCatalog(files: [
      ("01-bad.md", "---\nid: bad\ntitle: Bad\nformat: 1\n---\n\n```python\nz = 1 / 0\n```\n\n```python\nprint('after')\n```\n")
    ])
    let effects = NotebookEffects(catalog: catalog)
    let inbox = EventInbox()
    effects.perform(.runCell(lessonID: "bad", index: 1, source: "print('after')"), inbox: inbox)
    guard case .output(let items, true)? = try await events(until: inbox).last, case .error(let text)? = items.last
    else {
      Issue.record("expected the earlier cell's error")
      return
    }
    #expect(text.contains("bad cell 1"))
    #expect(!items.contains(.text("after\n")))
  }
}
