import CNcursesw
import NotebookUI

/// Turns what `wget_wch` returned into a decoded input, once, for the whole program.
///
/// Everything above this file matches on `Key`; no other code looks at key codes or bytes.
public enum KeyDecoding {
  /// A decoded input: a key, or a notice that the session must ask ncurses for more.
  public enum Input: Sendable, Equatable {
    case key(Key)
    /// `KEY_RESIZE`: ncurses has already resized its screen; read the new size.
    case resize
    /// `KEY_MOUSE`: read the event with `getmouse`.
    case mouse
    /// Something with no meaning here (an unknown key code, a stray control byte).
    case ignored
  }

  /// Decodes one `wget_wch` result.
  ///
  /// - Parameters:
  ///   - status: `KEY_CODE_YES` for a function-key code, `OK` for a character.
  ///   - code: the key code or the Unicode scalar value.
  public static func decode(status: Int32, code: UInt32) -> Input {
    status == KEY_CODE_YES ? decodeKeyCode(Int32(bitPattern: code)) : decodeCharacter(code)
  }

  /// A character from the terminal: control bytes become named keys or `.control`.
  public static func decodeCharacter(_ code: UInt32) -> Input {
    switch code {
    case 9: return .key(.tab)
    case 10, 13: return .key(.enter)
    case 27: return .key(.escape)
    case 8, 127: return .key(.backspace)
    case 1...26: return .key(.control(Character(Unicode.Scalar(UInt8(code + 96)))))
    case 0..<32: return .ignored
    default:
      guard let scalar = Unicode.Scalar(code) else { return .ignored }
      return .key(.character(Character(scalar)))
    }
  }

  /// An ncurses key code (`KEY_UP`, `KEY_F(1)`, ...).
  public static func decodeKeyCode(_ code: Int32) -> Input {
    switch code {
    case KEY_UP: return .key(.up)
    case KEY_DOWN: return .key(.down)
    case KEY_LEFT: return .key(.left)
    case KEY_RIGHT: return .key(.right)
    case KEY_HOME: return .key(.home)
    case KEY_END: return .key(.end)
    case KEY_PPAGE: return .key(.pageUp)
    case KEY_NPAGE: return .key(.pageDown)
    case KEY_DC: return .key(.delete)
    case KEY_IC: return .key(.insert)
    case KEY_BACKSPACE: return .key(.backspace)
    case KEY_ENTER: return .key(.enter)
    case KEY_BTAB: return .key(.backTab)
    case KEY_RESIZE: return .resize
    case KEY_MOUSE: return .mouse
    case (KEY_F0 + 1)...(KEY_F0 + 24): return .key(.function(Int(code - KEY_F0)))
    default: return .ignored
    }
  }
}
