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

  /// Runs the notebook with GNU readline as the REPL's editor: history in `historyPath`
  /// (`HistoryFile.path(environment:)`), Tab completion from `complete`. The history is saved
  /// when the notebook closes, however it closes.
  public static func run(
    _ state: AppState, options: CursesSession.Options, historyPath: String?,
    complete: @escaping (String) -> [String], handleEffect: @escaping Runtime.EffectHandler
  ) throws(TerminalError) -> AppState {
    let session = try CursesSession(options: options)
    let editor = ReadlineEditor(historyPath: historyPath, complete: complete)
    defer {
      editor.close()
      session.close()
    }
    var state = state
    Runtime(terminal: session, lineEditor: editor, handleEffect: handleEffect).run(&state)
    return state
  }

  /// Runs the notebook over a lesson catalogue with a MiniPython session: the one call
  /// `backprop` needs when started in a terminal.
  ///
  /// Theme from `Theme.detect` (`--no-color`, `NO_COLOR`, `--light`), ASCII glyphs for `--ascii`
  /// or `TERM=dumb`, history in `HistoryFile.path(environment:)`, completion from the session.
  /// - Throws: `TerminalError.notATerminal` when not on a terminal (print the lesson list then).
  public static func run(
    catalog: LessonCatalog, progress: [String: LessonProgress], environment: [String: String],
    arguments: [String] = []
  ) throws(TerminalError) {
    let theme = Theme.detect(environment: environment, arguments: arguments)
    let isASCII = arguments.contains("--ascii") || theme.colorMode.isASCIIOnly
    let state = AppState(
      width: 80, height: 24, lessons: TreeItem.rows(for: catalog, progress: progress), theme: theme,
      glyphs: isASCII ? .ascii : .unicode)
    let effects = NotebookEffects(catalog: catalog)
    _ = try run(
      state, options: CursesSession.Options(colorMode: theme.colorMode),
      historyPath: HistoryFile.path(environment: environment), complete: effects.complete,
      handleEffect: effects.perform)
  }
}
