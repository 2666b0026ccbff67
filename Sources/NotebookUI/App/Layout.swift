/// Where the title bar, the panes and the status bar go for a terminal size.
///
/// At 100 columns or more the browser sits on the left and the lesson above the REPL on the
/// right (the REPL a third of the height, at most 12 rows, or half while it has focus, so that a
/// live plot fits); narrower terminals show only the
/// focused pane. With the lesson maximised (`z`), the lesson takes the browser's columns too and
/// the REPL shrinks to its header and prompt. Each pane's first row is its header.
public struct Layout: Sendable, Equatable {
  public static let wideWidth = 100
  /// The browser's width: 30 columns at 100, growing with the terminal to 44 so that lesson
  /// titles fit.
  public static func browserWidth(forWidth width: Int) -> Int { min(44, max(30, width * 3 / 10)) }

  public var title: Rect
  public var status: Rect
  /// The panes shown; a pane not shown has no rectangle.
  public var panes: [Pane: Rect]
  /// The vertical separator between the browser and the rest, in wide layouts.
  public var separator: Rect?

  /// The REPL's height in a wide column of `height` rows: a third, between 6 and 12 rows, or
  /// half when it has focus.
  public static func replHeight(forHeight height: Int, isFocused: Bool = false) -> Int {
    isFocused ? max(6, height / 2) : max(6, min(12, height / 3))
  }

  public init(width: Int, height: Int, focus: Pane, isLessonMaximized: Bool = false) {
    let screen = Rect(column: 0, row: 0, width: width, height: height)
    let (title, rest) = screen.splitTop(1)
    let (body, status) = rest.splitBottom(1)
    self.title = title
    self.status = status
    guard width >= Self.wideWidth else {
      panes = [focus: body]
      separator = nil
      return
    }
    if isLessonMaximized {
      let (lesson, repl) = body.splitBottom(2)
      panes = [.lesson: lesson, .repl: repl]
      separator = nil
      return
    }
    let (browser, remainder) = body.splitLeft(Self.browserWidth(forWidth: width))
    let (separator, right) = remainder.splitLeft(1)
    let (lesson, repl) = right.splitBottom(
      Self.replHeight(forHeight: right.height, isFocused: focus == .repl))
    panes = [.browser: browser, .lesson: lesson, .repl: repl]
    self.separator = separator
  }

  /// The content rectangle of a pane (below its header, after a one-column margin for text
  /// panes), empty when the pane is hidden.
  public func content(of pane: Pane) -> Rect {
    guard let rect = panes[pane] else { return Rect(column: 0, row: 0, width: 0, height: 0) }
    let body = rect.splitTop(1).rest
    return pane == .browser ? body : body.splitLeft(1).rest
  }
}
