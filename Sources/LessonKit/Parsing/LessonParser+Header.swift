extension LessonParser {
  /// Reads the `---` header at the top of the file.
  mutating func parseHeader() throws(LessonFormatError) -> LessonHeader {
    while index < lines.count, lines[index].trimmingSpaces.isEmpty { index += 1 }
    guard index < lines.count, lines[index].trimmingSpaces == "---" else {
      throw .missingHeader(location(min(index, max(lines.count - 1, 0)) + 1))
    }
    let openLine = index + 1
    index += 1
    var fields: [String: (value: String, line: Int)] = [:]
    while true {
      guard index < lines.count else { throw .unterminatedHeader(location(openLine)) }
      let text = lines[index].trimmingSpaces
      let line = index + 1
      index += 1
      if text == "---" { break }
      if text.isEmpty || text.hasPrefix("#") { continue }
      guard let field = BlockBody.field(text, line: line) else {
        throw .malformedLine(String(text), location(line))
      }
      guard LessonParser.headerKeys.contains(field.key) else {
        throw .unknownField(field.key, block: "the header", location(line))
      }
      fields[field.key] = (field.value, line)
    }
    func required(_ key: String) throws(LessonFormatError) -> String {
      guard let value = fields[key]?.value, !value.isEmpty else {
        throw .missingHeaderField(key, location(openLine))
      }
      return value
    }
    func integer(_ key: String) throws(LessonFormatError) -> Int? {
      guard let (value, line) = fields[key] else { return nil }
      guard let number = Int(value) else {
        throw .badNumber(field: key, text: value, location(line))
      }
      return number
    }
    let id = try required("id")
    let title = try required("title")
    let formatText = try required("format")
    guard let format = Int(formatText) else {
      throw .badNumber(field: "format", text: formatText, location(fields["format"]!.line))
    }
    guard LessonHeader.supportedFormats.contains(format) else {
      throw .unsupportedFormat(format, location(fields["format"]!.line))  // present: required
    }
    var seed: UInt64 = 0
    if let (value, line) = fields["seed"] {
      guard let number = UInt64(value) else {
        throw .badNumber(field: "seed", text: value, location(line))
      }
      seed = number
    }
    let prerequisites = LessonParser.list(fields["prerequisites"]?.value ?? "")
    return LessonHeader(
      id: id, title: title, course: try integer("course"), week: try integer("week"),
      part: fields["part"]?.value, prerequisites: prerequisites, format: format, seed: seed)
  }

  static let headerKeys: Set<String> = [
    "id", "title", "course", "week", "part", "prerequisites", "format", "seed",
  ]

  /// `a, b` or `[a, b]` as `["a", "b"]`.
  static func list(_ text: String) -> [String] {
    var body = Substring(text).trimmingSpaces
    if body.hasPrefix("["), body.hasSuffix("]") { body = body.dropFirst().dropLast() }
    return body.split(separator: ",").map { String($0.trimmingSpaces) }.filter { !$0.isEmpty }
  }
}
