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
  }

  public var bindings: [Pane: [Binding]]

  /// The intent of a key in a pane, if it has one there.
  public func intent(for key: Key, in pane: Pane) -> Intent? {
    bindings[pane]?.first { $0.keys.contains(key) }?.intent
  }

  /// The standard bindings: vim-style letters and arrows in lists, readline keys in the REPL.
  public static let standard = KeyMap(bindings: [
    .browser: [
      Binding(
        keys: [.enter, .right, .character("l")], intent: .activate, help: "open the lesson",
        isShownInStatusBar: true),
      Binding(
        keys: [.character("/")], intent: .search, help: "search lessons", isShownInStatusBar: true),
      Binding(
        keys: [.up, .character("k")], intent: .up, help: "previous lesson",
        isShownInStatusBar: false),
      Binding(
        keys: [.down, .character("j")], intent: .down, help: "next lesson", isShownInStatusBar: true
      ),
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
        keys: [.enter], intent: .activate, help: "run the selected cell", isShownInStatusBar: true),
      Binding(
        keys: [.character("n")], intent: .nextCell, help: "next code cell", isShownInStatusBar: true
      ),
      Binding(
        keys: [.character("p")], intent: .previousCell, help: "previous code cell",
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
        keys: [.left, .character("h")], intent: .focus(.browser), help: "back to the lessons",
        isShownInStatusBar: false),
    ] + common,
    .repl: [
      Binding(
        keys: [.escape], intent: .previousPane, help: "leave the REPL", isShownInStatusBar: true),
      Binding(
        keys: [.control("c")], intent: .interrupt, help: "stop code or clear the line",
        isShownInStatusBar: true),
      Binding(
        keys: [.pageUp], intent: .pageUp, help: "scroll the transcript up",
        isShownInStatusBar: false),
      Binding(
        keys: [.pageDown], intent: .pageDown, help: "scroll the transcript down",
        isShownInStatusBar: false),
      Binding(keys: [.backTab], intent: .nextPane, help: "next pane", isShownInStatusBar: false),
      Binding(
        keys: [.function(1)], intent: .toggleHelp, help: "all keys", isShownInStatusBar: true),
    ],
  ])

  /// Bindings shared by the browser and the lesson.
  private static let common: [Binding] = [
    Binding(keys: [.tab], intent: .nextPane, help: "next pane", isShownInStatusBar: true),
    Binding(
      keys: [.backTab], intent: .previousPane, help: "previous pane", isShownInStatusBar: false),
    Binding(
      keys: [.character("r"), .character(">")], intent: .focus(.repl), help: "go to the REPL",
      isShownInStatusBar: true),
    Binding(
      keys: [.control("c"), .escape], intent: .interrupt, help: "stop running code",
      isShownInStatusBar: false),
    Binding(
      keys: [.character("?"), .function(1)], intent: .toggleHelp, help: "all keys",
      isShownInStatusBar: true),
    Binding(keys: [.character("q")], intent: .quit, help: "quit", isShownInStatusBar: true),
  ]
}
