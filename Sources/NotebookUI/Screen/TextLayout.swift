import TextPlot

/// The longest prefix of `text` that fits in `width` columns.
public func clip(_ text: some StringProtocol, toWidth width: Int) -> Substring {
  let text = Substring(text)
  var used = 0
  var end = text.startIndex
  for index in text.indices {
    let characterWidth = displayWidth(text[index])
    if used + characterWidth > width { break }
    used += characterWidth
    end = text.index(after: index)
  }
  return text[..<end]
}

/// `text` if it fits in `width` columns, else its longest prefix that leaves room for `ellipsis`,
/// followed by it ("Logistic regression as a on…").
public func abbreviated(_ text: String, toWidth width: Int, ellipsis: String = "…") -> String {
  guard displayWidth(text) > width else { return text }
  guard width > displayWidth(ellipsis) else { return String(clip(text, toWidth: width)) }
  return String(clip(text, toWidth: width - displayWidth(ellipsis))) + ellipsis
}

/// `text` padded with spaces (or clipped) to exactly `width` columns.
public func padded(_ text: some StringProtocol, toWidth width: Int) -> String {
  let clipped = clip(text, toWidth: width)
  return String(clipped) + String(repeating: " ", count: max(0, width - displayWidth(clipped)))
}

/// Wraps a paragraph to lines of at most `width` columns, measured by display width.
///
/// Breaks at spaces where it can; a word wider than the line (a long identifier, a run of CJK
/// text, which has no spaces) is broken between graphemes. Explicit newlines start new lines;
/// an empty paragraph gives one empty line. Leading spaces (indented code output) are kept on
/// the paragraph's first line. A lone operator (`=`, `−`, `+`, `·`...) stays at the end of a line
/// with the word before it, so no line of a formula starts with one.
public func wrap(_ text: some StringProtocol, toWidth width: Int) -> [String] {
  guard width > 0 else { return [] }
  var lines: [String] = []
  for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
    let indent = String(paragraph.prefix { $0 == " " }.prefix(width - 1))
    var line = indent
    var lineWidth = indent.count
    var hasWords = false
    let firstLine = lines.count
    for word in unbreakableWords(Substring(paragraph.dropFirst(indent.count))) {
      let wordWidth = displayWidth(word)
      let gap = hasWords ? 1 : 0
      if lineWidth + gap + wordWidth <= width {
        if hasWords { line += " " }
        line += word
        lineWidth += gap + wordWidth
        hasWords = true
        continue
      }
      if hasWords || !line.isEmpty { lines.append(line) }
      var rest = Substring(word)
      var restWidth = wordWidth
      while restWidth > width {
        var head = clip(rest, toWidth: width)
        if head.isEmpty { head = rest.prefix(1) }  // a wide grapheme in a 1-column line
        lines.append(String(head))
        rest = rest[head.endIndex...]
        restWidth -= displayWidth(head)
      }
      line = String(rest)
      lineWidth = restWidth
      hasWords = !rest.isEmpty
    }
    if !line.isEmpty || lines.count == firstLine { lines.append(line) }
  }
  return lines
}

/// The operators that stay on the line of the word before them.
private let bindingOperators: Set<Substring> = [
  "=", "−", "-", "+", "·", "×", "≈", "≤", "≥", "<", ">", "→", "∈", "|", "≠",
]

/// The words of `text` split at spaces, each lone operator joined to the word before it.
private func unbreakableWords(_ text: Substring) -> [Substring] {
  var words: [Substring] = []
  for word in text.split(separator: " ", omittingEmptySubsequences: false) {
    if bindingOperators.contains(word), let last = words.last, !last.isEmpty {
      words[words.count - 1] = text[last.startIndex..<word.endIndex]
    } else {
      words.append(word)
    }
  }
  return words
}
