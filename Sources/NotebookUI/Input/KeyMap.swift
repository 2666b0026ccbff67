// line-budget: table
/// Keys to intents, per pane, with the labels the status bar and the help overlay show.
///
/// This table is the single place that says which key does what; the help overlay and status bar
/// are generated from it, so they cannot drift from the behaviour.
public struct KeyMap: Sendable, Equatable {
  /// One key binding: the keys, what they do, and how help describes it.
  public struct Binding: Sendable, Equatable {
    public var keys: [Key]
    public var intent: Intent
    public var help: String
    /// Shown in the status bar (the few keys that matter most here).
    public var isShownInStatusBar: Bool
    /// How the status bar and help spell the keys, when not from the keys themselves (`1-9`).
    public var label: String? = nil
    /// The status bar's shorter wording ("REPL" for "go to the REPL"), when it has one.
    public var brief: String? = nil

    /// What the status bar says the binding does.
    public var statusHelp: String { brief ?? help }

    /// The keys as the status bar (first key only) or help (all keys) spells them.
    public func keyLabel(ascii: Bool, all: Bool) -> String {
      if let label { return label }
      let keys = all ? self.keys : Array(self.keys.prefix(1))
      return keys.map { $0.label(ascii: ascii) }.joined(separator: " ")
    }
  }

  public var bindings: [Pane: [Binding]]
  /// Bindings that apply in the lesson pane while a quiz or exercise is selected or being
  /// typed into; they come before the pane's.
  public var contextBindings: [KeyContext: [Binding]]

  /// The intent of a key in a pane, if it has one there.
  public func intent(for key: Key, in pane: Pane) -> Intent? {
    bindings[pane]?.first { $0.keys.contains(key) }?.intent
  }

  /// The intent of a key in a pane with a selection context: the context's binding first.
  public func intent(for key: Key, in pane: Pane, context: KeyContext?) -> Intent? {
    if let context, let binding = contextBindings[context]?.first(where: { $0.keys.contains(key) })
    {
      return binding.intent
    }
    return intent(for: key, in: pane)
  }

  /// The standard bindings: vim-style letters and arrows in lists, readline keys in the REPL.
  public static let standard = KeyMap(
    bindings: [
      .browser: [
        Binding(
          keys: [.enter, .right, .character("l")], intent: .activate, help: "open the lesson",
          isShownInStatusBar: true, brief: "open"),
        Binding(
          keys: [.character("/")], intent: .search, help: "search lessons", isShownInStatusBar: true,
          brief: "search"),
        Binding(
          keys: [.up, .character("k")], intent: .up, help: "previous lesson",
          isShownInStatusBar: false),
        Binding(
          keys: [.down, .character("j")], intent: .down, help: "next lesson",
          isShownInStatusBar: true, brief: "next"),
        Binding(keys: [.pageUp], intent: .pageUp, help: "page up", isShownInStatusBar: false),
        Binding(keys: [.pageDown], intent: .pageDown, help: "page down", isShownInStatusBar: false),
        Binding(
          keys: [.home, .character("g")], intent: .top, help: "first lesson",
          isShownInStatusBar: false),
        Binding(
          keys: [.end, .character("G")], intent: .bottom, help: "last lesson",
          isShownInStatusBar: false),
      ] + common,
      .lesson: [
        Binding(
          keys: [.enter], intent: .activate, help: "run the selected cell", isShownInStatusBar: true,
          brief: "run cell"),
        Binding(
          keys: [.character("n")], intent: .nextCell, help: "next item",
          isShownInStatusBar: true),
        Binding(
          keys: [.character("p")], intent: .previousCell, help: "previous item",
          isShownInStatusBar: false),
        Binding(
          keys: [.up, .character("k")], intent: .up, help: "scroll up", isShownInStatusBar: false),
        Binding(
          keys: [.down, .character("j")], intent: .down, help: "scroll down",
          isShownInStatusBar: false),
        Binding(
          keys: [.pageUp, .character("b")], intent: .pageUp, help: "page up",
          isShownInStatusBar: false),
        Binding(
          keys: [.pageDown, .character(" ")], intent: .pageDown, help: "page down",
          isShownInStatusBar: false),
        Binding(
          keys: [.home, .character("g")], intent: .top, help: "top", isShownInStatusBar: false),
        Binding(
          keys: [.end, .character("G")], intent: .bottom, help: "bottom", isShownInStatusBar: false),
        Binding(
          keys: [.character("h"), .left], intent: .focus(.browser), help: "back to the lessons",
          isShownInStatusBar: true, brief: "lessons"),
        Binding(
          keys: [.character("z")], intent: .toggleMaximized, help: "lesson full width",
          isShownInStatusBar: false),
      ] + common,
      .repl: [
        Binding(
          keys: [.escape], intent: .previousPane, help: "leave the REPL", isShownInStatusBar: true,
          brief: "leave"),
        Binding(
          keys: [.control("c")], intent: .interrupt, help: "stop code, clear line",
          isShownInStatusBar: true),
        Binding(
          keys: [.pageUp], intent: .pageUp, help: "scroll up",
          isShownInStatusBar: false),
        Binding(
          keys: [.pageDown], intent: .pageDown, help: "scroll down",
          isShownInStatusBar: false),
        Binding(keys: [.backTab], intent: .nextPane, help: "next pane", isShownInStatusBar: false),
        Binding(
          keys: [.function(1)], intent: .toggleHelp, help: "all keys", isShownInStatusBar: true),
      ],
    ], contextBindings: contexts)

  /// The bindings of quizzes, exercises, the answer line and the built-in editor.
  private static let contexts: [KeyContext: [Binding]] = [
    .choiceQuiz: [
      Binding(
        keys: [.enter], intent: .activate, help: "answer",
        isShownInStatusBar: true),
      Binding(
        keys: [.up, .character("k")], intent: .previousChoice, help: "previous choice",
        isShownInStatusBar: false),
      Binding(
        keys: [.down, .character("j")], intent: .nextChoice, help: "next choice",
        isShownInStatusBar: false),
      Binding(
        keys: (1...9).map { .character(Character(String($0))) }, intent: .pickChoice,
        help: "pick a choice", isShownInStatusBar: true, label: "1-9 a-z", brief: "pick"),
      Binding(
        keys: [.character(" ")], intent: .toggleChoice, help: "tick a choice",
        isShownInStatusBar: false),
      Binding(
        keys: [.character("s")], intent: .reveal, help: "show answer (once tried)",
        isShownInStatusBar: false),
    ],
    .typedQuiz: [
      Binding(
        keys: [.enter], intent: .activate, help: "type your answer", isShownInStatusBar: true,
        brief: "answer"),
      Binding(
        keys: [.character("s")], intent: .reveal, help: "show answer (once tried)",
        isShownInStatusBar: false),
    ],
    .exercise: [
      Binding(
        keys: [.character("e"), .enter], intent: .edit, help: "edit your code",
        isShownInStatusBar: true, brief: "edit"),
      Binding(
        keys: [.character("c")], intent: .check, help: "check your code", isShownInStatusBar: true,
        brief: "check"),
      Binding(
        keys: [.character("h")], intent: .hint, help: "next hint", isShownInStatusBar: true,
        brief: "hint"),
      // Shift-R, so that r still goes to the REPL from an exercise (and reset asks first).
      Binding(
        keys: [.character("R")], intent: .reset, help: "reset to the starter",
        isShownInStatusBar: true, brief: "reset"),
      Binding(
        keys: [.character("s")], intent: .reveal, help: "show the solution",
        isShownInStatusBar: false),
    ],
    .answerLine: [
      Binding(keys: [.enter], intent: .submit, help: "send the answer", isShownInStatusBar: true),
      Binding(
        keys: [.escape, .control("c")], intent: .cancel, help: "stop typing",
        isShownInStatusBar: true),
    ],
    .codeEditor: [
      Binding(
        keys: [.control("s")], intent: .submit, help: "save and check", isShownInStatusBar: true),
      Binding(
        keys: [.escape, .control("c")], intent: .cancel, help: "close, keeping your code",
        isShownInStatusBar: true),
      Binding(
        keys: [.function(1)], intent: .toggleHelp, help: "all keys", isShownInStatusBar: false),
    ],
  ]

  /// Bindings shared by the browser and the lesson.
  private static let common: [Binding] = [
    Binding(
      keys: [.character("r"), .character(">")], intent: .focus(.repl), help: "go to the REPL",
      isShownInStatusBar: true, brief: "REPL"),
    Binding(keys: [.tab], intent: .nextPane, help: "next pane", isShownInStatusBar: true),
    Binding(
      keys: [.backTab], intent: .previousPane, help: "previous pane", isShownInStatusBar: false),
    Binding(
      keys: [.control("c"), .escape], intent: .interrupt, help: "stop running code",
      isShownInStatusBar: false),
    Binding(
      keys: [.character("?"), .function(1)], intent: .toggleHelp, help: "all keys",
      isShownInStatusBar: true),
    Binding(keys: [.character("q")], intent: .quit, help: "quit", isShownInStatusBar: true),
  ]
}
