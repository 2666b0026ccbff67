import FoundationEssentials
import Glibc
import LessonKit
import NotebookUI
import TextPlot

/// Starts the full-screen notebook: the entry point `backprop` calls from `main`.
public enum Notebook {
  /// Runs the notebook on the process's terminal until the learner quits (or a termination
  /// signal arrives), then restores the terminal and returns the final state.
  ///
  /// - Parameters:
  ///   - state: the initial state (size is taken from the terminal).
  ///   - options: colour mode and mouse.
  ///   - lineEditor: the REPL's editor; the caller usually passes a `ReadlineEditor`.
  ///   - handleEffect: performs evaluate/openLesson/runCell/interrupt, posting results to the inbox.
  /// - Throws: `TerminalError` when there is no usable terminal (print a plain-text fallback then).
  public static func run(
    _ state: AppState, options: CursesSession.Options, lineEditor: any LineEditor,
    handleEffect: @escaping Runtime.EffectHandler
  ) throws(TerminalError) -> AppState {
    let session = try CursesSession(options: options)
    defer { session.close() }
    var state = state
    let runtime = Runtime(terminal: session, lineEditor: lineEditor, handleEffect: handleEffect)
    runtime.run(&state)
    return state
  }

  /// Runs the notebook with GNU readline as the REPL's editor.
  ///
  /// History lives in `historyPath` (`HistoryFile.path(environment:)`), Tab completes from
  /// `complete`; the history is saved when the notebook closes, however it closes.
  ///
  /// With `editorCommand` (`ExternalEditor.command(environment:)`), `.editExercise` is performed
  /// here: the terminal is handed to the learner's editor and taken back, and the outcome
  /// arrives as `.exerciseEdited`.
  public static func run(
    _ state: AppState, options: CursesSession.Options, historyPath: String?,
    complete: @escaping LineCompletion, editorCommand: String? = nil,
    inbox: EventInbox = EventInbox(), handleEffect: @escaping Runtime.EffectHandler
  ) throws(TerminalError) -> AppState {
    let session = try CursesSession(options: options)
    let editor = ReadlineEditor(historyPath: historyPath, complete: complete)
    defer {
      editor.close()
      session.close()
    }
    let handler: Runtime.EffectHandler = { effect, inbox in
      guard case .editExercise(let lessonID, let exerciseID, let code) = effect,
        let editorCommand
      else { return handleEffect(effect, inbox) }
      let outcome = session.suspended {
        ExternalEditor.edit(code, fileName: exerciseID + ".py", command: editorCommand)
      }
      inbox.post(.exerciseEdited(lessonID: lessonID, exerciseID: exerciseID, outcome))
      let size = session.size
      inbox.post(.resize(width: size.width, height: size.height))
    }
    var state = state
    Runtime(terminal: session, lineEditor: editor, inbox: inbox, handleEffect: handler).run(&state)
    return state
  }

  /// Runs the notebook over a lesson catalogue with a MiniPython session and the learner's
  /// progress: the one call `backprop` needs when started in a terminal.
  ///
  /// Theme from `Theme.detect` (`--no-color`, `NO_COLOR`, `--light`), ASCII glyphs for `--ascii`
  /// or `TERM=dumb`, history in `HistoryFile.path(environment:)`, completion from the session,
  /// exercises edited in `$VISUAL`/`$EDITOR` (the built-in editor when neither is set). Progress
  /// is loaded from `store` (the tree offers "Continue" to the lesson used last; an unreadable
  /// file is moved aside and said so in one line) and saved after every step. With
  /// `lessonsDirectory` (`--lessons DIR`) the folder is watched about once a second and an edited
  /// lesson is shown in place (`LessonReloader`).
  /// - Throws: `TerminalError.notATerminal` when not on a terminal (print the lesson list then).
  public static func run(
    catalog: LessonCatalog, store: ProgressStore, environment: [String: String],
    arguments: [String] = [], lessonsDirectory: URL? = nil
  ) throws(TerminalError) {
    let theme = Theme.detect(environment: environment, arguments: arguments)
    let isASCII = arguments.contains("--ascii") || theme.colorMode.isASCIIOnly
    let keeper = ProgressKeeper(catalog: catalog, store: store)
    defer { keeper.flush() }
    let (rows, notice) = keeper.start()
    var state = AppState(
      width: 80, height: 24, lessons: rows, theme: theme, glyphs: isASCII ? .ascii : .unicode)
    state.notice = notice
    let editorCommand = ExternalEditor.command(environment: environment)
    state.hasExternalEditor = editorCommand != nil
    let effects = NotebookEffects(catalog: catalog)
    let inbox = EventInbox()
    let reloader = lessonsDirectory.map { folder in
      LessonReloader(
        catalog: catalog, stamp: { LessonCatalog.stamp(of: folder) },
        load: { try? LessonCatalog.load(directory: folder) }
      ) { change in
        effects.apply(change, inbox: inbox)
        keeper.replaceCatalog(change.catalog, inbox: inbox)
      }
    }
    reloader?.start()
    defer { reloader?.stop() }
    _ = try run(
      state, options: CursesSession.Options(colorMode: theme.colorMode),
      historyPath: HistoryFile.path(environment: environment), complete: effects.complete,
      editorCommand: editorCommand, inbox: inbox
    ) { effect, inbox in
      if keeper.perform(effect, inbox: inbox) { return }
      effects.perform(effect, inbox: inbox)
      if case .openLesson(let id) = effect { keeper.lessonOpened(id, inbox: inbox) }
    }
  }
}
