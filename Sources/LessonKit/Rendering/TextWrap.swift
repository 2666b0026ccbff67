import TextPlot

/// Word wrapping by display width (a CJK character takes two columns).
enum TextWrap {
  /// `text` broken into lines of at most `width` columns; a word longer than a line gets a
  /// line of its own. The first line starts with `first`, the others with `rest`.
  static func lines(_ text: String, width: Int, first: String = "", rest: String = "") -> [String] {
    var lines: [String] = []
    var current = first
    var currentWidth = displayWidth(first)
    var isEmptyLine = true
    for word in text.split(separator: " ", omittingEmptySubsequences: true) {
      let wordWidth = displayWidth(word)
      if !isEmptyLine, currentWidth + 1 + wordWidth > width {
        lines.append(current)
        current = rest
        currentWidth = displayWidth(rest)
        isEmptyLine = true
      }
      if !isEmptyLine {
        current += " "
        currentWidth += 1
      }
      current += word
      currentWidth += wordWidth
      isEmptyLine = false
    }
    lines.append(current)
    return lines
  }

  /// `text` padded with spaces to `width` columns.
  static func pad(_ text: String, to width: Int) -> String {
    text + String(repeating: " ", count: max(0, width - displayWidth(text)))
  }
}
