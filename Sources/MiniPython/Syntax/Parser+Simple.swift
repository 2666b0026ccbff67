extension Parser {
  static let augmentedOperators: [String: BinaryOperator] = [
    "+=": .add, "-=": .subtract, "*=": .multiply, "/=": .trueDivide, "//=": .floorDivide,
    "%=": .modulo, "**=": .power, "@=": .matrixMultiply, "&=": .bitAnd, "|=": .bitOr,
    "^=": .bitXor, "<<=": .leftShift, ">>=": .rightShift,
  ]

  mutating func simpleStatement() throws(SyntaxError) -> Statement {
    let location = current.location
    if case .keyword(let k) = current.kind {
      switch k {
      case "pass":
        advance()
        return .pass(location)
      case "break":
        advance()
        return .breakLoop(location)
      case "continue":
        advance()
        return .continueLoop(location)
      case "return":
        advance()
        if current.kind == .newline || check(";") || current.kind == .end { return .returnValue(nil, location) }
        return .returnValue(try starExpressions(), location)
      case "del":
        advance()
        var targets: [Expression] = []
        repeat { targets.append(try bitOr()) } while accept(",") && current.kind != .newline
        return .delete(targets, location)
      case "global", "nonlocal":
        advance()
        var names: [String] = []
        repeat { names.append(try name()) } while accept(",")
        return k == "global" ? .global(names, location) : .nonlocal(names, location)
      case "assert":
        advance()
        let test = try expression()
        let message = accept(",") ? try expression() : nil
        return .assert(test, message, location)
      case "raise":
        advance()
        if current.kind == .newline || current.kind == .end { return .raise(nil, cause: nil, location) }
        let exception = try expression()
        let cause = acceptKeyword("from") ? try expression() : nil
        return .raise(exception, cause: cause, location)
      case "import":
        advance()
        var modules: [(name: String, alias: String?)] = []
        repeat {
          let module = try dottedName()
          modules.append((module, acceptKeyword("as") ? try name() : nil))
        } while accept(",")
        return .importModules(modules, location)
      case "from":
        advance()
        let module = try dottedName()
        guard acceptKeyword("import") else { throw invalid() }
        if accept("*") { return .importFrom(module, [], location) }
        let parenthesised = accept("(")
        var names: [(name: String, alias: String?)] = []
        repeat {
          if parenthesised && check(")") { break }
          let member = try name()
          names.append((member, acceptKeyword("as") ? try name() : nil))
        } while accept(",")
        if parenthesised { try expect(")") }
        return .importFrom(module, names, location)
      default:
        break
      }
    }
    let first = try starExpressions()
    if case .name("print", _) = first, Parser.startsOperand(current.kind) {
      throw SyntaxError(
        message: "Missing parentheses in call to 'print'. Did you mean print(...)?", location: location)
    }
    if case .op(let op) = current.kind, let binary = Parser.augmentedOperators[op] {
      try Parser.checkAugmentedTarget(first)
      advance()
      return .augmentedAssign(first, binary, try starExpressions(), location)
    }
    if check(":"), case .name = first {
      advance()
      _ = try expression()
      if accept("=") { return .assign([first], try starExpressions(), location) }
      return .pass(location)
    }
    guard check("=") else { return .expression(first, location) }
    var targets = [first]
    while accept("=") { targets.append(try starExpressions()) }
    let value = targets.removeLast()
    for target in targets { try Parser.checkTarget(target, inAssignment: true) }
    return .assign(targets, value, location)
  }

  mutating func dottedName() throws(SyntaxError) -> String {
    var parts = [try name()]
    while accept(".") { parts.append(try name()) }
    return parts.joined(separator: ".")
  }

  static func startsOperand(_ kind: Token.Kind) -> Bool {
    switch kind {
    case .name, .string, .formatString, .int, .float: return true
    default: return false
    }
  }

  /// Rejects what cannot be assigned to, with CPython's messages.
  static func checkTarget(_ target: Expression, inAssignment: Bool = false) throws(SyntaxError) {
    let what: String
    switch target {
    case .name, .attribute, .item: return
    case .tuple(let items, _), .list(let items, _):
      for item in items { try checkTarget(item, inAssignment: inAssignment) }
      return
    case .starred(let inner, _):
      try checkTarget(inner, inAssignment: inAssignment)
      return
    case .call: what = "function call"
    case .constant(.none, _), .constant(.bool, _), .constant(.ellipsis, _):
      if case .constant(.none, _) = target { what = "None" } else if case .constant(.bool(let b), _) = target {
        what = b ? "True" : "False"
      } else {
        what = "ellipsis"
      }
    case .constant, .formatted: what = "literal"
    case .compare: what = "comparison"
    case .lambda: what = "lambda"
    case .conditional: what = "conditional expression"
    case .comprehension(let c, _):
      what = c.kind == .list ? "list comprehension" : c.kind == .dict ? "dict comprehension"
        : c.kind == .set ? "set comprehension" : "generator expression"
    case .dict: what = "dict literal"
    case .set: what = "set display"
    default: what = "expression"
    }
    let hint = inAssignment && what != "None" && what != "True" && what != "False"
      ? " here. Maybe you meant '==' instead of '='?" : ""
    throw SyntaxError(message: "cannot assign to \(what)\(hint)", location: target.location)
  }

  static func checkAugmentedTarget(_ target: Expression) throws(SyntaxError) {
    switch target {
    case .name, .attribute, .item: return
    case .tuple: throw SyntaxError(message: "'tuple' is an illegal expression for augmented assignment", location: target.location)
    case .list: throw SyntaxError(message: "'list' is an illegal expression for augmented assignment", location: target.location)
    case .call: throw SyntaxError(message: "'function call' is an illegal expression for augmented assignment", location: target.location)
    case .constant, .formatted: throw SyntaxError(message: "'literal' is an illegal expression for augmented assignment", location: target.location)
    default: throw SyntaxError(message: "'expression' is an illegal expression for augmented assignment", location: target.location)
    }
  }
}
