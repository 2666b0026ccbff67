/// Reads the Python literals a lesson writes after `expect:` into `CheckValue`s.
///
/// Accepts ints, floats (with exponents, `inf`, `nan`, `-`), `True`, `False`, `None`, quoted
/// strings, `[…]` lists and `(…)` tuples (`(4,)` is a one-element tuple), nested.
enum ValueLiteral {
  /// Parses `text`, or returns nil when it is not a literal.
  static func parse(_ text: String) -> CheckValue? {
    var reader = Reader(characters: Array(text))
    guard let value = reader.value() else { return nil }
    reader.skipSpaces()
    return reader.isAtEnd ? value : nil
  }

  private struct Reader {
    var characters: [Character]
    var index = 0

    var isAtEnd: Bool { index == characters.count }
    var peek: Character? { isAtEnd ? nil : characters[index] }

    mutating func skipSpaces() {
      while let c = peek, c == " " || c == "\t" { index += 1 }
    }

    mutating func value() -> CheckValue? {
      skipSpaces()
      guard let c = peek else { return nil }
      switch c {
      case "[":
        index += 1
        guard let (items, _) = sequence(closing: "]") else { return nil }
        return .list(items)
      case "(":
        index += 1
        guard let (items, trailingComma) = sequence(closing: ")") else { return nil }
        if items.count == 1, !trailingComma { return items[0] }
        return .tuple(items)
      case "'", "\"":
        index += 1
        var text = ""
        while let d = peek, d != c {
          text.append(d)
          index += 1
        }
        guard peek == c else { return nil }
        index += 1
        return .string(text)
      default:
        return atom()
      }
    }

    /// Items up to `closing`, and whether the last item was followed by a comma.
    mutating func sequence(closing: Character) -> ([CheckValue], Bool)? {
      var items: [CheckValue] = []
      var trailingComma = false
      skipSpaces()
      while peek != closing {
        guard let item = value() else { return nil }
        items.append(item)
        skipSpaces()
        trailingComma = peek == ","
        if trailingComma { index += 1 }
        skipSpaces()
        if !trailingComma, peek != closing { return nil }
      }
      index += 1
      return (items, trailingComma)
    }

    mutating func atom() -> CheckValue? {
      let start = index
      while let c = peek, c.isLetter || c.isNumber || c == "." || c == "-" || c == "+" || c == "_" {
        index += 1
      }
      let word = String(characters[start..<index])
      switch word {
      case "True": return .bool(true)
      case "False": return .bool(false)
      case "None": return CheckValue.none
      case "inf", "+inf": return .float(.infinity)
      case "-inf": return .float(-.infinity)
      case "nan": return .float(.nan)
      default: break
      }
      let digits = word.replacingUnderscores
      if let int = Int(digits) { return .int(int) }
      if let double = Double(digits), digits.contains(where: \.isNumber) { return .float(double) }
      return nil
    }
  }
}

extension String {
  /// The text without `_` digit separators.
  fileprivate var replacingUnderscores: String { String(filter { $0 != "_" }) }
}
