/// Turns source text into tokens, with `indent`/`dedent` for block structure (Python's rules:
/// newlines inside brackets and after `\` continue the line; blank and comment lines are skipped).
struct Lexer {
  let chars: [Character]
  var position = 0
  var line = 1
  var lineStart = 0
  var indents = [0]
  var brackets: [(Character, SourceLocation)] = []
  var tokens: [Token] = []
  var atLineStart = true

  init(_ source: String) {
    chars = Array(source.replacing("\r\n", with: "\n"))
  }

  /// The tokens of the whole source, ending with `newline` (if needed), `dedent`s and `end`.
  static func tokenize(_ source: String) throws(SyntaxError) -> [Token] {
    var lexer = Lexer(source)
    try lexer.run()
    return lexer.tokens
  }

  var location: SourceLocation { SourceLocation(line: line, column: position - lineStart + 1) }

  func peek(_ offset: Int = 0) -> Character? {
    position + offset < chars.count ? chars[position + offset] : nil
  }

  mutating func run() throws(SyntaxError) {
    while position < chars.count {
      while atLineStart && position < chars.count { try indentation() }
      if position >= chars.count { break }
      let c = chars[position]
      let start = location
      switch c {
      case " ", "\t", "\u{0C}":
        position += 1
      case "#":
        while let next = peek(), next != "\n" { position += 1 }
      case "\\":
        guard peek(1) == "\n" else {
          throw SyntaxError(message: "unexpected character after line continuation character", location: start)
        }
        position += 2
        newLine()
      case "\n":
        if brackets.isEmpty {
          if let last = tokens.last, last.kind != .newline {
            tokens.append(Token(kind: .newline, location: start))
          }
          atLineStart = true
        }
        position += 1
        newLine()
      case _ where c.isLetter || c == "_":
        try word(start)
      case _ where c.isASCII && c.isNumber, "." where peek(1)?.isASCII == true && peek(1)?.isNumber == true:
        try number(start)
      case "\"", "'":
        try string(prefix: "", start)
      default:
        try punctuation(start)
      }
    }
    if let (open, where_) = brackets.last {
      throw SyntaxError(message: "'\(open)' was never closed", location: where_)
    }
    if let last = tokens.last, last.kind != .newline {
      tokens.append(Token(kind: .newline, location: location))
    }
    while indents.count > 1 {
      indents.removeLast()
      tokens.append(Token(kind: .dedent, location: location))
    }
    tokens.append(Token(kind: .end, location: location))
  }

  mutating func newLine() {
    line += 1
    lineStart = position
  }

  /// Measures a new line's indentation and emits `indent`/`dedent`, skipping blank lines.
  mutating func indentation() throws(SyntaxError) {
    atLineStart = false
    var width = 0
    while let c = peek(), c == " " || c == "\t" || c == "\u{0C}" {
      width = c == "\t" ? (width / 8 + 1) * 8 : width + 1
      position += 1
    }
    guard let c = peek(), c != "\n", c != "#", !atNotebookSetupMagic else {
      if peek() == "#" || peek() == "%" { while let next = peek(), next != "\n" { position += 1 } }
      if peek() == "\n" {
        position += 1
        newLine()
        atLineStart = true
      }
      return
    }
    if c == "\\" && peek(1) == "\n" { return }
    if width > indents.last! {  // indents always holds the base level 0
      indents.append(width)
      tokens.append(Token(kind: .indent, location: location))
    } else {
      while width < indents.last! {  // as above
        indents.removeLast()
        tokens.append(Token(kind: .dedent, location: location))
      }
      if width != indents.last! {  // as above
        throw SyntaxError(
          kind: .indentationError, message: "unindent does not match any outer indentation level",
          location: location)
      }
    }
  }

  /// The notebook set-up lines that course notebooks open with (`%matplotlib inline`,
  /// `%load_ext autoreload`, `%autoreload 2`, `%config ...`); they configure Jupyter, so a pasted
  /// cell skips them like comments. Other `%` magics stay syntax errors, as in Python.
  static let notebookSetupMagics: Set<String> = ["matplotlib", "load_ext", "reload_ext", "autoreload", "config"]

  /// Whether the line from here is one of `notebookSetupMagics`.
  var atNotebookSetupMagic: Bool {
    guard peek() == "%" else { return false }
    var name = ""
    var offset = 1
    while let c = peek(offset), c.isLetter || c == "_" {
      name.append(c)
      offset += 1
    }
    return Lexer.notebookSetupMagics.contains(name) && (peek(offset) == nil || peek(offset) == " " || peek(offset) == "\n")
  }

  mutating func word(_ start: SourceLocation) throws(SyntaxError) {
    var text = ""
    while let c = peek(), c.isLetter || c.isNumber || c == "_" {
      text.append(c)
      position += 1
    }
    if let quote = peek(), quote == "\"" || quote == "'",
      ["r", "f", "rf", "fr", "u", "b", "br", "rb"].contains(text.lowercased())
    {
      try string(prefix: text.lowercased(), start)
      return
    }
    tokens.append(Token(kind: Token.keywords.contains(text) ? .keyword(text) : .name(text), location: start))
  }

  mutating func number(_ start: SourceLocation) throws(SyntaxError) {
    var text = ""
    if peek() == "0", let x = peek(1), "xXoObB".contains(x) {
      position += 2
      while let c = peek(), c.isHexDigit || c == "_" {
        text.append(c)
        position += 1
      }
      let radix = "xX".contains(x) ? 16 : "oO".contains(x) ? 8 : 2
      guard let value = Int(text.replacingUnderscores(), radix: radix) else {
        throw SyntaxError(message: "invalid \(radix == 16 ? "hexadecimal" : radix == 8 ? "octal" : "binary") literal", location: start)
      }
      tokens.append(Token(kind: .int(value), location: start))
      return
    }
    var isFloat = false
    while let c = peek() {
      if c.isASCII && c.isNumber || c == "_" {
        text.append(c)
      } else if c == "." && !isFloat && !text.contains("e") {
        isFloat = true
        text.append(c)
      } else if (c == "e" || c == "E"), !text.contains("e") {
        isFloat = true
        text.append("e")
        if let sign = peek(1), sign == "+" || sign == "-" {
          text.append(sign)
          position += 1
        }
      } else {
        break
      }
      position += 1
    }
    if let c = peek(), c == "j" || c == "J" {
      throw SyntaxError(message: "complex numbers are not supported", location: start)
    }
    if let c = peek(), c.isLetter {
      throw SyntaxError(message: "invalid decimal literal", location: start)
    }
    let clean = text.replacingUnderscores()
    if isFloat {
      guard let value = Double(clean.hasSuffix(".") ? clean + "0" : clean.hasPrefix(".") ? "0" + clean : clean) else {
        throw SyntaxError(message: "invalid decimal literal", location: start)
      }
      tokens.append(Token(kind: .float(value), location: start))
    } else {
      if clean.count > 1 && clean.hasPrefix("0") && clean.contains(where: { $0 != "0" }) {
        throw SyntaxError(
          message: "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
          location: start)
      }
      guard let value = Int(clean) else {
        throw SyntaxError(
          kind: .syntaxError, message: "integer literal too large: Backprop's int is 64-bit", location: start)
      }
      tokens.append(Token(kind: .int(value), location: start))
    }
  }
}
