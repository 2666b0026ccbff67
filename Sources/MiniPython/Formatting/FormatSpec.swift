/// Python's format-spec mini-language: `format(x, spec)`, f-strings and `str.format`.
///
/// `[[fill]align][sign][#][0][width][,|_][.precision][type]`, with the types `d b o x X c`
/// for ints, `e E f F g G %` for floats and `s` for strings; no type means `str()` for strings
/// and ints and a `repr`-like form for floats.
struct FormatSpec {
  var fill: Character = " "
  var align: Character? = nil
  var sign: Character = "-"
  var alternate = false
  var width = 0
  var grouping: Character? = nil
  var precision: Int? = nil
  var type: Character? = nil

  /// Parses a spec.
  ///
  /// - Throws: `ValueError: Invalid format specifier`.
  init(_ spec: String) throws(PyException) {
    var chars = Array(spec)
    func invalid() -> PyException {
      PyException(.valueError, "Invalid format specifier '\(spec)' for object of type")
    }
    var i = 0
    if chars.count >= 2, "<>=^".contains(chars[1]) {
      fill = chars[0]
      align = chars[1]
      i = 2
    } else if let first = chars.first, "<>=^".contains(first) {
      align = first
      i = 1
    }
    if i < chars.count, "+- ".contains(chars[i]) {
      sign = chars[i]
      i += 1
    }
    if i < chars.count, chars[i] == "#" {
      alternate = true
      i += 1
    }
    if i < chars.count, chars[i] == "0" {
      if align == nil {
        fill = "0"
        align = "="
      }
      i += 1
    }
    var digits = ""
    while i < chars.count, chars[i].isASCII, chars[i].isNumber {
      digits.append(chars[i])
      i += 1
    }
    width = Int(digits) ?? 0
    if i < chars.count, chars[i] == "," || chars[i] == "_" {
      grouping = chars[i]
      i += 1
    }
    if i < chars.count, chars[i] == "." {
      i += 1
      var precisionDigits = ""
      while i < chars.count, chars[i].isASCII, chars[i].isNumber {
        precisionDigits.append(chars[i])
        i += 1
      }
      guard let p = Int(precisionDigits) else { throw PyException(.valueError, "Format specifier missing precision") }
      precision = p
    }
    if i < chars.count {
      type = chars[i]
      i += 1
    }
    if i != chars.count { throw invalid() }
    chars = []
  }

  /// Formats a value with a spec string.
  static func format(_ value: PyValue, spec: String, interpreter: Interpreter) throws(PyException)
    -> String
  {
    if spec.isEmpty { return try interpreter.str(value) }
    if case .instance(let object) = value, let method = object.cls.lookup("__format__") {
      return try interpreter.str(try interpreter.call(method, [value, .str(spec)]))
    }
    let parsed = try FormatSpec(spec)
    return try parsed.apply(to: value, interpreter: interpreter)
  }

  func apply(to value: PyValue, interpreter: Interpreter) throws(PyException) -> String {
    switch value {
    case .int, .bool:
      if let type, "eEfFgG%".contains(type) { return try formatFloat(Double(value.asIndex!)) }  // int-like: asIndex is non-nil
      return try formatInt(value.asIndex!)  // int-like: asIndex is non-nil
    case .float(let d):
      return try formatFloat(d)
    case .str(let s):
      if let type, type != "s" {
        throw PyException(.valueError, "Unknown format code '\(type)' for object of type 'str'")
      }
      let text = precision.map { String(s.prefix($0)) } ?? s
      return pad(text, defaultAlign: "<")
    default:
      if let d = value.asDouble, case .native = value { return try formatFloat(d) }
      if type != nil || precision != nil {
        throw PyException(.typeError, "unsupported format string passed to \(value.typeName).__format__")
      }
      return pad(try interpreter.str(value), defaultAlign: "<")
    }
  }

  private func formatInt(_ i: Int) throws(PyException) -> String {
    var digits: String
    var prefix = ""
    switch type {
    case nil, "d", "n": digits = String(i.magnitude)
    case "b": digits = String(i.magnitude, radix: 2); prefix = alternate ? "0b" : ""
    case "o": digits = String(i.magnitude, radix: 8); prefix = alternate ? "0o" : ""
    case "x": digits = String(i.magnitude, radix: 16); prefix = alternate ? "0x" : ""
    case "X": digits = String(i.magnitude, radix: 16).uppercased(); prefix = alternate ? "0X" : ""
    case "c":
      return pad(String(Character(Unicode.Scalar(UInt32(clamping: i)) ?? " ")), defaultAlign: "<")
    default:
      throw PyException(.valueError, "Unknown format code '\(type!)' for object of type 'int'")  // non-nil: nil handled above
    }
    if let grouping { digits = FormatSpec.group(digits, grouping) }
    return pad(digits, sign: signText(negative: i < 0) + prefix, defaultAlign: ">")
  }

  private func formatFloat(_ x: Double) throws(PyException) -> String {
    var body: String
    let magnitude = abs(x)
    switch type {
    case nil:
      if let precision {
        body = PythonFloat.printf(".\(max(precision, 1))g", magnitude)
        if !body.contains(".") && !body.contains("e") && magnitude.isFinite { body += ".0" }
      } else {
        body = PythonFloat.repr(magnitude)
      }
    case "f", "F", "e", "E", "g", "G":
      if !alternate, type == "f" || type == "F", let fixed = PythonFloat.fixed(magnitude, precision: precision ?? 6) {
        body = fixed
        break
      }
      body = PythonFloat.printf((alternate ? "#" : "") + ".\(precision ?? 6)" + String(type!), magnitude)  // non-nil in this case
    case "%":
      body = PythonFloat.printf(".\(precision ?? 6)f", magnitude * 100) + "%"
    default:
      throw PyException(.valueError, "Unknown format code '\(type!)' for object of type 'float'")  // non-nil: nil handled above
    }
    if x.isNaN { body = type == "F" || type == "E" || type == "G" ? "NAN" : "nan" }
    if let grouping {
      let integerEnd = body.firstIndex { !$0.isNumber } ?? body.endIndex
      body = FormatSpec.group(String(body[..<integerEnd]), grouping) + body[integerEnd...]
    }
    return pad(body, sign: signText(negative: x.sign == .minus && !x.isNaN), defaultAlign: ">")
  }

  private func signText(negative: Bool) -> String {
    if negative { return "-" }
    switch sign {
    case "+": return "+"
    case " ": return " "
    default: return ""
    }
  }

  private func pad(_ body: String, sign: String = "", defaultAlign: Character) -> String {
    let length = body.count + sign.count
    guard width > length else { return sign + body }
    let padding = width - length
    switch align ?? defaultAlign {
    case "<": return sign + body + String(repeating: fill, count: padding)
    case "^":
      let left = padding / 2
      return String(repeating: fill, count: left) + sign + body
        + String(repeating: fill, count: padding - left)
    case "=": return sign + String(repeating: fill, count: padding) + body
    default: return String(repeating: fill, count: padding) + sign + body
    }
  }

  /// `1234567` → `1,234,567`.
  static func group(_ digits: String, _ separator: Character) -> String {
    var out = ""
    for (index, digit) in digits.enumerated() {
      if index > 0 && (digits.count - index) % 3 == 0 { out.append(separator) }
      out.append(digit)
    }
    return out
  }
}
