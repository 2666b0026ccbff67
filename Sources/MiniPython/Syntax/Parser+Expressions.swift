extension Parser {
  /// `a, *b, c` — a tuple without parentheses when there is a comma.
  mutating func starExpressions() throws(SyntaxError) -> Expression {
    let location = current.location
    var items: [Expression] = []
    var trailingComma = false
    repeat {
      if Parser.endsExpressionList(current.kind) { break }
      items.append(check("*") ? try starred() : try expression())
      trailingComma = check(",")
    } while accept(",")
    guard !items.isEmpty else { throw invalid() }
    if items.count == 1 && !trailingComma {
      if case .starred = items[0] {
        throw SyntaxError(message: "can't use starred expression here", location: location)
      }
      return items[0]
    }
    return .tuple(items, location)
  }

  mutating func expressionList() throws(SyntaxError) -> Expression { try starExpressions() }

  static func endsExpressionList(_ kind: Token.Kind) -> Bool {
    switch kind {
    case .newline, .end, .op("="), .op(")"), .op("]"), .op("}"), .op(":"), .op(";"): return true
    default:
      if case .op(let op) = kind, augmentedOperators[op] != nil { return true }
      return false
    }
  }

  mutating func starred() throws(SyntaxError) -> Expression {
    let location = current.location
    advance()
    return .starred(try bitOr(), location)
  }

  mutating func namedExpression() throws(SyntaxError) -> Expression {
    let value = try expression()
    if check(":=") {
      throw SyntaxError(message: "the walrus operator ':=' is not supported", location: current.location)
    }
    if check("=") {
      throw SyntaxError(
        message: "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", location: current.location)
    }
    return value
  }

  /// `lambda`, or a disjunction with an optional `if … else …`.
  mutating func expression() throws(SyntaxError) -> Expression {
    let location = current.location
    if acceptKeyword("lambda") {
      let parameters = try parameterList(closing: ":")
      try expect(":")
      return .lambda(parameters, try expression(), location)
    }
    let body = try disjunction()
    guard acceptKeyword("if") else { return body }
    let test = try disjunction()
    guard acceptKeyword("else") else {
      throw SyntaxError(message: "expected 'else' after 'if' expression", location: current.location)
    }
    return .conditional(test: test, body: body, orElse: try expression(), location)
  }

  mutating func disjunction() throws(SyntaxError) -> Expression {
    var left = try conjunction()
    while checkKeyword("or") {
      let location = current.location
      advance()
      left = .logical(isAnd: false, left, try conjunction(), location)
    }
    return left
  }

  mutating func conjunction() throws(SyntaxError) -> Expression {
    var left = try inversion()
    while checkKeyword("and") {
      let location = current.location
      advance()
      left = .logical(isAnd: true, left, try inversion(), location)
    }
    return left
  }

  mutating func inversion() throws(SyntaxError) -> Expression {
    let location = current.location
    if acceptKeyword("not") { return .not(try inversion(), location) }
    return try comparison()
  }

  mutating func comparison() throws(SyntaxError) -> Expression {
    let location = current.location
    let first = try bitOr()
    var rest: [(Expression.Comparison, Expression)] = []
    while true {
      let op: Expression.Comparison
      switch current.kind {
      case .op("<"): op = .ordered(.less)
      case .op(">"): op = .ordered(.greater)
      case .op("=="): op = .ordered(.equal)
      case .op("!="): op = .ordered(.notEqual)
      case .op("<="): op = .ordered(.lessEqual)
      case .op(">="): op = .ordered(.greaterEqual)
      case .keyword("in"): op = .isIn
      case .keyword("is"):
        if case .keyword("not") = peek().kind {
          advance()
          op = .isNotSame
        } else {
          op = .isSame
        }
      case .keyword("not"):
        guard case .keyword("in") = peek().kind else { return rest.isEmpty ? first : .compare(first, rest, location) }
        advance()
        op = .notIn
      default:
        return rest.isEmpty ? first : .compare(first, rest, location)
      }
      advance()
      rest.append((op, try bitOr()))
    }
  }

  mutating func binaryLevel(
    _ ops: [String: BinaryOperator], _ next: (inout Parser) throws(SyntaxError) -> Expression
  ) throws(SyntaxError) -> Expression {
    var left = try next(&self)
    while case .op(let o) = current.kind, let op = ops[o] {
      let location = current.location
      advance()
      left = .binary(op, left, try next(&self), location)
    }
    return left
  }

  mutating func bitOr() throws(SyntaxError) -> Expression {
    try binaryLevel(["|": .bitOr]) { (p: inout Parser) throws(SyntaxError) in try p.bitXor() }
  }
  mutating func bitXor() throws(SyntaxError) -> Expression {
    try binaryLevel(["^": .bitXor]) { (p: inout Parser) throws(SyntaxError) in try p.bitAnd() }
  }
  mutating func bitAnd() throws(SyntaxError) -> Expression {
    try binaryLevel(["&": .bitAnd]) { (p: inout Parser) throws(SyntaxError) in try p.shift() }
  }
  mutating func shift() throws(SyntaxError) -> Expression {
    try binaryLevel(["<<": .leftShift, ">>": .rightShift]) { (p: inout Parser) throws(SyntaxError) in try p.arithmetic() }
  }
  mutating func arithmetic() throws(SyntaxError) -> Expression {
    try binaryLevel(["+": .add, "-": .subtract]) { (p: inout Parser) throws(SyntaxError) in try p.term() }
  }
  mutating func term() throws(SyntaxError) -> Expression {
    try binaryLevel([
      "*": .multiply, "/": .trueDivide, "//": .floorDivide, "%": .modulo, "@": .matrixMultiply,
    ]) { (p: inout Parser) throws(SyntaxError) in try p.factor() }
  }

  mutating func factor() throws(SyntaxError) -> Expression {
    let location = current.location
    if accept("-") {
      let operand = try factor()
      if case .constant(.int(let i), _) = operand { return .constant(.int(-i), location) }
      if case .constant(.float(let d), _) = operand { return .constant(.float(-d), location) }
      return .unary(.negate, operand, location)
    }
    if accept("+") { return .unary(.plus, try factor(), location) }
    if accept("~") { return .unary(.invert, try factor(), location) }
    return try power()
  }

  mutating func power() throws(SyntaxError) -> Expression {
    let base = try primary()
    guard check("**") else { return base }
    let location = current.location
    advance()
    return .binary(.power, base, try factor(), location)
  }

  mutating func primary() throws(SyntaxError) -> Expression {
    let location = current.location
    var value = try atom()
    while true {
      if accept("(") {
        value = .call(value, try arguments(), location)
        try expect(")")
      } else if accept("[") {
        value = .item(value, try subscriptKey(), location)
        try expect("]")
      } else if accept(".") {
        value = .attribute(value, try name(), location)
      } else {
        return value
      }
    }
  }

  mutating func arguments() throws(SyntaxError) -> [Expression.Argument] {
    var arguments: [Expression.Argument] = []
    var seenKeyword = false
    while !check(")") {
      let location = current.location
      if accept("**") {
        arguments.append(.doubleStar(try expression()))
        seenKeyword = true
      } else if accept("*") {
        arguments.append(.star(try expression()))
      } else if case .name(let keyword) = current.kind, case .op("=") = peek().kind {
        advance()
        advance()
        arguments.append(.keyword(keyword, try expression()))
        seenKeyword = true
      } else {
        let value = try expression()
        if check("=") {
          throw SyntaxError(
            message: "expression cannot contain assignment, perhaps you meant \"==\"?", location: location)
        }
        if checkKeyword("for") {
          arguments.append(.positional(try comprehension(.generator, value, nil, location)))
          break
        }
        if seenKeyword {
          throw SyntaxError(message: "positional argument follows keyword argument", location: location)
        }
        arguments.append(.positional(value))
      }
      if !accept(",") { break }
    }
    if !check(")") {
      throw SyntaxError(message: "invalid syntax. Perhaps you forgot a comma?", location: current.location)
    }
    return arguments
  }

  /// The inside of `[...]` after a value: an index, a slice, or a tuple of them.
  mutating func subscriptKey() throws(SyntaxError) -> Expression {
    let location = current.location
    var items: [Expression] = []
    var trailingComma = false
    repeat {
      if check("]") { break }
      items.append(try sliceItem())
      trailingComma = check(",")
    } while accept(",")
    guard !items.isEmpty else { throw invalid() }
    return items.count == 1 && !trailingComma ? items[0] : .tuple(items, location)
  }

  mutating func sliceItem() throws(SyntaxError) -> Expression {
    let location = current.location
    var start: Expression? = nil
    if !check(":") {
      start = check("*") ? try starred() : try expression()
      guard check(":") else { return start! }  // set just above
    }
    advance()
    let stop = check(":") || check("]") || check(",") ? nil : try expression()
    var step: Expression? = nil
    if accept(":") { step = check("]") || check(",") ? nil : try expression() }
    return .slice(start, stop, step, location)
  }
}
