/// The methods of `str`.
enum StrMethods {
  static let names = [
    "capitalize", "center", "count", "endswith", "find", "format", "index", "isalnum", "isalpha",
    "isdigit", "islower", "isspace", "isupper", "join", "ljust", "lower", "lstrip", "partition",
    "replace", "rfind", "rjust", "rsplit", "rstrip", "split", "splitlines", "startswith", "strip",
    "title", "upper", "zfill",
  ]

  static func call(_ name: String, _ s: String, _ a: Arguments) throws(PyException) -> PyValue? {
    switch name {
    case "upper": return .str(s.uppercased())
    case "lower": return .str(s.lowercased())
    case "strip", "lstrip", "rstrip":
      try a.expectCount(0...1)
      let chars = try a.string("chars", at: 0)
      let strip: (Character) -> Bool = { c in chars.map { $0.contains(c) } ?? c.isWhitespace }
      var text = Substring(s)
      if name != "rstrip" { text = text.drop(while: strip) }
      if name != "lstrip" { while let last = text.last, strip(last) { text = text.dropLast() } }
      return .str(String(text))
    case "split", "rsplit":
      try a.expectCount(0...2)
      let separator = try a.string("sep", at: 0)
      let limit = try a.int("maxsplit", at: 1, default: -1)
      return .list(PyList(try split(s, separator, limit, fromRight: name == "rsplit").map { .str($0) }))
    case "splitlines":
      return .list(PyList(s.split(separator: "\n", omittingEmptySubsequences: false).map { .str(String($0)) }.dropLast(s.hasSuffix("\n") ? 1 : 0)))
    case "join":
      try a.expectCount(1...1)
      var parts: [String] = []
      for (index, item) in try a.interpreter.collect(a[0]).enumerated() {
        guard case .str(let part) = item else {
          throw PyException(
            .typeError, "sequence item \(index): expected str instance, \(item.typeName) found")
        }
        parts.append(part)
      }
      return .str(parts.joined(separator: s))
    case "replace":
      try a.expectCount(2...3)
      guard let old = try a.string("old", at: 0), let new = try a.string("new", at: 1) else { return .str(s) }
      let count = try a.int("count", at: 2, default: -1)
      if count < 0 { return .str(s.replacing(old, with: new)) }
      return .str(s.replacing(old, with: new, maxReplacements: count))
    case "startswith", "endswith":
      try a.expectCount(1...1)
      let options: [PyValue]
      if case .tuple(let items) = a[0] { options = items } else { options = [a[0]] }
      for option in options {
        guard case .str(let part) = option else {
          throw PyException(
            .typeError,
            "\(name) first arg must be str or a tuple of str, not \(option.typeName)")
        }
        if name == "startswith" ? s.hasPrefix(part) : s.hasSuffix(part) { return .bool(true) }
      }
      return .bool(false)
    case "find", "rfind", "index":
      try a.expectCount(1...1)
      let part = try a.string("sub", at: 0) ?? ""
      let characters = Array(s)
      let needle = Array(part)
      let positions = name == "rfind"
        ? Array(stride(from: characters.count - needle.count, through: 0, by: -1))
        : Array(stride(from: 0, through: characters.count - needle.count, by: 1))
      for start in positions where Array(characters[start..<(start + needle.count)]) == needle {
        return .int(start)
      }
      if name == "index" { throw PyException(.valueError, "substring not found") }
      return .int(-1)
    case "count":
      try a.expectCount(1...1)
      let part = try a.string("sub", at: 0) ?? ""
      if part.isEmpty { return .int(s.count + 1) }
      return .int(s.ranges(of: part).count)
    case "format":
      return .str(try FormatString.format(s, a.positional, a.keywords, a.interpreter))
    case "isdigit": return .bool(!s.isEmpty && s.allSatisfy { $0.isNumber })
    case "isalpha": return .bool(!s.isEmpty && s.allSatisfy { $0.isLetter })
    case "isalnum": return .bool(!s.isEmpty && s.allSatisfy { $0.isLetter || $0.isNumber })
    case "isspace": return .bool(!s.isEmpty && s.allSatisfy { $0.isWhitespace })
    case "isupper": return .bool(s.contains { $0.isCased } && !s.contains { $0.isLowercase })
    case "islower": return .bool(s.contains { $0.isCased } && !s.contains { $0.isUppercase })
    case "capitalize": return .str(s.prefix(1).uppercased() + s.dropFirst().lowercased())
    case "title":
      var out = ""
      var previousCased = false
      for c in s {
        out += previousCased ? c.lowercased() : c.uppercased()
        previousCased = c.isLetter
      }
      return .str(out)
    case "center", "ljust", "rjust":
      try a.expectCount(1...2)
      let width = try a.int("width", at: 0)
      let fill = try a.string("fillchar", at: 1) ?? " "
      let padding = max(0, width - s.count)
      switch name {
      case "ljust": return .str(s + String(repeating: fill, count: padding))
      case "rjust": return .str(String(repeating: fill, count: padding) + s)
      default:
        let left = padding / 2 + (padding % 2 == 1 && width % 2 == 1 ? 1 : 0)
        return .str(String(repeating: fill, count: left) + s + String(repeating: fill, count: padding - left))
      }
    case "zfill":
      let width = try a.int("width", at: 0)
      let padding = max(0, width - s.count)
      if let first = s.first, first == "-" || first == "+" {
        return .str(String(first) + String(repeating: "0", count: padding) + s.dropFirst())
      }
      return .str(String(repeating: "0", count: padding) + s)
    case "partition":
      let separator = try a.string("sep", at: 0) ?? ""
      guard let range = s.firstRange(of: separator) else { return .tuple([.str(s), .str(""), .str("")]) }
      return .tuple([.str(String(s[..<range.lowerBound])), .str(separator), .str(String(s[range.upperBound...]))])
    default:
      return nil
    }
  }

  private static func split(_ s: String, _ separator: String?, _ limit: Int, fromRight: Bool)
    throws(PyException) -> [String]
  {
    guard let separator else {
      var words = s.split(whereSeparator: { $0.isWhitespace }).map(String.init)
      if limit >= 0 && words.count > limit + 1 {
        if fromRight {
          let head = words.dropLast(limit)
          words = [head.joined(separator: " ")] + words.suffix(limit)
        } else {
          words = Array(words.prefix(limit)) + [words.dropFirst(limit).joined(separator: " ")]
        }
      }
      return words
    }
    if separator.isEmpty { throw PyException(.valueError, "empty separator") }
    var parts = s.split(separator: separator, omittingEmptySubsequences: false).map(String.init)
    if limit >= 0 && parts.count > limit + 1 {
      if fromRight {
        parts = [parts.dropLast(limit).joined(separator: separator)] + parts.suffix(limit)
      } else {
        parts = Array(parts.prefix(limit)) + [parts.dropFirst(limit).joined(separator: separator)]
      }
    }
    return parts
  }
}
