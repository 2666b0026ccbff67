import Dispatch
import LessonKit
import MiniPython
import Synchronization

/// The app's effect handler for the notebook: lessons from a catalogue, code run in MiniPython.
///
/// Each lesson has its own namespace, seeded as `backprop lint` seeds it
/// (`MiniPythonRuntime.seededSession`), so a cell shows what its lesson recorded; the lesson's
/// cells and the REPL share it while that lesson is open. Before any lesson is open the REPL has a
/// scratch namespace. Pass `perform` to `Runtime` (or `Notebook.run`). Code runs off the UI thread
/// (a Dispatch queue; the session runs it on its own large-stack thread), one run at a time;
/// outputs stream back through the inbox as `.output(itemsSoFar, isFinished: false)` at most every
/// 50 ms, then once with `isFinished: true`. `.interrupt` raises the running session's flag, so a
/// training loop stops with `KeyboardInterrupt` and keeps what it computed.
public final class NotebookEffects: Sendable {
  public let catalog: LessonCatalog
  private let namespaces = Mutex(Namespaces())

  public init(catalog: LessonCatalog) {
    self.catalog = catalog
  }

  /// The session the REPL runs in now: the open lesson's, or the scratch one.
  public var session: Session { current().session }

  /// Completion candidates for the word before the caret, for the line editor.
  public func complete(_ word: String) -> [String] {
    session.completions(for: word).replacing(inWord: word)
  }

  /// Performs one effect; results arrive in `inbox`.
  public func perform(_ effect: Effect, inbox: EventInbox) {
    switch effect {
    case .openLesson(let id):
      guard let lesson = catalog.lesson(id) else { return }
      namespaces.withLock { $0.openLessonID = id }
      inbox.post(.lessonOpened(Document(lesson)))
    case .evaluate(let source, let allowsContinuation):
      if allowsContinuation && Session.needsMoreInput(source) {
        inbox.post(.needsMoreInput)
        return
      }
      start(current(), inbox) { $0.evaluateInteractive(source) }
    case .runCell(let lessonID, let index, let source):
      start(namespace(for: lessonID), inbox) {
        $0.run(source: source, fileName: "\(lessonID) cell \(index + 1)")
      }
    case .interrupt:
      namespaces.withLock { $0.running }?.session.interrupt.raise()
    default:
      break
    }
  }

  private func current() -> Namespace {
    let id = namespaces.withLock { $0.openLessonID }
    return id.map(namespace(for:)) ?? namespace(for: nil)
  }

  /// A lesson's namespace (or the scratch one for `nil`), created on first use.
  private func namespace(for lessonID: String?) -> Namespace {
    let seed = lessonID.flatMap { catalog.lesson($0)?.header.seed } ?? 0
    return namespaces.withLock { state in
      if let existing = state.byLesson[lessonID ?? ""] { return existing }
      let created = Namespace(seed: seed)
      state.byLesson[lessonID ?? ""] = created
      return created
    }
  }

  private func start(
    _ namespace: Namespace, _ inbox: EventInbox, _ body: @escaping @Sendable (Session) -> RunResult
  ) {
    namespaces.withLock { $0.running = namespace }
    namespace.live.begin(inbox)
    // A Dispatch queue, not a Task: the run blocks its thread for as long as the code runs.
    DispatchQueue.global().async { [self] in
      _ = body(namespace.session)
      namespaces.withLock { if $0.running === namespace { $0.running = nil } }
      inbox.post(.output(namespace.live.finish(), isFinished: true))
    }
  }

  /// Which namespaces exist, which lesson is open and which namespace is running code.
  private struct Namespaces {
    var byLesson: [String: Namespace] = [:]
    var openLessonID: String?
    var running: Namespace?
  }

  /// A MiniPython session and the live output of the code it runs.
  private final class Namespace: Sendable {
    let session: Session
    let live: LiveOutput

    init(seed: UInt64) {
      let live = LiveOutput()
      self.live = live
      self.session = MiniPythonRuntime.seededSession(seed: seed, output: { live.append(OutputItem($0)) })
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
