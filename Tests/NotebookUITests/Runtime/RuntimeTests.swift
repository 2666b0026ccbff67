import NotebookUI
import Testing

@Suite struct RuntimeTests {
  /// Records effects and answers `openLesson` and `evaluate` at once through the inbox.
  final class Handler {
    var effects: [Effect] = []

    func perform(_ effect: Effect, inbox: EventInbox) {
      effects.append(effect)
      switch effect {
      case .openLesson: inbox.post(.lessonOpened(Fixtures.document))
      case .evaluate(let source, _): inbox.post(.output([.text("ran " + source)], isFinished: true))
      default: break
      }
    }
  }

  @Test func scriptedSessionOpensALessonUsesTheReplAndQuits() {
    let terminal = MemoryTerminal(
      width: 40, height: 12,
      script: [.key(.down), .key(.enter), .tick, .key(.character("r"))]
        + "1+1".map { .key(.character($0)) } + [
          .key(.enter), .tick, .key(.escape), .key(.character("q")),
        ])
    let handler = Handler()
    let runtime = Runtime(
      terminal: terminal, lineEditor: MemoryLineEditor(), handleEffect: handler.perform)
    var state = Fixtures.state(width: 0, height: 0)
    runtime.run(&state)
    #expect(
      handler.effects == [
        .openLesson(id: "logistic"), .evaluate(source: "1+1", allowsContinuation: true),
      ])
    #expect(
      state.transcript.entries == [.input(prompt: ">>> ", text: "1+1"), .output(.text("ran 1+1"))])
    #expect(state.focus == .lesson)
    // A first frame, one per key but the last (quit), and one per tick that found results in the
    // inbox (the opened lesson, the output): 1 + 8 + 2.
    #expect(terminal.frames.count == 11)
    // The lesson's title is in the top bar; its pane's header names its section.
    #expect(terminal.lastFrame?.lines[0] == " Backprop · Logistic regression         ")
    #expect(terminal.lastFrame?.lines[1] == " 1 Neural networks                      ")
  }

  @Test func resizeRedrawsAtTheNewSize() {
    let terminal = MemoryTerminal(
      width: 40, height: 12, script: [.resize(width: 20, height: 6), .key(.character("q"))])
    let runtime = Runtime(
      terminal: terminal, lineEditor: MemoryLineEditor(), handleEffect: { _, _ in })
    var state = Fixtures.state(width: 0, height: 0)
    runtime.run(&state)
    #expect(terminal.frames.map(\.width) == [40, 20])
    #expect(terminal.lastFrame?.lines[0] == "Too small: 20x6     ")
  }

  @Test func eventsPostedFromAnotherThreadArrive() async {
    let inbox = EventInbox()
    await withTaskGroup(of: Void.self) { group in
      for index in 0..<100 {
        group.addTask { inbox.post(.output([.text("\(index)")], isFinished: false)) }
      }
    }
    #expect(inbox.drain().count == 100)
    #expect(inbox.drain().isEmpty)
  }
}
