/// Python's `%` string formatting: `"%d items, %.3f loss" % (n, loss)`, `"%(name)s" % d`.
enum PercentFormat {
  static func format(_ template: String, _ arguments: PyValue, interpreter: Interpreter)
    throws(PyException) -> String
  {
    var values: [PyValue]
    var mapping: PyDict? = nil
    switch arguments {
    case .tuple(let items): values = items
    case .dict(let dict):
      mapping = dict
      values = [arguments]
    default: values = [arguments]
    }
    var next = 0
    func take() throws(PyException) -> PyValue {
      guard next < values.count else {
        throw PyException(.typeError, "not enough arguments for format string")
      }
      defer { next += 1 }
      return values[next]
    }
    let chars = Array(template)
    var out = ""
    var i = 0
    var usedMapping = false
    while i < chars.count {
      let c = chars[i]
      i += 1
      guard c == "%" else {
        out.append(c)
        continue
      }
      guard i < chars.count else { throw PyException(.valueError, "incomplete format") }
      var key: String? = nil
      if chars[i] == "(" {
        guard let close = chars[i...].firstIndex(of: ")") else {
          throw PyException(.valueError, "incomplete format key")
        }
        key = String(chars[(i + 1)..<close])
        i = close + 1
      }
      // A `*` width or precision always takes an argument here, so the scan never gives up.
      let (flags, width, precision) = try scanSpec(chars, &i) { () throws(PyException) in
        String(try take().asIndex ?? 0)
      }!
      guard i < chars.count else { throw PyException(.valueError, "incomplete format") }
      let conversion = chars[i]
      i += 1
      if conversion == "%" {
        out.append("%")
        continue
      }
      let value: PyValue
      if let key {
        guard let mapping else { throw PyException(.typeError, "format requires a mapping") }
        guard let found = mapping.get(key) else { throw PyException(keyError: .str(key)) }
        value = found
        usedMapping = true
      } else {
        value = try take()
      }
      out += try convert(value, conversion, flags, width, precision, interpreter)
    }
    if !usedMapping && next < values.count && mapping == nil {
      throw PyException(.typeError, "not all arguments converted during string formatting")
    }
    return out
  }

  /// The flags, width and precision of the conversion at `chars[i]`, moving `i` past them. A `*`
  /// width or precision is what `star` returns; nil when `star` returns nil (the caller does not
  /// take `*`).
  static func scanSpec(
    _ chars: [Character], _ i: inout Int, star: () throws(PyException) -> String?
  ) throws(PyException) -> (flags: String, width: String, precision: String?)? {
    var flags = ""
    while i < chars.count, "-+ #0".contains(chars[i]) {
      flags.append(chars[i])
      i += 1
    }
    func digits(after start: String) -> String {
      var text = start
      while i < chars.count, chars[i].isASCII, chars[i].isNumber {
        text.append(chars[i])
        i += 1
      }
      return text
    }
    var width = ""
    if i < chars.count, chars[i] == "*" {
      guard let value = try star() else { return nil }
      width = value
      i += 1
    }
    width = digits(after: width)
    var precision: String? = nil
    if i < chars.count, chars[i] == "." {
      i += 1
      var p = ""
      if i < chars.count, chars[i] == "*" {
        guard let value = try star() else { return nil }
        p = value
        i += 1
      }
      p = digits(after: p)
      precision = p.isEmpty ? "0" : p
    }
    return (flags, width, precision)
  }

  /// The format spec of an `e f g` conversion: `%-8.3f` → `<8.3f`.
  static func floatSpec(_ conversion: Character, _ flags: String, _ width: String, _ precision: String?)
    -> String
  {
    let zero = flags.contains("0") && !flags.contains("-")
    let sign = flags.contains("+") ? "+" : flags.contains(" ") ? " " : ""
    return (flags.contains("-") ? "<" : "") + sign + (flags.contains("#") ? "#" : "") + (zero ? "0" : "")
      + width + "." + (precision ?? "6") + String(conversion)
  }

  static func convert(
    _ value: PyValue, _ conversion: Character, _ flags: String, _ width: String, _ precision: String?,
    _ interpreter: Interpreter
  ) throws(PyException) -> String {
    let align = flags.contains("-") ? "<" : ">"
    let zero = flags.contains("0") && !flags.contains("-")
    let sign = flags.contains("+") ? "+" : flags.contains(" ") ? " " : ""
    var spec = (align == "<" ? "<" : "") + sign + (flags.contains("#") ? "#" : "") + (zero ? "0" : "")
      + width
    switch conversion {
    case "s", "r", "a":
      let text = conversion == "s" ? try interpreter.str(value) : try interpreter.repr(value)
      spec = align + width + (precision.map { "." + $0 } ?? "")
      return try FormatSpec(spec).apply(to: .str(text), interpreter: interpreter)
    case "d", "i", "u":
      guard let number = value.asDouble else {
        throw PyException(
          .typeError, "%\(conversion) format: a real number is required, not \(value.typeName)")
      }
      let integer: PyValue = value.asIndex.map { .int($0) } ?? .int(Int(number.rounded(.towardZero)))
      return try FormatSpec(spec + "d").apply(to: integer, interpreter: interpreter)
    case "f", "F", "e", "E", "g", "G":
      guard let number = value.asDouble else {
        throw PyException(.typeError, "must be real number, not \(value.typeName)")
      }
      return try FormatSpec(floatSpec(conversion, flags, width, precision))
        .apply(to: .float(number), interpreter: interpreter)
    case "x", "X", "o":
      guard let integer = value.asIndex else {
        throw PyException(
          .typeError, "%\(conversion) format: an integer is required, not \(value.typeName)")
      }
      return try FormatSpec(spec + String(conversion)).apply(to: .int(integer), interpreter: interpreter)
    case "c":
      if case .str = value { return try interpreter.str(value) }
      return try FormatSpec(spec + "c").apply(to: value, interpreter: interpreter)
    default:
      throw PyException(
        .valueError,
        "unsupported format character '\(conversion)' (0x\(String(conversion.unicodeScalars.first!.value, radix: 16)))")  // a Character has a first scalar
    }
  }
}
