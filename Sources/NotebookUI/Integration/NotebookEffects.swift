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
/// outputs stream back through the inbox as `.output(itemsSoFar, isFinished: false)` every 50 ms
/// while something new arrived, then once with `isFinished: true`. The items are folded by
/// `RunOutput`: a figure redrawn by a loop and `model.fit`'s progress bar and loss curve replace
/// themselves in place, text appends. `.interrupt` raises the running session's flag, so a
/// training loop stops with `KeyboardInterrupt` and keeps what it computed.
public final class NotebookEffects: Sendable {
  private let namespaces = Mutex(Namespaces())
  private let lessons: Mutex<LessonCatalog>

  public init(catalog: LessonCatalog) {
    lessons = Mutex(catalog)
  }

  /// The lessons it opens: the catalogue given at start, or the last one a live reload
  /// handed to `replaceCatalog(_:)`.
  public var catalog: LessonCatalog { lessons.withLock { $0 } }

  /// Uses a reloaded catalogue from now on (`LessonReloader`); namespaces are kept, so a
  /// learner's variables survive an author's edit.
  public func replaceCatalog(_ catalog: LessonCatalog) {
    lessons.withLock { $0 = catalog }
  }

  /// The session the REPL runs in now: the open lesson's, or the scratch one.
  public var session: Session { current().session }

  /// Applies a live reload: later opens and cell runs use the new lessons, each changed lesson's
  /// new text is posted (`.lessonReloaded`; only the open one is shown), then a one-line notice:
  /// the first parse error, or `Reloaded <titles>` (which also replaces an earlier error).
  /// Which cells already ran follows their source text, so a cell an author inserts counts as
  /// not run. (`ProgressKeeper.replaceCatalog` carries progress over and posts the tree.)
  public func apply(_ change: LessonReloader.Change, inbox: EventInbox) {
    let previous = catalog
    replaceCatalog(change.catalog)
    for lesson in change.changedLessons {
      let oldSources = previous.lesson(lesson.id)?.cells.map(\.source) ?? []
      let newSources = lesson.cells.map(\.source)
      namespaces.withLock { $0.byLesson[lesson.id] }?.ranCells.withLock { ran in
        let ranSources = Set(ran.compactMap { oldSources[safe: $0] })
        ran = Set(newSources.indices.filter { ranSources.contains(newSources[$0]) })
      }
      inbox.post(.lessonReloaded(Document(lesson)))
    }
    if let notice = change.notice {
      inbox.post(.notice(notice))
    } else if !change.changedLessons.isEmpty {
      let titles = change.changedLessons.map(\.header.title).joined(separator: ", ")
      inbox.post(.notice("Reloaded " + titles))
    }
  }

  /// Completion candidates for the line editor: full replacements for `word`, the end of `line`
  /// (the text before the caret) that the editor replaces.
  public func complete(_ line: String, _ word: String) -> [String] {
    session.completions(for: line).replacing(inWord: word)
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
      let namespace = namespace(for: lessonID)
      let cells = catalog.lesson(lessonID)?.cells.map(\.source) ?? []
      let earlier = namespace.ranCells.withLock { ran in (0..<min(index, cells.count)).filter { !ran.contains($0) } }
      start(namespace, inbox) { session in
        // A cell usually needs what the cells above it define: run the ones not yet run
        // first, in order, and stop at the first that fails.
        if !earlier.isEmpty {
          let names = earlier.map { String($0 + 1) }.joined(separator: ", ")
          namespace.live.append(.text("(ran cell\(earlier.count == 1 ? "" : "s") \(names) first: this cell uses what \(earlier.count == 1 ? "it defines" : "they define"))\n"))
        }
        for cell in earlier {
          let result = session.run(source: cells[cell], fileName: "\(lessonID) cell \(cell + 1)")
          guard result.error == nil else { return result }
          namespace.ranCells.withLock { _ = $0.insert(cell) }
        }
        let result = session.run(source: source, fileName: "\(lessonID) cell \(index + 1)")
        if result.error == nil { namespace.ranCells.withLock { _ = $0.insert(index) } }
        return result
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
    // A Dispatch queue, not a Task: the run blocks its thread for as long as the code runs. A
    // queue of its own, not the global one: the global pool has a thread per core, and a run
    // holding one of them would delay the live-output and watchdog timers that share it.
    DispatchQueue(label: "backprop.notebook.run").async { [self] in
      _ = body(namespace.session)
      namespaces.withLock { if $0.running === namespace { $0.running = nil } }
      namespace.live.finish()
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
    /// The lesson cells that ran without an error in this namespace.
    let ranCells = Mutex<Set<Int>>([])

    init(seed: UInt64) {
      let live = LiveOutput()
      self.live = live
      self.session = MiniPythonRuntime.seededSession(seed: seed, output: { live.append($0) })
    }
  }
}
