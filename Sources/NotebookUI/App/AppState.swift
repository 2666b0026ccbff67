/// The whole state of the notebook: the terminal size, the panes' states, focus and overlays.
///
/// `update(_:with:)` changes it in response to events and `render(_:into:)` draws it; both are
/// pure, so every behaviour is tested by scripting events and comparing screens.
public struct AppState: Sendable, Equatable {
  /// What is running now, so output lands in the right place.
  public enum RunTarget: Sendable, Equatable {
    case repl
    case cell(Int)
  }

  /// Below this the notebook shows a single "too small" line instead of its panes.
  public static let minimumWidth = 40
  public static let minimumHeight = 10

  public var width: Int
  public var height: Int
  public var focus: Pane
  public var browser: TreeListState
  public var lesson: LessonPaneState
  public var transcript: TranscriptState
  public var isHelpShown: Bool
  /// The first line of the help overlay shown (it scrolls when it does not fit).
  public var helpScroll: Int
  /// A question the status bar asks (quit while code runs, reset an exercise, show a solution).
  public var confirmation: Confirmation?
  /// A one-line message in the status bar, cleared by the next key.
  public var notice: String?
  /// Whether `$VISUAL` or `$EDITOR` is set: exercises open there, else in the built-in editor.
  public var hasExternalEditor: Bool
  public var running: RunTarget?
  /// The lesson fills the window (`z`): no browser, the REPL down to its prompt. Only in the wide
  /// layout, and only while the lesson has focus.
  public var isLessonMaximized: Bool
  public var theme: Theme
  public var glyphs: Glyphs
  public var keyMap: KeyMap

  public init(
    width: Int, height: Int, lessons: [TreeItem] = [], theme: Theme = .dark,
    glyphs: Glyphs = .unicode, keyMap: KeyMap = .standard
  ) {
    self.width = width
    self.height = height
    self.focus = .browser
    self.browser = TreeListState(items: lessons)
    self.lesson = LessonPaneState()
    self.transcript = TranscriptState()
    self.isHelpShown = false
    self.helpScroll = 0
    self.confirmation = nil
    self.notice = nil
    self.hasExternalEditor = false
    self.running = nil
    self.isLessonMaximized = false
    self.theme = theme
    self.glyphs = glyphs
    self.keyMap = keyMap
  }

  /// `q` was pressed while code runs: the status bar asks before quitting.
  public var isConfirmingQuit: Bool {
    get { confirmation == .quit }
    set { confirmation = newValue ? .quit : (confirmation == .quit ? nil : confirmation) }
  }

  /// What selection in the lesson pane changes the keys: an open editor or answer line, or
  /// the selected quiz or exercise.
  public var keyContext: KeyContext? {
    guard focus == .lesson else { return nil }
    if lesson.editor != nil { return .codeEditor }
    if let quiz = lesson.selectedQuiz {
      if quiz.input != nil { return .answerLine }
      return quiz.kind.isChoice ? .choiceQuiz : .typedQuiz
    }
    return lesson.selectedExercise == nil ? nil : .exercise
  }

  /// Whether the terminal is below the minimum size.
  public var isTooSmall: Bool { width < Self.minimumWidth || height < Self.minimumHeight }

  /// Where each part goes at the current size.
  public var layout: Layout {
    Layout(
      width: width, height: height, focus: focus,
      isLessonMaximized: isLessonMaximized && focus == .lesson)
  }
}
