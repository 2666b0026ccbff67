import TextPlot

/// A multi-line text editor as a value: lines, the caret and the first visible line.
///
/// The built-in editor for exercises when neither `$VISUAL` nor `$EDITOR` is set. It knows the
/// keys every editor shares (arrows, Home/End, PgUp/PgDn, Enter, Backspace, Delete, Tab as four
/// spaces, Ctrl-A/E/K/U); `update` handles the keys that leave it (Ctrl-S, Esc).
public struct TextAreaState: Sendable, Equatable {
  public private(set) var lines: [[Character]]
  public private(set) var row: Int
  /// The caret's character index in its line.
  public private(set) var column: Int
  /// The first line shown.
  public var top: Int
  /// The text the editor opened with, to tell whether anything changed.
  public let original: String

  /// An editor on `text` with the caret at the end of line `caretLine` (clamped).
  public init(_ text: String, caretLine: Int = 0) {
    lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0) }
    if lines.isEmpty { lines = [[]] }
    row = min(max(0, caretLine), lines.count - 1)
    column = caretLine > 0 ? lines[row].count : 0
    top = 0
    original = text
  }

  public var text: String { lines.map { String($0) }.joined(separator: "\n") }
  public var isModified: Bool { text != original }

  /// The caret's display column in its line (CJK counts 2).
  public var caretColumn: Int { displayWidth(String(lines[row][..<column])) }

  /// Applies an editing key and keeps the caret within a view `height` lines tall; returns
  /// `false` for a key the editor does not use.
  public mutating func handle(_ key: Key, viewHeight height: Int) -> Bool {
    switch key {
    case .character(let character): insert([character])
    case .tab: insert(Array("    "))
    case .enter:
      let indent = lines[row].prefix { $0 == " " }
      let rest = Array(lines[row][column...])
      lines[row].removeSubrange(column...)
      row += 1
      lines.insert(Array(indent) + rest, at: row)
      column = indent.count
    case .backspace:
      if column > 0 {
        column -= 1
        lines[row].remove(at: column)
      } else if row > 0 {
        column = lines[row - 1].count
        lines[row - 1] += lines.remove(at: row)
        row -= 1
      }
    case .delete, .control("d"):
      if column < lines[row].count {
        lines[row].remove(at: column)
      } else if row + 1 < lines.count {
        lines[row] += lines.remove(at: row + 1)
      }
    case .left:
      if column > 0 {
        column -= 1
      } else if row > 0 {
        row -= 1
        column = lines[row].count
      }
    case .right:
      if column < lines[row].count {
        column += 1
      } else if row + 1 < lines.count {
        row += 1
        column = 0
      }
    case .up: moveRow(by: -1)
    case .down: moveRow(by: 1)
    case .pageUp: moveRow(by: -max(1, height - 1))
    case .pageDown: moveRow(by: max(1, height - 1))
    case .home, .control("a"): column = 0
    case .end, .control("e"): column = lines[row].count
    case .control("k"): lines[row].removeSubrange(column...)
    case .control("u"):
      lines[row].removeSubrange(..<column)
      column = 0
    default: return false
    }
    keepCaretVisible(viewHeight: height)
    return true
  }

  /// Scrolls the least needed to show the caret's line in a view `height` lines tall.
  public mutating func keepCaretVisible(viewHeight height: Int) {
    let height = max(1, height)
    if row < top { top = row }
    if row >= top + height { top = row - height + 1 }
  }

  private mutating func insert(_ characters: [Character]) {
    lines[row].insert(contentsOf: characters, at: column)
    column += characters.count
  }

  private mutating func moveRow(by step: Int) {
    row = min(max(0, row + step), lines.count - 1)
    column = min(column, lines[row].count)
  }
}
