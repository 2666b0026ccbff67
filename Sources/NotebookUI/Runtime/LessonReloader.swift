import Dispatch
import LessonKit
import Synchronization

/// Live reload of a lesson folder (`backprop --lessons DIR`, for authors): polls the folder's
/// file stamps about once a second on a Dispatch timer and, when they change, reloads it.
///
/// A lesson that no longer parses keeps its last good version (the learner keeps reading and
/// running it) and the first error becomes a one-line notice; the next good save clears it.
/// The reloader does no I/O of its own: the host injects how to stamp and load the folder
/// (`LessonCatalog.stamp(of:)`, `LessonCatalog.load(directory:)`), so tests drive it with values.
///
/// ```swift
/// let reloader = LessonReloader(
///   catalog: catalog, stamp: { LessonCatalog.stamp(of: folder) },
///   load: { try? LessonCatalog.load(directory: folder) }
/// ) { change in /* post the change's events to the inbox */ }
/// reloader.start()
/// ```
public final class LessonReloader: Sendable {
  /// What a reload found.
  public struct Change: Sendable {
    /// The catalogue to use from now on: fresh lessons, and the last good version of any lesson
    /// whose file failed to parse.
    public var catalog: LessonCatalog
    /// The lessons whose text changed (or that are new), in catalogue order.
    public var changedLessons: [Lesson]
    /// The first error as one line (`reload: FILE:LINE: error: ...`), or `nil` when every file parsed.
    public var notice: String?
  }

  private struct State {
    var catalog: LessonCatalog
    var stamp: [String: String]
    var notice: String?
    var timer: (any DispatchSourceTimer)?
  }

  private let state: Mutex<State>
  private let stamp: @Sendable () -> [String: String]
  private let load: @Sendable () -> LessonCatalog?
  private let onChange: @Sendable (Change) -> Void
  private let queue = DispatchQueue(label: "backprop.lesson-reloader")

  /// - Parameters:
  ///   - catalog: the catalogue loaded at start.
  ///   - stamp: the folder's stamp now (file name to size and modification time).
  ///   - load: the folder parsed now, `nil` when it cannot be read.
  ///   - onChange: called on the reloader's queue after each reload that changed something.
  public init(
    catalog: LessonCatalog, stamp: @escaping @Sendable () -> [String: String],
    load: @escaping @Sendable () -> LessonCatalog?,
    onChange: @escaping @Sendable (Change) -> Void
  ) {
    self.stamp = stamp
    self.load = load
    self.onChange = onChange
    let notice = Self.notice(for: catalog)
    state = Mutex(State(catalog: catalog, stamp: stamp(), notice: notice))
  }

  deinit {
    state.withLock { $0.timer?.cancel() }
  }

  /// Starts polling every `interval` (a Dispatch timer, never Swift concurrency).
  public func start(interval: Duration = .seconds(1)) {
    let (seconds, attoseconds) = interval.components
    let milliseconds = Int(seconds) * 1000 + Int(attoseconds / 1_000_000_000_000_000)
    state.withLock { state in
      state.timer?.cancel()
      let timer = DispatchSource.makeTimerSource(queue: queue)
      timer.schedule(
        deadline: .now() + .milliseconds(milliseconds), repeating: .milliseconds(milliseconds),
        leeway: .milliseconds(100))
      timer.setEventHandler { [weak self] in self?.poll() }
      timer.resume()
      state.timer = timer
    }
  }

  /// Stops polling.
  public func stop() {
    state.withLock {
      $0.timer?.cancel()
      $0.timer = nil
    }
  }

  /// Checks the folder once; reloads and reports when its stamp changed. Returns the change, if any.
  @discardableResult
  public func poll() -> Change? {
    let now = stamp()
    let previous: LessonCatalog? = state.withLock { state in
      guard now != state.stamp else { return nil }
      state.stamp = now
      return state.catalog
    }
    guard let previous, let fresh = load() else { return nil }
    let change = Self.merge(fresh, keeping: previous)
    let isNew: Bool = state.withLock { state in
      let isNew =
        !change.changedLessons.isEmpty || change.notice != state.notice
        || change.catalog.lessons.map(\.id) != state.catalog.lessons.map(\.id)
      state.catalog = change.catalog
      state.notice = change.notice
      return isNew
    }
    guard isNew else { return nil }
    onChange(change)
    return change
  }

  /// The catalogue after a reload: the fresh lessons, plus the previous version of each lesson
  /// whose file now fails to parse; which lessons changed; and the first error as a notice.
  public static func merge(_ fresh: LessonCatalog, keeping previous: LessonCatalog) -> Change {
    let failed = Set(fresh.diagnostics.filter { $0.severity == .error }.map(\.location.file))
    var catalog = fresh
    let freshIDs = Set(fresh.lessons.map(\.id))
    for lesson in previous.lessons where failed.contains(lesson.file) && !freshIDs.contains(lesson.id) {
      catalog.lessons.append(lesson)
    }
    catalog.lessons.sort { $0.file < $1.file }
    let changed = catalog.lessons.filter { previous.lesson($0.id)?.contentHash != $0.contentHash }
    return Change(catalog: catalog, changedLessons: changed, notice: notice(for: fresh))
  }

  /// The first error of a catalogue's diagnostics on one line, with how many more there are.
  static func notice(for catalog: LessonCatalog) -> String? {
    let errors = catalog.diagnostics.filter { $0.severity == .error }
    guard let first = errors.first else { return nil }
    let line = first.description.split(separator: "\n").first.map(String.init) ?? ""
    let more = errors.count > 1 ? " (and \(errors.count - 1) more)" : ""
    return "reload: " + line + more
  }
}
