/// The body of a ```` ```quiz ```` or ```` ```exercise ```` block, split into its parts.
///
/// A body is a list of `key: value` fields, then any number of `--- name [argument]` sections
/// whose lines are kept verbatim (code and prose need no indentation). In the fields part,
/// `- [ ] text` and `- [x] text` lines are choices, an indented `hint: …` line under a choice
/// belongs to it, and other indented lines continue the previous field's value.
struct BlockBody {
  /// One `key: value` line.
  struct Field {
    var key: String
    var value: String
    var line: Int
  }

  /// One `- [ ]` / `- [x]` line.
  struct ChoiceLine {
    var text: String
    var isCorrect: Bool
    var hint: String?
    var line: Int
  }

  /// One `--- name argument` section and its verbatim lines.
  struct Section {
    var name: String
    var argument: String
    var text: String
    var line: Int
  }

  var fields: [Field] = []
  var choices: [ChoiceLine] = []
  var sections: [Section] = []

  /// Splits `lines` (whose first line is `firstLine` in the file) into fields, choices and
  /// sections.
  init(lines: [Substring], firstLine: Int, file: String) throws(LessonFormatError) {
    var index = 0
    var lastWasChoice = false
    while index < lines.count, BlockBody.sectionHeader(lines[index]) == nil {
      let raw = lines[index]
      let line = firstLine + index
      index += 1
      let text = raw.trimmingSpaces
      if text.isEmpty { continue }
      let isIndented = raw.first == " " || raw.first == "\t"
      if isIndented, lastWasChoice, text.hasPrefix("hint:") {
        choices[choices.count - 1].hint = String(text.dropFirst(5).trimmingSpaces)
      } else if text.hasPrefix("- [ ]") || text.hasPrefix("- [x]") || text.hasPrefix("- [X]") {
        let isCorrect = !text.hasPrefix("- [ ]")
        choices.append(
          ChoiceLine(
            text: String(text.dropFirst(5).trimmingSpaces), isCorrect: isCorrect, line: line))
        lastWasChoice = true
      } else if isIndented, !lastWasChoice, !fields.isEmpty {
        fields[fields.count - 1].value += " " + text
      } else if let field = BlockBody.field(text, line: line) {
        fields.append(field)
        lastWasChoice = false
      } else {
        throw .malformedLine(String(text), LessonLocation(file: file, line: line))
      }
    }
    while index < lines.count {
      let (name, argument) = BlockBody.sectionHeader(lines[index])!  // loop invariant
      let line = firstLine + index
      index += 1
      let start = index
      while index < lines.count, BlockBody.sectionHeader(lines[index]) == nil { index += 1 }
      let text = BlockBody.trimBlankLines(lines[start..<index])
      sections.append(Section(name: name, argument: argument, text: text, line: line))
    }
  }

  /// The value of the first field named `key`.
  func value(_ key: String) -> Field? {
    fields.first { $0.key == key }
  }

  /// The value of `key` from a field, or else from a section of that name.
  func text(_ key: String) -> String? {
    value(key)?.value ?? sections.first { $0.name == key }?.text
  }

  /// Parses `text` as `key: value`; the key is everything before the first `": "` (or a
  /// trailing `:`), and must not contain spaces unless it starts with `hint for `.
  static func field(_ text: Substring, line: Int) -> Field? {
    guard let colon = text.firstIndex(of: ":") else { return nil }
    var keyEnd = colon
    if text.hasPrefix("hint for ") {
      guard let separator = text.firstRange(of: ": ") else { return nil }
      keyEnd = separator.lowerBound
    }
    let key = text[..<keyEnd].trimmingSpaces
    let isHintFor = key.hasPrefix("hint for ")
    guard !key.isEmpty, isHintFor || !key.contains(" ") else { return nil }
    let value = text[text.index(after: keyEnd)...].trimmingSpaces
    return Field(key: String(key), value: String(value), line: line)
  }

  /// `(name, argument)` if `line` is `--- name` or `--- name argument`.
  static func sectionHeader(_ line: Substring) -> (String, String)? {
    guard line.hasPrefix("--- ") else { return nil }
    let rest = line.dropFirst(4).trimmingSpaces
    let name = rest.prefix { $0.isLetter || $0 == "-" }
    guard !name.isEmpty, name.first!.isLetter else { return nil }  // non-empty: checked
    return (String(name), String(rest.dropFirst(name.count).trimmingSpaces))
  }

  /// The lines joined with newlines, without leading or trailing blank lines.
  static func trimBlankLines(_ lines: ArraySlice<Substring>) -> String {
    var slice = lines
    while let first = slice.first, first.trimmingSpaces.isEmpty { slice = slice.dropFirst() }
    while let last = slice.last, last.trimmingSpaces.isEmpty { slice = slice.dropLast() }
    return slice.joined(separator: "\n")
  }
}
