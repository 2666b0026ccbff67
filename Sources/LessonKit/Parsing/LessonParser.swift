/// Reads a lesson's Markdown into a `Lesson`, reporting mistakes with `file:line`.
///
/// The format (documented with a complete example in `Lessons/README.md`):
/// - a header between two `---` lines (`id`, `title`, `course`/`week` or `part`,
///   `prerequisites`, `format: 1`, optional `seed`);
/// - Markdown prose: headings, paragraphs, lists, pipe tables, block quotes, `$…$` inline and
///   `$$…$$` display maths;
/// - ```` ```python ```` cells (`id=name` after the language names a cell), each optionally
///   followed by an ```` ```output ```` fence with its recorded output;
/// - ```` ```quiz ```` and ```` ```exercise ```` blocks whose bodies are `key: value` fields and
///   `--- section` parts (see `BlockBody`).
public struct LessonParser {
  let file: String
  let lines: [Substring]
  var index = 0
  var blocks: [LessonBlock] = []
  /// The line where each id was first declared, to report duplicates.
  var idLines: [String: Int] = [:]
  /// Predict quizzes whose expected output is read from their cell once all cells are known.
  var pendingPredictions: [(blockIndex: Int, cell: String, line: Int)] = []

  init(source: String, file: String) {
    self.file = file
    // "\r\n" is one Character in Swift, so Windows line endings need their own separator.
    self.lines = source.split(
      omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }
    ).map { $0.hasSuffix("\r") ? $0.dropLast() : $0 }
  }

  /// Parses a lesson.
  ///
  /// - Parameters:
  ///   - source: the Markdown text.
  ///   - file: the name used in locations, such as `Lessons/01-logistic.md`.
  /// - Throws: `LessonFormatError` at the first mistake.
  public static func parse(_ source: String, file: String) throws(LessonFormatError) -> Lesson {
    var parser = LessonParser(source: source, file: file)
    let header = try parser.parseHeader()
    try parser.parseBody()
    try parser.resolvePredictions()
    return Lesson(
      header: header, blocks: parser.blocks, file: file, contentHash: ContentHash.of(source))
  }

  func location(_ line: Int) -> LessonLocation {
    LessonLocation(file: file, line: line)
  }

  /// Records `id` as declared on `line`, rejecting a second declaration.
  mutating func declare(_ id: String, line: Int) throws(LessonFormatError) {
    if let first = idLines[id] { throw .duplicateID(id, firstLine: first, location(line)) }
    idLines[id] = line
  }

  // MARK: - Body

  mutating func parseBody() throws(LessonFormatError) {
    var paragraph: [Substring] = []
    var paragraphLine = 0
    func flush(into blocks: inout [LessonBlock]) {
      guard !paragraph.isEmpty else { return }
      let text = paragraph.map { String($0.trimmingSpaces) }.joined(separator: " ")
      blocks.append(LessonBlock(.paragraph(text), line: paragraphLine))
      paragraph = []
    }
    while index < lines.count {
      let raw = lines[index]
      let text = raw.trimmingSpaces
      let line = index + 1
      if text.isEmpty {
        flush(into: &blocks)
        index += 1
      } else if text.hasPrefix("```") || text.hasPrefix("~~~") {
        flush(into: &blocks)
        try parseFence()
      } else if text.hasPrefix("$$") {
        flush(into: &blocks)
        try parseDisplayMath()
      } else if let heading = LessonParser.heading(text) {
        flush(into: &blocks)
        blocks.append(LessonBlock(.heading(level: heading.level, text: heading.text), line: line))
        index += 1
      } else if text.hasPrefix(">") {
        flush(into: &blocks)
        parseQuote()
      } else if LessonParser.listMarker(text) != nil, paragraph.isEmpty {
        parseList()
      } else if text.hasPrefix("|"), paragraph.isEmpty {
        parseTable()
      } else {
        if paragraph.isEmpty { paragraphLine = line }
        paragraph.append(text)
        index += 1
      }
    }
    flush(into: &blocks)
  }

  /// `#` to `######` followed by a space.
  static func heading(_ text: Substring) -> (level: Int, text: String)? {
    let hashes = text.prefix { $0 == "#" }
    guard (1...6).contains(hashes.count), text.dropFirst(hashes.count).first == " " else {
      return nil
    }
    return (hashes.count, String(text.dropFirst(hashes.count).trimmingSpaces))
  }

  /// Whether the list is ordered, and the text after the marker (`- `, `* `, `+ `, `1. `).
  static func listMarker(_ text: Substring) -> (ordered: Bool, text: Substring)? {
    if let first = text.first, "-*+".contains(first), text.dropFirst().first == " " {
      return (false, text.dropFirst(2).trimmingSpaces)
    }
    let digits = text.prefix { $0.isASCII && $0.isNumber }
    let rest = text.dropFirst(digits.count)
    if !digits.isEmpty, rest.hasPrefix(". ") || rest.hasPrefix(") ") {
      return (true, rest.dropFirst(2).trimmingSpaces)
    }
    return nil
  }

  mutating func parseQuote() {
    let line = index + 1
    var parts: [String] = []
    while index < lines.count, lines[index].trimmingSpaces.hasPrefix(">") {
      parts.append(String(lines[index].trimmingSpaces.dropFirst().trimmingSpaces))
      index += 1
    }
    blocks.append(LessonBlock(.quote(parts.joined(separator: " ")), line: line))
  }

  mutating func parseList() {
    let line = index + 1
    let ordered = LessonParser.listMarker(lines[index].trimmingSpaces)!.ordered  // checked by caller
    var items: [String] = []
    while index < lines.count {
      let raw = lines[index]
      let text = raw.trimmingSpaces
      if let marker = LessonParser.listMarker(text), marker.ordered == ordered {
        items.append(String(marker.text))
      } else if !text.isEmpty, raw.first == " " || raw.first == "\t", !items.isEmpty {
        items[items.count - 1] += " " + text
      } else {
        break
      }
      index += 1
    }
    blocks.append(LessonBlock(.list(ordered: ordered, items: items), line: line))
  }

  mutating func parseTable() {
    let line = index + 1
    var rows: [[String]] = []
    while index < lines.count, lines[index].trimmingSpaces.hasPrefix("|") {
      let cells = LessonParser.tableCells(lines[index].trimmingSpaces)
      let isSeparator = cells.allSatisfy { cell in
        !cell.isEmpty && cell.allSatisfy { $0 == "-" || $0 == ":" }
      }
      if !isSeparator { rows.append(cells) }
      index += 1
    }
    let header = rows.first ?? []
    blocks.append(
      LessonBlock(.table(header: header, rows: Array(rows.dropFirst())), line: line))
  }

  /// The cells of a `| a | b |` row, trimmed.
  static func tableCells(_ text: Substring) -> [String] {
    var body = text.dropFirst()
    if body.hasSuffix("|") { body = body.dropLast() }
    return body.split(separator: "|", omittingEmptySubsequences: false).map {
      String($0.trimmingSpaces)
    }
  }

  mutating func parseDisplayMath() throws(LessonFormatError) {
    let line = index + 1
    var text = String(lines[index].trimmingSpaces.dropFirst(2))
    if let end = text.firstRange(of: "$$") {
      index += 1
      blocks.append(LessonBlock(.math(String(text[..<end.lowerBound]).trimmed), line: line))
      return
    }
    index += 1
    while index < lines.count {
      let current = lines[index].trimmingSpaces
      index += 1
      if let end = current.firstRange(of: "$$") {
        text += "\n" + current[..<end.lowerBound]
        blocks.append(LessonBlock(.math(text.trimmed), line: line))
        return
      }
      text += "\n" + current
    }
    throw .unterminatedMath(location(line))
  }
}
