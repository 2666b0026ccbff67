/// A lexical token with its location.
struct Token: Equatable, Sendable {
  enum Kind: Equatable, Sendable {
    case name(String)
    case keyword(String)
    case int(Int)
    case float(Double)
    case string(String)
    /// An f-string's raw body (escapes processed, `{…}` fields left in place for the parser).
    case formatString(String)
    /// An operator or delimiter: `+`, `**=`, `(`, `:`, `...`.
    case op(String)
    case newline
    case indent
    case dedent
    case end
  }

  var kind: Kind
  var location: SourceLocation

  static let keywords: Set<String> = [
    "False", "None", "True", "and", "as", "assert", "break", "class", "continue", "def", "del",
    "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is",
    "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
  ]

  /// How the token reads in an error message (`'('`, `name 'x'`).
  var text: String {
    switch kind {
    case .name(let n): return n
    case .keyword(let k): return k
    case .int(let i): return String(i)
    case .float(let d): return PythonFloat.repr(d)
    case .string(let s): return Interpreter.quoted(s)
    case .formatString(let s): return "f" + Interpreter.quoted(s)
    case .op(let o): return o
    case .newline: return "newline"
    case .indent: return "indent"
    case .dedent: return "dedent"
    case .end: return "end of input"
    }
  }
}

/// A syntax error found by the lexer or the parser, with its location.
struct SyntaxError: Error {
  var kind: ExceptionKind = .syntaxError
  var message: String
  var location: SourceLocation
}
