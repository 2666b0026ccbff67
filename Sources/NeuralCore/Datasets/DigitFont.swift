// line-budget: table
/// A 5×7 bitmap font of the digits 0–9, for the synthetic digit images.
///
/// Each glyph is seven rows of five characters, `#` for ink.
enum DigitFont {
  /// The glyph width and height, in pixels.
  static let width = 5
  static let height = 7

  /// The glyphs of 0 through 9.
  static let glyphs: [[String]] = [
    [" ### ", "#   #", "#  ##", "# # #", "##  #", "#   #", " ### "],
    ["  #  ", " ##  ", "  #  ", "  #  ", "  #  ", "  #  ", " ### "],
    [" ### ", "#   #", "    #", "   # ", "  #  ", " #   ", "#####"],
    ["#####", "   # ", "  #  ", "   # ", "    #", "#   #", " ### "],
    ["   # ", "  ## ", " # # ", "#  # ", "#####", "   # ", "   # "],
    ["#####", "#    ", "#### ", "    #", "    #", "#   #", " ### "],
    ["  ## ", " #   ", "#    ", "#### ", "#   #", "#   #", " ### "],
    ["#####", "    #", "   # ", "  #  ", " #   ", " #   ", " #   "],
    [" ### ", "#   #", "#   #", " ### ", "#   #", "#   #", " ### "],
    [" ### ", "#   #", "#   #", " ####", "    #", "   # ", " ##  "],
  ]

  /// Whether pixel `(row, column)` of `digit`'s glyph is inked.
  static func isInked(_ digit: Int, row: Int, column: Int) -> Bool {
    let line = glyphs[digit][row]
    return line[line.index(line.startIndex, offsetBy: column)] == "#"
  }
}
