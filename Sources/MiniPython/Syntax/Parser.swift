/// Builds the syntax tree from tokens by recursive descent, with CPython's syntax-error wording
/// for the mistakes learners make most (missing `:`, a missing indented block, `=` for `==`).
struct Parser {
  var tokens: [Token]
  var position = 0

  init(tokens: [Token]) {
    self.tokens = tokens
  }

  /// Parses a whole module.
  static func parse(_ source: String) throws(SyntaxError) -> [Statement] {
    var parser = Parser(tokens: try Lexer.tokenize(source))
    return try parser.module()
  }

  mutating func module() throws(SyntaxError) -> [Statement] {
    var statements: [Statement] = []
    while current.kind != .end {
      if current.kind == .newline {
        advance()
        continue
      }
      if current.kind == .indent {
        throw SyntaxError(kind: .indentationError, message: "unexpected indent", location: current.location)
      }
      statements += try statement()
    }
    return statements
  }

  // MARK: - Tokens

  var current: Token { tokens[position] }
  func peek(_ offset: Int = 1) -> Token { tokens[min(position + offset, tokens.count - 1)] }

  mutating func advance() {
    if position < tokens.count - 1 { position += 1 }
  }

  func check(_ op: String) -> Bool {
    if case .op(let o) = current.kind { return o == op }
    return false
  }

  func checkKeyword(_ keyword: String) -> Bool {
    if case .keyword(let k) = current.kind { return k == keyword }
    return false
  }

  mutating func accept(_ op: String) -> Bool {
    if check(op) {
      advance()
      return true
    }
    return false
  }

  mutating func acceptKeyword(_ keyword: String) -> Bool {
    if checkKeyword(keyword) {
      advance()
      return true
    }
    return false
  }

  mutating func expect(_ op: String) throws(SyntaxError) {
    guard accept(op) else {
      throw SyntaxError(message: "expected '\(op)'", location: current.location)
    }
  }

  mutating func name() throws(SyntaxError) -> String {
    guard case .name(let n) = current.kind else { throw invalid() }
    advance()
    return n
  }

  func invalid() -> SyntaxError {
    SyntaxError(message: "invalid syntax", location: current.location)
  }

  // MARK: - Statements

  mutating func statement() throws(SyntaxError) -> [Statement] {
    if case .keyword(let k) = current.kind {
      switch k {
      case "if": return [try ifStatement()]
      case "while": return [try whileStatement()]
      case "for": return [try forStatement()]
      case "def": return [try functionDefinition(decorators: [])]
      case "class": return [try classDefinition(decorators: [])]
      case "try": return [try tryStatement()]
      case "with": return [try withStatement()]
      default: break
      }
    }
    if check("@") { return [try decorated()] }
    return try simpleStatements()
  }

  mutating func simpleStatements() throws(SyntaxError) -> [Statement] {
    var statements = [try simpleStatement()]
    while accept(";") {
      if current.kind == .newline { break }
      statements.append(try simpleStatement())
    }
    guard current.kind == .newline || current.kind == .end else { throw invalid() }
    advance()
    return statements
  }

  /// `: NEWLINE INDENT statements DEDENT`, or `: simple_statements` on one line.
  mutating func block(after construct: String, line: Int) throws(SyntaxError) -> [Statement] {
    guard accept(":") else {
      throw SyntaxError(message: "expected ':'", location: current.location)
    }
    if current.kind != .newline { return try simpleStatements() }
    advance()
    guard current.kind == .indent else {
      throw SyntaxError(
        kind: .indentationError,
        message: "expected an indented block after \(construct) on line \(line)",
        location: current.location)
    }
    advance()
    var statements: [Statement] = []
    while current.kind != .dedent && current.kind != .end {
      if current.kind == .indent {
        throw SyntaxError(kind: .indentationError, message: "unexpected indent", location: current.location)
      }
      statements += try statement()
    }
    advance()
    return statements
  }

  mutating func ifStatement() throws(SyntaxError) -> Statement {
    let location = current.location
    let construct = checkKeyword("elif") ? "'elif' statement" : "'if' statement"
    advance()
    let test = try namedExpression()
    let body = try block(after: construct, line: location.line)
    var orElse: [Statement] = []
    if checkKeyword("elif") {
      orElse = [try ifStatement()]
    } else if checkKeyword("else") {
      let elseLine = current.location.line
      advance()
      orElse = try block(after: "'else' statement", line: elseLine)
    }
    return .ifElse(test, body, orElse, location)
  }

  mutating func whileStatement() throws(SyntaxError) -> Statement {
    let location = current.location
    advance()
    let test = try namedExpression()
    let body = try block(after: "'while' statement", line: location.line)
    var orElse: [Statement] = []
    if checkKeyword("else") {
      let elseLine = current.location.line
      advance()
      orElse = try block(after: "'else' statement", line: elseLine)
    }
    return .whileLoop(test, body, orElse: orElse, location)
  }

  mutating func forStatement() throws(SyntaxError) -> Statement {
    let location = current.location
    advance()
    let target = try targetList()
    guard acceptKeyword("in") else { throw invalid() }
    let iterable = try expressionList()
    let body = try block(after: "'for' statement", line: location.line)
    var orElse: [Statement] = []
    if checkKeyword("else") {
      let elseLine = current.location.line
      advance()
      orElse = try block(after: "'else' statement", line: elseLine)
    }
    return .forLoop(target, iterable, body, orElse: orElse, location)
  }

  /// A `for` target: `x`, `i, (a, b)`, `*rest`.
  mutating func targetList() throws(SyntaxError) -> Expression {
    let location = current.location
    var targets: [Expression] = []
    var trailingComma = false
    repeat {
      if checkKeyword("in") { break }
      targets.append(accept("*") ? .starred(try bitOr(), location) : try bitOr())
      trailingComma = check(",")
    } while accept(",")
    for target in targets { try Parser.checkTarget(target) }
    return targets.count == 1 && !trailingComma ? targets[0] : .tuple(targets, location)
  }

  mutating func decorated() throws(SyntaxError) -> Statement {
    var decorators: [Expression] = []
    while accept("@") {
      decorators.append(try namedExpression())
      guard current.kind == .newline else { throw invalid() }
      advance()
    }
    if checkKeyword("def") { return try functionDefinition(decorators: decorators) }
    if checkKeyword("class") { return try classDefinition(decorators: decorators) }
    throw invalid()
  }

  mutating func functionDefinition(decorators: [Expression]) throws(SyntaxError) -> Statement {
    let location = current.location
    advance()
    let functionName = try name()
    try expect("(")
    let parameters = try parameterList(closing: ")")
    try expect(")")
    if accept("->") { _ = try expression() }
    let body = try block(after: "function definition", line: location.line)
    return .function(
      FunctionDefinition(name: functionName, parameters: parameters, body: body, decorators: decorators),
      location)
  }

  /// Parameters up to `closing` (`)` for `def`, `:` for `lambda`).
  mutating func parameterList(closing: String) throws(SyntaxError) -> Parameters {
    var parameters = Parameters()
    var keywordOnly = false
    var seenDefault = false
    while !check(closing) {
      let location = current.location
      if accept("**") {
        parameters.varkw = try name()
        if check(":") && closing == ")" { advance(); _ = try expression() }
      } else if accept("*") {
        keywordOnly = true
        if case .name = current.kind { parameters.varargs = try name() }
        if check(":") && closing == ")" { advance(); _ = try expression() }
      } else if accept("/") {
        // Positional-only marker: accepted, not enforced.
      } else {
        let parameterName = try name()
        if closing == ")" && accept(":") { _ = try expression() }
        var defaultValue: Expression? = nil
        if accept("=") {
          defaultValue = try expression()
          seenDefault = true
        } else if seenDefault && !keywordOnly {
          throw SyntaxError(message: "non-default argument follows default argument", location: location)
        }
        if parameters.names.contains(parameterName) {
          throw SyntaxError(
            message: "duplicate argument '\(parameterName)' in function definition", location: location)
        }
        let parameter = Parameters.Parameter(name: parameterName, defaultValue: defaultValue)
        if keywordOnly { parameters.keywordOnly.append(parameter) } else { parameters.positional.append(parameter) }
      }
      if !accept(",") { break }
    }
    return parameters
  }
}
