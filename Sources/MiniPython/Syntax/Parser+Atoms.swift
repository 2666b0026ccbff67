extension Parser {
  mutating func atom() throws(SyntaxError) -> Expression {
    let token = current
    let location = token.location
    switch token.kind {
    case .name(let n):
      advance()
      return .name(n, location)
    case .int(let i):
      advance()
      return .constant(.int(i), location)
    case .float(let d):
      advance()
      return .constant(.float(d), location)
    case .string, .formatString:
      return try strings()
    case .keyword("None"):
      advance()
      return .constant(.none, location)
    case .keyword("True"):
      advance()
      return .constant(.bool(true), location)
    case .keyword("False"):
      advance()
      return .constant(.bool(false), location)
    case .op("..."):
      advance()
      return .constant(.ellipsis, location)
    case .op("("):
      advance()
      if accept(")") { return .tuple([], location) }
      let first = check("*") ? try starred() : try namedExpression()
      if checkKeyword("for") {
        let generator = try comprehension(.generator, first, nil, location)
        try expect(")")
        return generator
      }
      if accept(")") { return first }
      var items = [first]
      while accept(",") {
        if check(")") { break }
        items.append(check("*") ? try starred() : try expression())
      }
      if !check(")") {
        throw SyntaxError(message: "invalid syntax. Perhaps you forgot a comma?", location: current.location)
      }
      advance()
      return .tuple(items, location)
    case .op("["):
      advance()
      if accept("]") { return .list([], location) }
      let first = check("*") ? try starred() : try namedExpression()
      if checkKeyword("for") {
        let list = try comprehension(.list, first, nil, location)
        try expect("]")
        return list
      }
      var items = [first]
      while accept(",") {
        if check("]") { break }
        items.append(check("*") ? try starred() : try expression())
      }
      if !check("]") {
        throw SyntaxError(message: "invalid syntax. Perhaps you forgot a comma?", location: current.location)
      }
      advance()
      return .list(items, location)
    case .op("{"):
      advance()
      return try braces(location)
    case .keyword("yield"):
      advance()
      if acceptKeyword("from") { return .yield(try expression(), from: true, location) }
      if Parser.endsExpressionList(current.kind) { return .yield(nil, from: false, location) }
      return .yield(try starExpressions(), from: false, location)
    case .indent:
      throw SyntaxError(kind: .indentationError, message: "unexpected indent", location: location)
    case .newline, .end:
      throw SyntaxError(message: "invalid syntax", location: location)
    default:
      throw invalid()
    }
  }

  private mutating func braces(_ location: SourceLocation) throws(SyntaxError) -> Expression {
    if accept("}") { return .dict([], location) }
    if accept("**") {
      var entries: [(key: Expression?, value: Expression)] = [(nil, try bitOr())]
      try dictRest(&entries)
      return .dict(entries, location)
    }
    let first = check("*") ? try starred() : try expression()
    if accept(":") {
      let value = try expression()
      if checkKeyword("for") {
        let dict = try comprehension(.dict, first, value, location)
        try expect("}")
        return dict
      }
      var entries: [(key: Expression?, value: Expression)] = [(first, value)]
      try dictRest(&entries)
      return .dict(entries, location)
    }
    if checkKeyword("for") {
      let set = try comprehension(.set, first, nil, location)
      try expect("}")
      return set
    }
    var items = [first]
    while accept(",") {
      if check("}") { break }
      items.append(check("*") ? try starred() : try expression())
    }
    try expect("}")
    return .set(items, location)
  }

  private mutating func dictRest(_ entries: inout [(key: Expression?, value: Expression)]) throws(SyntaxError) {
    while accept(",") {
      if check("}") { break }
      if accept("**") {
        entries.append((nil, try bitOr()))
        continue
      }
      let key = try expression()
      guard accept(":") else {
        throw SyntaxError(message: "':' expected after dictionary key", location: current.location)
      }
      entries.append((key, try expression()))
    }
    try expect("}")
  }

  /// `for target in iterable [if condition]...` clauses after a comprehension's element.
  mutating func comprehension(
    _ kind: Expression.Comprehension.Kind, _ element: Expression, _ value: Expression?,
    _ location: SourceLocation
  ) throws(SyntaxError) -> Expression {
    var clauses: [Expression.Comprehension.Clause] = []
    while acceptKeyword("for") {
      let target = try targetList()
      guard acceptKeyword("in") else { throw invalid() }
      let iterable = try disjunction()
      var conditions: [Expression] = []
      while acceptKeyword("if") { conditions.append(try disjunction()) }
      clauses.append(.init(target: target, iterable: iterable, conditions: conditions))
    }
    return .comprehension(
      Expression.Comprehension(kind: kind, element: element, value: value, clauses: clauses), location)
  }

  /// Adjacent string literals, concatenated; f-strings among them make a formatted string.
  private mutating func strings() throws(SyntaxError) -> Expression {
    let location = current.location
    var parts: [Expression.FormatPart] = []
    var isFormatted = false
    while true {
      switch current.kind {
      case .string(let s):
        parts.append(.literal(s))
      case .formatString(let body):
        isFormatted = true
        parts += try Parser.formatParts(body, location)
      default:
        if !isFormatted {
          var text = ""
          for case .literal(let s) in parts { text += s }
          return .constant(.string(text), location)
        }
        return .formatted(parts, location)
      }
      advance()
    }
  }

  /// Splits an f-string body into literal text and parsed `{expression!conversion:spec}` fields.
  static func formatParts(_ body: String, _ location: SourceLocation) throws(SyntaxError)
    -> [Expression.FormatPart]
  {
    let chars = Array(body)
    var parts: [Expression.FormatPart] = []
    var literal = ""
    var i = 0
    func flush() throws(SyntaxError) {
      if !literal.isEmpty { parts.append(.literal(try Lexer.unescape(literal, location))) }
      literal = ""
    }
    while i < chars.count {
      let c = chars[i]
      if c == "}" {
        guard i + 1 < chars.count, chars[i + 1] == "}" else {
          throw SyntaxError(message: "f-string: single '}' is not allowed", location: location)
        }
        literal.append("}")
        i += 2
        continue
      }
      if c != "{" {
        literal.append(c)
        i += 1
        continue
      }
      if i + 1 < chars.count && chars[i + 1] == "{" {
        literal.append("{")
        i += 2
        continue
      }
      try flush()
      var depth = 0
      var j = i + 1
      var quote: Character? = nil
      var conversionAt: Int? = nil
      var specAt: Int? = nil
      while j < chars.count {
        let d = chars[j]
        if let q = quote {
          if d == q { quote = nil }
        } else if d == "'" || d == "\"" {
          quote = d
        } else if "([{".contains(d) {
          depth += 1
        } else if ")]".contains(d) || (d == "}" && depth > 0) {
          depth -= 1
        } else if d == "}" {
          break
        } else if depth == 0 && specAt == nil && d == "!" && j + 1 < chars.count && chars[j + 1] != "=" {
          conversionAt = j
        } else if depth == 0 && specAt == nil && d == ":" {
          specAt = j
        }
        j += 1
      }
      guard j < chars.count else {
        throw SyntaxError(message: "f-string: expecting '}'", location: location)
      }
      let expressionEnd = conversionAt ?? specAt ?? j
      var expressionText = String(chars[(i + 1)..<expressionEnd])
      var debugPrefix: String? = nil
      let trimmed = expressionText.trimmingWhitespace()
      if trimmed.hasSuffix("="), !trimmed.hasSuffix("=="), !trimmed.hasSuffix("!="),
        !trimmed.hasSuffix("<="), !trimmed.hasSuffix(">=")
      {
        debugPrefix = expressionText
        expressionText = String(trimmed.dropLast())
      }
      if expressionText.trimmingWhitespace().isEmpty {
        throw SyntaxError(message: "f-string: empty expression not allowed", location: location)
      }
      var parser = Parser(tokens: try Lexer.tokenize("(" + expressionText + ")"))
      let expression = try parser.expression()
      var conversion: Character? = nil
      if let conversionAt { conversion = chars[conversionAt + 1] }
      if debugPrefix != nil && conversion == nil && specAt == nil { conversion = "r" }
      let spec = specAt.map { String(chars[($0 + 1)..<j]) } ?? ""
      if let debugPrefix { parts.append(.literal(debugPrefix)) }
      parts.append(.field(expression, conversion: conversion, spec: try formatParts(spec, location)))
      i = j + 1
    }
    try flush()
    return parts
  }
}
