/// A key press, decoded once from the terminal's input (`CursesTerminal/KeyDecoding.swift`).
///
/// Everything above the terminal matches on these cases; nothing compares key strings.
public enum Key: Sendable, Hashable {
  /// A printable grapheme, including space and wide (CJK) characters.
  case character(Character)
  /// A control chord: `.control("c")` is Ctrl-C. Always a lowercase ASCII letter.
  case control(Character)
  /// Alt (Meta) with a printable key: `.alt("b")`.
  case alt(Character)
  case enter, tab, backTab, backspace, delete, insert, escape
  case up, down, left, right, home, end, pageUp, pageDown
  /// A function key, F1 is `.function(1)`.
  case function(Int)

  /// The key's name as the status bar and help screen print it.
  ///
  /// With `ascii`, arrows are spelled out (`Up`) instead of drawn (`↑`).
  public func label(ascii: Bool = false) -> String {
    switch self {
    case .character(" "): return "Space"
    case .character(let character): return String(character)
    case .control(let letter): return "Ctrl-" + String(letter).uppercased()
    case .alt(let character): return "Alt-" + String(character)
    case .enter: return "Enter"
    case .tab: return "Tab"
    case .backTab: return "Shift-Tab"
    case .backspace: return "Backspace"
    case .delete: return "Del"
    case .insert: return "Ins"
    case .escape: return "Esc"
    case .up: return ascii ? "Up" : "↑"
    case .down: return ascii ? "Down" : "↓"
    case .left: return ascii ? "Left" : "←"
    case .right: return ascii ? "Right" : "→"
    case .home: return "Home"
    case .end: return "End"
    case .pageUp: return "PgUp"
    case .pageDown: return "PgDn"
    case .function(let number): return "F\(number)"
    }
  }
}

// MARK: - Conformance

extension Key: CustomStringConvertible {
  public var description: String { label(ascii: true) }
}
