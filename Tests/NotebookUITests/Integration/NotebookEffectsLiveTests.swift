import LessonKit
import NotebookUI
import Testing

/// Live output while code runs: figures redrawn in place, outputs posted while the run goes on,
/// and Esc/Ctrl-C stopping a training loop.
@Suite struct NotebookEffectsLiveTests {
  static let loop = """
    import matplotlib.pyplot as plt
    costs = []
    for i in range(30):
        costs.append(1.0 / (i + 1))
        plt.plot(costs)
        plt.title("cost")
        plt.show()
    print("done")
    """

  @Test func aLoopThatShowsEveryStepLeavesOneFigureUnderItsText() async throws {
    let effects = NotebookEffects(catalog: LessonCatalog(files: []))
    let inbox = EventInbox()
    effects.perform(.runCell(lessonID: "l", index: 0, source: Self.loop), inbox: inbox)
    let seen = try await NotebookEffectsTests().events(until: inbox)
    guard case .output(let items, true)? = seen.last, items.count == 2,
      case .figure(let figure) = items[0]
    else {
      Issue.record("expected a figure and text, saw \(seen)")
      return
    }
    #expect(figure.summary == "cost: y 1 -> 0.0333 over 30 steps, flat at the end")
    #expect(items[1] == .text("done\n"))
  }

  @Test func outputStreamsWhileRunningAndInterruptKeepsWhatWasShown() async throws {
    let effects = NotebookEffects(catalog: LessonCatalog(files: []))
    let inbox = EventInbox()
    let source = """
      import time
      import matplotlib.pyplot as plt
      costs = []
      i = 0
      while True:
          i += 1
          costs.append(1.0 / i)
          plt.plot(costs)
          plt.show()
          time.sleep(0.002)
      """
    effects.perform(.runCell(lessonID: "l", index: 0, source: source), inbox: inbox)
    // Live updates arrive while the loop runs (at most 50 ms apart, so several within a second).
    var live = 0
    let deadline = ContinuousClock.now + .seconds(30)
    while live < 3 && ContinuousClock.now < deadline {
      for event in inbox.drain() {
        if case .output(let items, false) = event {
          live += 1
          #expect(items.count == 1)
        }
      }
      try await Task.sleep(for: .milliseconds(10))
    }
    #expect(live >= 3)
    effects.perform(.interrupt, inbox: inbox)
    let seen = try await NotebookEffectsTests().events(until: inbox)
    guard case .output(let items, true)? = seen.last, case .error(let text)? = items.last else {
      Issue.record("expected a KeyboardInterrupt, saw \(seen)")
      return
    }
    #expect(items.count == 2)
    #expect(text.contains("KeyboardInterrupt"))
    // The namespace keeps what the loop computed.
    effects.perform(
      .runCell(lessonID: "l", index: 1, source: "print(len(costs) >= 3)"), inbox: inbox)
    #expect(
      try await NotebookEffectsTests().events(until: inbox).last
        == .output([.text("True\n")], isFinished: true))
  }
}
