extension Lexer {
  /// Lexes a string literal after its prefix (`r`, `f`, `rf`, `b`, `u`).
  mutating func string(prefix: String, _ start: SourceLocation) throws(SyntaxError) {
    let quote = chars[position]
    let triple = peek(1) == quote && peek(2) == quote
    position += triple ? 3 : 1
    var body = ""
    while true {
      guard let c = peek() else {
        throw SyntaxError(
          message: triple
            ? "unterminated triple-quoted string literal (detected at line \(line))"
            : "unterminated string literal (detected at line \(start.line))",
          location: start)
      }
      if c == quote && (!triple || (peek(1) == quote && peek(2) == quote)) {
        position += triple ? 3 : 1
        break
      }
      if c == "\n" {
        if !triple {
          throw SyntaxError(
            message: "unterminated string literal (detected at line \(start.line))", location: start)
        }
        body.append(c)
        position += 1
        newLine()
        continue
      }
      if c == "\\", let next = peek(1) {
        body.append(c)
        body.append(next)
        position += 2
        if next == "\n" { newLine() }
        continue
      }
      body.append(c)
      position += 1
    }
    let raw = prefix.contains("r")
    if prefix.contains("f") {
      tokens.append(Token(kind: .formatString(body), location: start))
    } else {
      tokens.append(Token(kind: .string(raw ? body : try Lexer.unescape(body, start)), location: start))
    }
  }

  /// Replaces backslash escapes: `\n \t \r \\ \' \" \0 \a \b \f \v \xhh \uXXXX`, line continuations.
  static func unescape(_ body: String, _ start: SourceLocation) throws(SyntaxError) -> String {
    guard body.contains("\\") else { return body }
    var out = ""
    var iterator = Array(body)
    var i = 0
    while i < iterator.count {
      let c = iterator[i]
      i += 1
      guard c == "\\", i < iterator.count else {
        out.append(c)
        continue
      }
      let e = iterator[i]
      i += 1
      switch e {
      case "n": out.append("\n")
      case "t": out.append("\t")
      case "r": out.append("\r")
      case "\\": out.append("\\")
      case "'": out.append("'")
      case "\"": out.append("\"")
      case "0": out.append("\0")
      case "a": out.append("\u{07}")
      case "b": out.append("\u{08}")
      case "f": out.append("\u{0C}")
      case "v": out.append("\u{0B}")
      case "\n": break
      case "x", "u", "U":
        let count = e == "x" ? 2 : e == "u" ? 4 : 8
        guard i + count <= iterator.count,
          let code = UInt32(String(iterator[i..<(i + count)]), radix: 16),
          let scalar = Unicode.Scalar(code)
        else {
          throw SyntaxError(message: "(unicode error) truncated \\\(e) escape", location: start)
        }
        out.unicodeScalars.append(scalar)
        i += count
      default:
        out.append("\\")
        out.append(e)
      }
    }
    iterator = []
    return out
  }

  static let operators: [String] = [
    "**=", "//=", ">>=", "<<=", "...", "->", ":=", "**", "//", "==", "!=", "<=", ">=", "<<", ">>",
    "+=", "-=", "*=", "/=", "%=", "@=", "&=", "|=", "^=", "+", "-", "*", "/", "%", "@", "&", "|",
    "^", "~", "<", ">", "(", ")", "[", "]", "{", "}", ",", ":", ".", ";", "=",
  ]

  mutating func punctuation(_ start: SourceLocation) throws(SyntaxError) {
    for op in Lexer.operators {
      let count = op.count
      guard position + count <= chars.count, String(chars[position..<(position + count)]) == op else {
        continue
      }
      position += count
      switch op {
      case "(", "[", "{":
        brackets.append((Character(op), start))
      case ")", "]", "}":
        guard let (open, _) = brackets.popLast() else {
          throw SyntaxError(message: "unmatched '\(op)'", location: start)
        }
        let expected: Character = open == "(" ? ")" : open == "[" ? "]" : "}"
        if Character(op) != expected {
          throw SyntaxError(
            message: "closing parenthesis '\(op)' does not match opening parenthesis '\(open)'",
            location: start)
        }
      default:
        break
      }
      tokens.append(Token(kind: .op(op), location: start))
      return
    }
    let c = chars[position]
    if c == "!" || c == "$" || c == "?" || c == "`" {
      throw SyntaxError(message: "invalid syntax", location: start)
    }
    let code = String(c.unicodeScalars.first!.value, radix: 16, uppercase: true)  // a Character has a scalar
    throw SyntaxError(
      message: "invalid character '\(c)' (U+\(String(repeating: "0", count: max(0, 4 - code.count)) + code))",
      location: start)
  }
}
