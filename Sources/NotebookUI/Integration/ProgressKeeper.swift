import Dispatch
import LessonKit
import Synchronization

/// Keeps the learner's progress for the notebook: it advances the lesson engine for each step
/// (`Effect.lesson`), saves the progress after every one, and tells the UI how the learner
/// stands (`Event.lessonUpdated`), where they left a lesson (`.selectionRestored`), and the
/// lesson tree with its marks and a "Continue" row (`.lessonsListed`).
///
/// Steps run one at a time on a serial Dispatch queue (checking an exercise runs Python and may
/// take seconds; it never blocks the UI); `flush()` waits for them, so quitting loses nothing.
public final class ProgressKeeper: Sendable {
  public let store: ProgressStore
  private let lessons: Mutex<LessonCatalog>
  private let runtime: any LessonRuntime
  private let queue = DispatchQueue(label: "backprop.progress")
  private let state = Mutex(State())

  private struct State {
    var progress: [String: LessonProgress] = [:]
    /// The lesson the "Continue" row opens.
    var lastLessonID: String?
    var rows: [TreeItem] = []
  }

  public init(
    catalog: LessonCatalog, store: ProgressStore, runtime: any LessonRuntime = MiniPythonRuntime()
  ) {
    self.lessons = Mutex(catalog)
    self.store = store
    self.runtime = runtime
  }

  /// The lessons: the catalogue given at start, or the last one `replaceCatalog` was given.
  public var catalog: LessonCatalog { lessons.withLock { $0 } }

  /// Uses a reloaded catalogue from now on (live reload of `--lessons DIR`): the progress of each
  /// changed lesson is carried over (`LessonProgress.migrated(to:)`, which keeps the learner's
  /// code and the answers to unchanged quizzes), saved, and its standing posted again.
  public func replaceCatalog(_ catalog: LessonCatalog, inbox: EventInbox) {
    lessons.withLock { $0 = catalog }
    queue.async { [self] in
      let known = state.withLock { $0.progress }
      for (id, old) in known {
        guard let lesson = catalog.lesson(id), lesson.contentHash != old.contentHash else {
          continue
        }
        let progress = old.migrated(to: lesson)
        commit(progress, of: lesson, inbox: inbox)
        inbox.post(.lessonUpdated(LessonStanding(progress, for: lesson), after: nil, notice: nil))
      }
      // New, removed or retitled lessons change the tree even without progress.
      let rows: [TreeItem]? = state.withLock { state in
        let rows = treeRows(state)
        guard rows != state.rows else { return nil }
        state.rows = rows
        return rows
      }
      if let rows { inbox.post(.lessonsListed(rows)) }
    }
  }

  /// Loads every lesson's progress (a file that cannot be read is moved aside by the store).
  ///
  /// - Returns: the tree rows (a "Continue" row first when there is a lesson to go back to), and
  ///   a one-line message about unreadable progress files, if any (short enough for 80
  ///   columns with a lesson id of a dozen characters).
  public func start() -> (rows: [TreeItem], notice: String?) {
    var unreadable: [(id: String, keptAs: String)] = []
    var loaded: [String: LessonProgress] = [:]
    for lesson in catalog.lessons where exists(lesson.id) {
      let (progress, notices) = store.load(for: lesson)
      if !exists(lesson.id), !notices.isEmpty {
        unreadable.append((lesson.id, keptAs(lesson.id)))
      } else {
        loaded[lesson.id] = progress
      }
    }
    let last = mostRecentlySaved(Array(loaded.keys))
    let rows = state.withLock { state in
      state.progress = loaded
      state.lastLessonID = last
      state.rows = treeRows(state)
      return state.rows
    }
    guard let first = unreadable.first else { return (rows, nil) }
    let others = unreadable.count > 1 ? " (and \(unreadable.count - 1) more)" : ""
    return (
      rows,
      "Unreadable progress for \(first.id)\(others) set aside as \(first.keptAs); starts fresh."
    )
  }

  /// Handles `Effect.lesson`; returns `false` for every other effect.
  public func perform(_ effect: Effect, inbox: EventInbox) -> Bool {
    guard case .lesson(let lessonID, let action) = effect else { return false }
    queue.async { [self] in
      guard let lesson = catalog.lesson(lessonID) else { return }
      var progress = current(lesson)
      let notice = apply(action, to: &progress, in: lesson)
      state.withLock { $0.lastLessonID = lessonID }
      commit(progress, of: lesson, inbox: inbox)
      inbox.post(
        .lessonUpdated(LessonStanding(progress, for: lesson), after: action, notice: notice))
    }
    return true
  }

  /// Call after the lesson `id` opened: posts the learner's standing in it and where they left
  /// it, and makes it the lesson "Continue" opens.
  public func lessonOpened(_ id: String, inbox: EventInbox) {
    queue.async { [self] in
      guard let lesson = catalog.lesson(id) else { return }
      let known = state.withLock { $0.progress[id] }
      let (progress, notices) = known.map { ($0, []) } ?? store.load(for: lesson)
      state.withLock { $0.lastLessonID = id }
      commit(progress, of: lesson, inbox: inbox)
      inbox.post(
        .lessonUpdated(LessonStanding(progress, for: lesson), after: nil, notice: notices.first))
      if let item = item(at: progress.position, in: lesson) {
        inbox.post(.selectionRestored(lessonID: id, item))
      }
    }
  }

  /// Waits until every step asked for so far is saved.
  public func flush() {
    queue.sync {}
  }

  /// The progress of a lesson as last saved (fresh if none).
  public func progress(of lesson: Lesson) -> LessonProgress {
    state.withLock { $0.progress[lesson.id] } ?? LessonProgress(lesson: lesson)
  }

  // MARK: - Private

  private func current(_ lesson: Lesson) -> LessonProgress {
    if let known = state.withLock({ $0.progress[lesson.id] }) { return known }
    return store.load(for: lesson).progress
  }

  /// Advances the engine; returns the one-line message to show, if any.
  private func apply(_ action: LessonAction, to progress: inout LessonProgress, in lesson: Lesson)
    -> String?
  {
    let engine = LessonEngine(lesson: lesson, runtime: runtime)
    let event: LessonEvent
    switch action {
    case .answer(let quiz, let input): event = .answer(quiz: quiz, input: input)
    case .revealAnswer(let quiz): event = .revealAnswer(quiz: quiz)
    case .check(let exercise, let code): event = .submit(exercise: exercise, code: code)
    case .save(let exercise, let code): event = .edit(exercise: exercise, code: code)
    case .revealHint(let exercise): event = .revealHint(exercise: exercise)
    case .reset(let exercise): event = .resetExercise(exercise)
    case .revealSolution(let exercise): event = .requestSolution(exercise: exercise)
    case .select(let item):
      if let block = block(of: item, in: lesson) { progress.position = block }
      return nil
    case .cellRan(let cell, let output):
      if let block = block(of: .cell(cell), in: lesson) {
        progress.cellOutputs[block] = output
      }
      return nil
    }
    var (next, outputs) = engine.advance(progress, with: event)
    if case .confirmSolution(let id)? = outputs.first {
      (next, outputs) = engine.advance(next, with: .confirmSolution(exercise: id))
    }
    progress = next
    if let block = actionBlock(action, in: lesson) { progress.position = block }
    return outputs.lazy.compactMap(Self.notice).first
  }

  /// Marks the lesson finished when it is, saves it, and sends the tree again if a mark changed.
  private func commit(_ progress: LessonProgress, of lesson: Lesson, inbox: EventInbox) {
    var progress = progress
    if !progress.isFinished && isComplete(progress, lesson) { progress.isFinished = true }
    do {
      try store.save(progress)
    } catch {
      inbox.post(.notice("Your progress could not be saved: \(error)"))
    }
    let changedRows: [TreeItem]? = state.withLock { state in
      state.progress[lesson.id] = progress
      let rows = treeRows(state)
      guard rows != state.rows else { return nil }
      state.rows = rows
      return rows
    }
    if let changedRows { inbox.post(.lessonsListed(changedRows)) }
  }

  /// Every quiz answered (or its answer shown) and every exercise solved; a lesson with neither
  /// is complete once each of its cells has run.
  private func isComplete(_ progress: LessonProgress, _ lesson: Lesson) -> Bool {
    let quizzes = lesson.quizzes.allSatisfy {
      progress.quizzes[$0.id].map { $0.isSolved || $0.answerRevealed } ?? false
    }
    let exercises = lesson.exercises.allSatisfy { progress.exercises[$0.id]?.isSolved ?? false }
    if !lesson.quizzes.isEmpty || !lesson.exercises.isEmpty { return quizzes && exercises }
    let cells = lesson.blocks.indices.filter {
      if case .cell = lesson.blocks[$0].kind { true } else { false }
    }
    return cells.allSatisfy { progress.cellOutputs[$0] != nil }
  }

  private func treeRows(_ state: State) -> [TreeItem] {
    let rows = TreeItem.rows(for: catalog, progress: state.progress)
    guard let id = state.lastLessonID, let lesson = catalog.lesson(id),
      let row = rows.first(where: { $0.id == id })
    else { return rows }
    return [TreeItem(id: id, title: "Continue: " + lesson.header.title, mark: row.mark)] + rows
  }

  private static func notice(_ output: LessonOutput) -> String? {
    switch output {
    case .notice(let text): return text
    case .inputError(let text): return "Cannot read that answer: " + text + "."
    default: return nil
    }
  }
}
