/// A `%` format string parsed once, when the script is compiled: `"Cost after iteration %i: %f"`.
///
/// A template literal on the left of `%` is parsed at compile time into literal text and
/// conversions, so formatting in a loop only converts the values. It formats exactly as
/// `PercentFormat.format` does; templates with `%(key)s` or `*` widths are not pre-parsed, and
/// argument shapes the template does not fit (a count mismatch, a mapping, a host object) take
/// `PercentFormat` and its errors.
struct PercentTemplate {
  /// One `%` conversion: `%-8.3f` has flags `-`, width `8`, precision `3`, conversion `f`.
  struct Conversion {
    let conversion: Character
    let flags: String
    let width: String
    let precision: String?
    /// For `e f g` conversions: the spec `PercentFormat` would build, parsed once.
    let floatSpec: FormatSpec?
    /// `%s`, `%d`, `%i` or `%u` with no flags, width or precision.
    let isPlain: Bool
  }

  enum Piece {
    case literal(String)
    case conversion(Conversion)
  }

  let pieces: [Piece]
  let conversionCount: Int

  /// Parses `template`; `nil` when it has a mapping key, a `*`, or an error (the general path
  /// raises it when the script runs).
  init?(_ template: String) {
    let chars = Array(template)
    var pieces: [Piece] = []
    var literal = ""
    var count = 0
    var i = 0
    while i < chars.count {
      let c = chars[i]
      i += 1
      guard c == "%" else {
        literal.append(c)
        continue
      }
      guard i < chars.count, chars[i] != "(" else { return nil }
      guard let (flags, width, precision) = try? PercentFormat.scanSpec(chars, &i, star: { nil }) else { return nil }
      guard i < chars.count else { return nil }
      let conversion = chars[i]
      i += 1
      if conversion == "%" {
        literal.append("%")
        continue
      }
      guard "sradiufFeEgGxXoc".contains(conversion) else { return nil }
      var floatSpec: FormatSpec? = nil
      if "fFeEgG".contains(conversion) {
        guard let spec = try? FormatSpec(PercentFormat.floatSpec(conversion, flags, width, precision)) else {
          return nil
        }
        floatSpec = spec
      }
      if !literal.isEmpty { pieces.append(.literal(literal)) }
      literal = ""
      let isPlain = "sdiu".contains(conversion) && flags.isEmpty && width.isEmpty && precision == nil
      pieces.append(
        .conversion(
          Conversion(
            conversion: conversion, flags: flags, width: width, precision: precision, floatSpec: floatSpec,
            isPlain: isPlain)))
      count += 1
    }
    if !literal.isEmpty { pieces.append(.literal(literal)) }
    self.pieces = pieces
    self.conversionCount = count
  }

  /// `template % arguments`, or `nil` when the arguments need the general path.
  func format(_ arguments: PyValue, interpreter: Interpreter) throws(PyException) -> String? {
    switch arguments {
    case .tuple(let items):
      guard items.count == conversionCount else { return nil }
      return try format(items, interpreter)
    case .int, .float, .str, .bool, .none:
      guard conversionCount == 1 else { return nil }
      return try format(CollectionOfOne(arguments), interpreter)
    default:
      return nil
    }
  }

  private func format<C: Collection>(_ values: C, _ interpreter: Interpreter) throws(PyException) -> String
  where C.Element == PyValue, C.Index == Int {
    var out = ""
    var next = values.startIndex
    for piece in pieces {
      switch piece {
      case .literal(let text):
        out += text
      case .conversion(let c):
        let value = values[next]
        next += 1
        out += try convert(value, c, interpreter)
      }
    }
    return out
  }

  @inline(__always)
  private func convert(_ value: PyValue, _ c: Conversion, _ interpreter: Interpreter) throws(PyException)
    -> String
  {
    if c.isPlain {
      switch (c.conversion, value) {
      case ("s", .str(let s)): return s
      case ("s", .int(let i)), ("d", .int(let i)), ("i", .int(let i)), ("u", .int(let i)): return String(i)
      case ("s", .float), ("s", .none), ("s", .bool): return try interpreter.str(value)
      default: break
      }
    }
    if let spec = c.floatSpec {
      switch value {
      case .float(let x): return try spec.apply(to: .float(x), interpreter: interpreter)
      case .int(let i): return try spec.apply(to: .float(Double(i)), interpreter: interpreter)
      default: break
      }
    }
    return try PercentFormat.convert(value, c.conversion, c.flags, c.width, c.precision, interpreter)
  }
}
