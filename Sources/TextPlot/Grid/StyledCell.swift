/// One terminal cell: a grapheme, the columns it spans, and its style.
///
/// A wide grapheme (a CJK ideograph, width 2) sits in its cell with `width == 2`, and the cell
/// to its right is a continuation (`width == 0`) that draws nothing of its own.
public struct StyledCell: Sendable, Hashable {
  /// The grapheme drawn in this cell; a space for blank and continuation cells.
  public var character: Character
  /// 1 for a normal cell, 2 for a wide grapheme, 0 for the continuation of one.
  public var width: Int
  public var style: TextStyle

  /// A cell holding `character` (width taken from `displayWidth`, at least 1).
  public init(_ character: Character, style: TextStyle = .plain) {
    self.character = character
    self.width = max(1, displayWidth(character))
    self.style = style
  }

  /// A cell with an explicit width, used for continuations.
  init(character: Character, width: Int, style: TextStyle) {
    self.character = character
    self.width = width
    self.style = style
  }

  /// A space in the default style.
  public static let blank = StyledCell(character: " ", width: 1, style: .plain)

  /// Whether this cell is the right half of a wide grapheme.
  public var isContinuation: Bool { width == 0 }
}

// MARK: - Conformance

extension StyledCell: CustomStringConvertible {
  public var description: String {
    isContinuation ? "(continuation)" : "\"\(character)\" (\(style))"
  }
}
