import CNcursesw
import Glibc
import NotebookUI
import TextPlot

/// The one ncurses session of the process: it owns the terminal from `start` until `close`.
///
/// It presents `Screen`s by writing only the cells that changed since the last frame, decodes
/// input once into `Event`s, follows resizes (`KEY_RESIZE`), and always gives the terminal back:
/// `close()` on quit, `withSession` on a thrown error, the signal guard on SIGTERM/SIGHUP/SIGINT
/// (reported as `.terminationRequested`) and on crashes. Use it from one thread only.
public final class CursesSession: Terminal {
  /// What the session should show.
  public struct Options: Sendable {
    /// Colours to use; `.monochrome` draws with attributes only (`NO_COLOR`, `--no-color`).
    public var colorMode: ColorMode
    /// Report the mouse wheel and clicks.
    public var isMouseEnabled: Bool

    public init(colorMode: ColorMode, isMouseEnabled: Bool = true) {
      self.colorMode = colorMode
      self.isMouseEnabled = isMouseEnabled
    }
  }

  private let options: Options
  private let depth: ColorMode.Depth
  private var presented: Screen?
  private var pairs: [PairKey: Int32] = [:]
  private var isCursorVisible = false
  private var isClosed = false

  /// Starts ncurses on the process's terminal.
  ///
  /// Forces a UTF-8 locale (`C.UTF-8` when the environment's is not), then raw mode, no echo,
  /// keypad decoding, a 25 ms Esc delay, default colours and the mouse.
  /// - Throws: `TerminalError.notATerminal` when stdin or stdout is not a tty;
  ///   `.cannotInitialize` when ncurses cannot use `TERM`.
  public init(options: Options) throws(TerminalError) {
    guard isatty(0) == 1 && isatty(1) == 1 else { throw .notATerminal }
    Self.forceUTF8Locale()
    SignalGuard.install()
    guard newterm(nil, cn_stdout(), cn_stdin()) != nil else {
      SignalGuard.uninstall()
      throw .cannotInitialize(term: String(cString: getenv("TERM") ?? strdup("")))
    }
    self.options = options
    raw()
    noecho()
    nonl()
    keypad(cn_stdscr(), true)
    intrflush(cn_stdscr(), false)
    set_escdelay(25)
    curs_set(0)
    var depth = ColorMode.Depth.monochrome
    if options.colorMode.hasColor && has_colors() {
      start_color()
      use_default_colors()
      depth = cn_colors() >= 256 && options.colorMode.depth != .palette16 ? .palette256 : .palette16
    }
    self.depth = depth
    if options.isMouseEnabled {
      mousemask(cn_all_mouse_events(), nil)
      mouseinterval(0)
    }
  }

  deinit { close() }

  /// Runs `body` with a session and always closes it, also when `body` throws.
  public static func withSession<T>(options: Options, _ body: (CursesSession) throws -> T) throws
    -> T
  {
    let session = try CursesSession(options: options)
    defer { session.close() }
    return try body(session)
  }

  /// Ends ncurses and restores the terminal; calling it again does nothing.
  public func close() {
    guard !isClosed else { return }
    isClosed = true
    if options.isMouseEnabled { mousemask(0, nil) }
    curs_set(1)
    endwin()
    SignalGuard.uninstall()
  }

  /// Hands the terminal to another program for the duration of `body` (the learner's editor),
  /// then takes it back and redraws everything on the next frame.
  ///
  /// The curses modes are saved (`def_prog_mode`), curses is left as on quit (`endwin`, so the
  /// other program sees a normal terminal), and restored afterwards (`reset_prog_mode`).
  public func suspended<T>(_ body: () -> T) -> T {
    def_prog_mode()
    if options.isMouseEnabled { mousemask(0, nil) }
    curs_set(1)
    endwin()
    let result = body()
    reset_prog_mode()
    if options.isMouseEnabled { mousemask(cn_all_mouse_events(), nil) }
    curs_set(0)
    isCursorVisible = false
    presented = nil
    return result
  }

  /// The signal that asked the program to end, if one arrived.
  public var pendingSignal: Int32? {
    let signal = SignalGuard.pendingSignal.load(ordering: .relaxed)
    return signal == 0 ? nil : signal
  }

  // MARK: - Terminal

  public var size: (width: Int, height: Int) {
    (Int(getmaxx(cn_stdscr())), Int(getmaxy(cn_stdscr())))
  }

  public func draw(_ screen: Screen) {
    let window = cn_stdscr()
    let previous = presented.flatMap {
      $0.width == screen.width && $0.height == screen.height ? $0 : nil
    }
    if previous == nil { clearok(window, true) }
    let cells = screen.grid.cells
    for index in screen.changedCells(since: previous) {
      put(cells[index], row: index / screen.width, column: index % screen.width)
    }
    presented = screen
    if let cursor = screen.cursor, screen.grid.contains(cursor) {
      if !isCursorVisible { curs_set(1) }
      wmove(window, Int32(cursor.row), Int32(cursor.column))
      isCursorVisible = true
    } else {
      if isCursorVisible { curs_set(0) }
      isCursorVisible = false
    }
    wnoutrefresh(window)
    doupdate()
  }

  public func nextEvent(timeout: Duration) -> Event? {
    if pendingSignal != nil { return .terminationRequested }
    let window = cn_stdscr()
    let milliseconds =
      timeout.components.seconds * 1000 + timeout.components.attoseconds / 1_000_000_000_000_000
    wtimeout(window, Int32(clamping: milliseconds))
    var code: wint_t = 0
    let status = wget_wch(window, &code)
    if status == ERR { return pendingSignal != nil ? .terminationRequested : nil }
    switch KeyDecoding.decode(status: status, code: code) {
    case .key(.escape): return .key(altKey() ?? .escape)
    case .key(let key): return .key(key)
    case .resize:
      presented = nil
      let size = size
      return .resize(width: size.width, height: size.height)
    case .mouse: return mouseEvent()
    case .ignored: return nil
    }
  }

  // MARK: - Private

  private struct PairKey: Hashable {
    var foreground: Int32
    var background: Int32
  }

  /// Writes one cell with its attributes and colour pair.
  private func put(_ cell: StyledCell, row: Int, column: Int) {
    var characters = cell.character.unicodeScalars.prefix(Int(CCHARW_MAX) - 1).map {
      wchar_t(bitPattern: $0.value)
    }
    characters.append(0)
    var pair = colorPair(for: cell.style)
    var attributes = cn_a_normal()
    let style = cell.style
    if style.isBold { attributes |= cn_a_bold() }
    if style.isDim { attributes |= cn_a_dim() }
    if style.isItalic { attributes |= cn_a_italic() }
    if style.isUnderlined { attributes |= cn_a_underline() }
    if style.isReversed { attributes |= cn_a_reverse() }
    var character = cchar_t()
    setcchar(&character, characters, attributes, 0, &pair)
    // The bottom-right cell reports ERR because the cursor cannot advance; it is drawn anyway.
    _ = mvwadd_wch(cn_stdscr(), Int32(row), Int32(column), &character)
  }

  private func colorPair(for style: TextStyle) -> Int32 {
    guard depth != .monochrome else { return 0 }
    let key = PairKey(
      foreground: colorNumber(style.foreground), background: colorNumber(style.background))
    if key.foreground == -1 && key.background == -1 { return 0 }
    if let pair = pairs[key] { return pair }
    let pair = max(0, alloc_pair(key.foreground, key.background))
    pairs[key] = pair
    return pair
  }

  private func colorNumber(_ color: TextColor) -> Int32 {
    switch color.downgraded(to: depth) {
    case .default: return -1
    case .ansi(let index): return cn_colors() >= 16 ? Int32(index) : Int32(index & 7)
    case .indexed(let index): return Int32(index)
    case .rgb: return -1  // not reached: downgraded to a palette above
    }
  }

  /// An Alt chord arrives as Esc followed at once by the key; a lone Esc has nothing after it.
  private func altKey() -> Key? {
    let window = cn_stdscr()
    wtimeout(window, 0)
    var code: wint_t = 0
    let status = wget_wch(window, &code)
    guard status != ERR else { return nil }
    if status == OK, case .key(.character(let character)) = KeyDecoding.decodeCharacter(code) {
      return .alt(character)
    }
    if status == KEY_CODE_YES {
      ungetch(Int32(bitPattern: code))
    } else {
      unget_wch(wchar_t(bitPattern: code))
    }
    return nil
  }

  private func mouseEvent() -> Event? {
    var event = MEVENT()
    guard getmouse(&event) == OK else { return nil }
    let action: MouseEvent.Action
    if event.bstate & cn_button4_pressed() != 0 {
      action = .wheelUp
    } else if event.bstate & cn_button5_pressed() != 0 {
      action = .wheelDown
    } else if event.bstate & (cn_button1_pressed() | cn_button1_clicked()) != 0 {
      action = .press
    } else {
      return nil
    }
    return .mouse(MouseEvent(action, column: Int(event.x), row: Int(event.y)))
  }

  /// Switches to `C.UTF-8` when the environment's locale is not UTF-8 (else non-ASCII vanishes).
  private static func forceUTF8Locale() {
    setlocale(LC_ALL, "")
    if let codeset = cn_codeset(), String(cString: codeset) != "UTF-8" {
      setlocale(LC_ALL, "C.UTF-8")
    }
  }
}
