import NotebookUI

/// The bytes readline expects for a decoded key, as a terminal in application mode sends them.
///
/// The notebook decodes keys once (`KeyDecoding`) and hands readline the equivalent bytes, so
/// readline's own bindings (history, Ctrl-R, word moves) keep working. `nil` means readline has
/// no use for the key (Delete is performed with `rl_delete` instead: its sequence is unbound).
enum KeyEncoding {
  static func bytes(for key: Key) -> [UInt8]? {
    switch key {
    case .character(let character): return Array(String(character).utf8)
    case .control(let letter):
      guard let ascii = letter.asciiValue, ascii >= 97, ascii <= 122 else { return nil }
      return [ascii - 96]
    case .alt(let character): return [27] + Array(String(character).utf8)
    case .enter: return [13]
    case .tab: return [9]
    case .backspace: return [127]
    case .escape: return [27]
    case .up: return [27, 91, 65]
    case .down: return [27, 91, 66]
    case .right: return [27, 91, 67]
    case .left: return [27, 91, 68]
    case .home: return [27, 91, 72]
    case .end: return [27, 91, 70]
    case .delete, .insert, .backTab, .pageUp, .pageDown, .function: return nil
    }
  }
}
