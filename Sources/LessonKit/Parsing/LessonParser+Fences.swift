extension LessonParser {
  /// Reads a fenced block: a python cell, its recorded output, a quiz, an exercise, or code
  /// in another language.
  mutating func parseFence() throws(LessonFormatError) {
    let line = index + 1
    let opening = lines[index].trimmingSpaces
    let marker = opening.prefix { $0 == opening.first }
    let info = opening.dropFirst(marker.count).trimmingSpaces
    let language = String(info.prefix { !$0.isWhitespace })
    let attributes = LessonParser.attributes(info.dropFirst(language.count))
    index += 1
    let start = index
    while index < lines.count {
      let text = lines[index].trimmingSpaces
      if text.hasPrefix(marker), text.allSatisfy({ $0 == marker.first }) { break }
      index += 1
    }
    guard index < lines.count else {
      throw .unterminatedBlock(language.isEmpty ? "" : language, location(line))
    }
    let body = Array(lines[start..<index])
    index += 1
    switch language {
    case "python":
      let id = attributes["id"]
      if let id { try declare(id, line: line) }
      let cell = PythonCell(id: id, source: body.joined(separator: "\n"), line: line)
      blocks.append(LessonBlock(.cell(cell), line: line))
    case "output":
      let text = body.joined(separator: "\n")
      if case .cell(var cell)? = blocks.last?.kind, cell.expectedOutput == nil {
        cell.expectedOutput = text
        blocks[blocks.count - 1].kind = .cell(cell)
      } else {
        blocks.append(LessonBlock(.code(language: "output", text: text), line: line))
      }
    case "quiz":
      let quiz = try parseQuiz(BlockBody(lines: body, firstLine: start + 1, file: file), line: line)
      blocks.append(LessonBlock(.quiz(quiz), line: line))
    case "exercise":
      let exercise = try parseExercise(
        BlockBody(lines: body, firstLine: start + 1, file: file), line: line)
      blocks.append(LessonBlock(.exercise(exercise), line: line))
    default:
      blocks.append(
        LessonBlock(.code(language: language, text: body.joined(separator: "\n")), line: line))
    }
  }

  /// `id=shapes hidden` as `["id": "shapes", "hidden": ""]`.
  static func attributes(_ text: Substring) -> [String: String] {
    var result: [String: String] = [:]
    for word in text.split(whereSeparator: { $0 == " " || $0 == "\t" }) {
      let parts = word.split(separator: "=", maxSplits: 1)
      result[String(parts[0])] = parts.count > 1 ? String(parts[1]) : ""
    }
    return result
  }
}
