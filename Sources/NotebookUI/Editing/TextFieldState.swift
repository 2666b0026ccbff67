import TextPlot

/// A one-line text field as a value: the text and the caret, edited one key at a time.
///
/// Used where an answer is typed in place (a quiz's answer line); it draws nothing itself.
public struct TextFieldState: Sendable, Equatable {
  public private(set) var characters: [Character]
  /// The caret, as a character index (0 is before the first character).
  public private(set) var caret: Int
  /// The whole text is selected: the next typed character replaces it (an earlier answer offered
  /// for retyping); any other editing key keeps it and edits as usual.
  public private(set) var isSelected: Bool

  /// A field holding `text` with the caret at its end, all of it selected if `isSelected`.
  public init(_ text: String = "", isSelected: Bool = false) {
    characters = Array(text)
    caret = characters.count
    self.isSelected = isSelected && !text.isEmpty
  }

  public var text: String { String(characters) }

  /// The caret's display column inside the text (a CJK character counts 2).
  public var caretColumn: Int { displayWidth(String(characters[..<caret])) }

  /// Applies an editing key; returns `false` for a key that does not edit (Enter, Esc, ...).
  public mutating func handle(_ key: Key) -> Bool {
    if isSelected, case .character = key {
      characters = []
      caret = 0
    }
    defer { isSelected = false }
    switch key {
    case .character(let character):
      characters.insert(character, at: caret)
      caret += 1
    case .backspace:
      guard caret > 0 else { return true }
      caret -= 1
      characters.remove(at: caret)
    case .delete, .control("d"):
      if caret < characters.count { characters.remove(at: caret) }
    case .left, .control("b"): caret = max(0, caret - 1)
    case .right, .control("f"): caret = min(characters.count, caret + 1)
    case .home, .control("a"): caret = 0
    case .end, .control("e"): caret = characters.count
    case .control("k"): characters.removeSubrange(caret...)
    case .control("u"):
      characters.removeSubrange(..<caret)
      caret = 0
    default: return false
    }
    return true
  }
}
