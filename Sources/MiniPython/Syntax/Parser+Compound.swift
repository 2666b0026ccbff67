extension Parser {
  mutating func classDefinition(decorators: [Expression]) throws(SyntaxError) -> Statement {
    let location = current.location
    advance()
    let className = try name()
    var base: Expression? = nil
    if accept("(") {
      if !check(")") {
        base = try expression()
        if accept(",") && !check(")") {
          throw SyntaxError(
            message: "multiple inheritance is not supported (one base class only)",
            location: current.location)
        }
      }
      try expect(")")
    }
    let body = try block(after: "class definition", line: location.line)
    return .classDefinition(
      ClassDefinition(name: className, base: base, body: body, decorators: decorators), location)
  }

  mutating func tryStatement() throws(SyntaxError) -> Statement {
    let location = current.location
    advance()
    let body = try block(after: "'try' statement", line: location.line)
    var handlers: [ExceptHandler] = []
    while checkKeyword("except") {
      let handlerLocation = current.location
      advance()
      var type: Expression? = nil
      var alias: String? = nil
      if !check(":") {
        type = try expression()
        if accept(",") {
          var types = [type!]  // set just above
          repeat { types.append(try expression()) } while accept(",")
          type = .tuple(types, handlerLocation)
        }
        if acceptKeyword("as") { alias = try name() }
      }
      let handlerBody = try block(after: "'except' statement", line: handlerLocation.line)
      handlers.append(ExceptHandler(type: type, name: alias, body: handlerBody, location: handlerLocation))
    }
    var orElse: [Statement] = []
    if !handlers.isEmpty && checkKeyword("else") {
      let line = current.location.line
      advance()
      orElse = try block(after: "'else' statement", line: line)
    }
    var finally: [Statement] = []
    if checkKeyword("finally") {
      let line = current.location.line
      advance()
      finally = try block(after: "'finally' statement", line: line)
    }
    if handlers.isEmpty && finally.isEmpty {
      throw SyntaxError(message: "expected 'except' or 'finally' block", location: current.location)
    }
    return .tryExcept(body, handlers, orElse: orElse, finally: finally, location)
  }

  mutating func withStatement() throws(SyntaxError) -> Statement {
    let location = current.location
    advance()
    var items: [(Expression, Expression?)] = []
    repeat {
      let context = try expression()
      var target: Expression? = nil
      if acceptKeyword("as") {
        target = try bitOr()
        try Parser.checkTarget(target!)  // set just above
      }
      items.append((context, target))
    } while accept(",")
    let body = try block(after: "'with' statement", line: location.line)
    return .with(items, body, location)
  }
}
