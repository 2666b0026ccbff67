/// `str.format`: `"{} and {0} and {name!r:>8} and {x.attr[0]}".format(...)`.
enum FormatString {
  static func format(
    _ template: String, _ positional: [PyValue], _ keywords: [(name: String, value: PyValue)],
    _ interpreter: Interpreter
  ) throws(PyException) -> String {
    var automatic = 0
    return try expand(template, &automatic, positional, keywords, interpreter)
  }

  /// `template` with its fields replaced; `automatic` is the next `{}` argument, shared with the
  /// fields nested in a spec (`"{:.{}f}".format(x, 2)`: the field takes `x`, its precision `2`).
  private static func expand(
    _ template: String, _ automatic: inout Int, _ positional: [PyValue],
    _ keywords: [(name: String, value: PyValue)], _ interpreter: Interpreter
  ) throws(PyException) -> String {
    let chars = Array(template)
    var out = ""
    var i = 0
    while i < chars.count {
      let c = chars[i]
      if c == "}" {
        guard i + 1 < chars.count, chars[i + 1] == "}" else {
          throw PyException(.valueError, "Single '}' encountered in format string")
        }
        out.append("}")
        i += 2
        continue
      }
      guard c == "{" else {
        out.append(c)
        i += 1
        continue
      }
      if i + 1 < chars.count, chars[i + 1] == "{" {
        out.append("{")
        i += 2
        continue
      }
      var depth = 1
      var j = i + 1
      while j < chars.count && depth > 0 {
        if chars[j] == "{" { depth += 1 }
        if chars[j] == "}" { depth -= 1 }
        j += 1
      }
      guard depth == 0 else { throw PyException(.valueError, "expected '}' before end of string") }
      let field = String(chars[(i + 1)..<(j - 1)])
      i = j
      var body = Substring(field)
      var spec = ""
      if let colon = Self.topLevelColon(body) {
        spec = String(body[body.index(after: colon)...])
        body = body[..<colon]
      }
      var conversion: Character? = nil
      if let bang = body.firstIndex(of: "!") {
        conversion = body[body.index(after: bang)...].first
        body = body[..<bang]
      }
      var value = try resolve(String(body), &automatic, positional, keywords, interpreter)
      if conversion == "r" { value = .str(try interpreter.repr(value)) }
      if conversion == "s" { value = .str(try interpreter.str(value)) }
      if spec.contains("{") { spec = try expand(spec, &automatic, positional, keywords, interpreter) }
      out += try FormatSpec.format(value, spec: spec, interpreter: interpreter)
    }
    return out
  }

  private static func topLevelColon(_ field: Substring) -> Substring.Index? {
    var depth = 0
    for index in field.indices {
      switch field[index] {
      case "[": depth += 1
      case "]": depth -= 1
      case ":" where depth == 0: return index
      default: break
      }
    }
    return nil
  }

  private static func resolve(
    _ name: String, _ automatic: inout Int, _ positional: [PyValue],
    _ keywords: [(name: String, value: PyValue)], _ interpreter: Interpreter
  ) throws(PyException) -> PyValue {
    let head = String(name.prefix { $0 != "." && $0 != "[" })
    var rest = Substring(name.dropFirst(head.count))
    var value: PyValue
    if head.isEmpty || Int(head) != nil {
      let index = Int(head) ?? automatic
      if head.isEmpty { automatic += 1 }
      guard index < positional.count else {
        throw PyException(.indexError, "Replacement index \(index) out of range for positional args tuple")
      }
      value = positional[index]
    } else {
      guard let found = keywords.first(where: { $0.name == head })?.value else {
        throw PyException(keyError: .str(head))
      }
      value = found
    }
    while let first = rest.first {
      if first == "." {
        let attribute = rest.dropFirst().prefix { $0 != "." && $0 != "[" }
        value = try interpreter.attribute(value, String(attribute))
        rest = rest.dropFirst(attribute.count + 1)
      } else {
        guard let close = rest.firstIndex(of: "]") else { break }
        let key = String(rest[rest.index(after: rest.startIndex)..<close])
        value = try interpreter.item(value, Int(key).map { .int($0) } ?? .str(key))
        rest = rest[rest.index(after: close)...]
      }
    }
    return value
  }
}
