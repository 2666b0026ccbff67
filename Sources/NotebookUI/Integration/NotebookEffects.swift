import LessonKit
import MiniPython
import Synchronization

/// The app's effect handler for the notebook: lessons from a catalogue, code run by one MiniPython
/// session shared by the lesson's cells and the REPL.
///
/// Pass `perform` to `Runtime` (or `Notebook.run`). Code runs off the UI thread (a detached task;
/// the session runs it on its own large-stack thread); outputs stream back through the inbox as
/// `.output(itemsSoFar, isFinished: false)` at most every 50 ms, then once with
/// `isFinished: true`. `.interrupt` raises the session's flag, so a training loop stops with
/// `KeyboardInterrupt` and keeps what it computed.
public final class NotebookEffects: Sendable {
  public let catalog: LessonCatalog
  public let session: Session
  private let live: LiveOutput

  public init(catalog: LessonCatalog) {
    let live = LiveOutput()
    self.catalog = catalog
    self.live = live
    self.session = Session(output: { live.append(OutputItem($0)) })
  }

  /// Completion candidates for the word before the caret, for the line editor.
  public func complete(_ word: String) -> [String] {
    session.completions(for: word).candidates
  }

  /// Performs one effect; results arrive in `inbox`.
  public func perform(_ effect: Effect, inbox: EventInbox) {
    switch effect {
    case .openLesson(let id):
      guard let lesson = catalog.lesson(id) else { return }
      inbox.post(.lessonOpened(Document(lesson)))
    case .evaluate(let source, let allowsContinuation):
      if allowsContinuation && Session.needsMoreInput(source) {
        inbox.post(.needsMoreInput)
        return
      }
      start(inbox) { $0.evaluateInteractive(source) }
    case .runCell(let lessonID, let index, let source):
      start(inbox) { $0.run(source: source, fileName: "\(lessonID) cell \(index + 1)") }
    case .interrupt:
      session.interrupt.raise()
    default:
      break
    }
  }

  private func start(_ inbox: EventInbox, _ body: @escaping @Sendable (Session) -> RunResult) {
    let session = session
    let live = live
    live.begin(inbox)
    Task.detached {
      _ = body(session)
      inbox.post(.output(live.finish(), isFinished: true))
    }
  }

  /// The outputs of the running code, posted to the inbox at most every 50 ms.
  private final class LiveOutput: Sendable {
    private struct State {
      var items: [OutputItem] = []
      var inbox: EventInbox?
      var lastPost = ContinuousClock.now
    }

    private let state = Mutex(State())

    func begin(_ inbox: EventInbox) {
      state.withLock { $0 = State(inbox: inbox) }
    }

    func append(_ item: OutputItem) {
      let post: (EventInbox, [OutputItem])? = state.withLock { state in
        if case .text(let piece) = item, case .text(let previous)? = state.items.last {
          state.items[state.items.count - 1] = .text(previous + piece)
        } else {
          state.items.append(item)
        }
        let now = ContinuousClock.now
        guard let inbox = state.inbox, now - state.lastPost >= .milliseconds(50) else { return nil }
        state.lastPost = now
        return (inbox, state.items)
      }
      if let (inbox, items) = post { inbox.post(.output(items, isFinished: false)) }
    }

    func finish() -> [OutputItem] {
      state.withLock { state in
        state.inbox = nil
        return state.items
      }
    }
  }
}
