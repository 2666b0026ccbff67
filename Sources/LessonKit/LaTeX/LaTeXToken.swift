/// One token of TeX maths source, with its 0-based character offset.
struct LaTeXToken: Equatable, Sendable {
  enum Kind: Equatable, Sendable {
    /// `\name` (letters), or `\` followed by one non-letter (`\,`, `\{`, `\|`).
    case command(String)
    /// Any other single character: a letter, digit, operator or punctuation.
    case character(Character)
    /// `{`
    case open
    /// `}`
    case close
    /// `^`
    case superscript
    /// `_`
    case `subscript`
    /// `&` (a matrix column break)
    case ampersand
    /// `\\` (a matrix row break)
    case rowBreak
    /// A run of whitespace (ignored in maths, kept inside `\text{…}`).
    case space
  }

  var kind: Kind
  var offset: Int

  /// Splits TeX source into tokens. `%` starts a comment to the end of the line.
  static func tokenize(_ source: String) -> [LaTeXToken] {
    let characters = Array(source)
    var tokens: [LaTeXToken] = []
    var index = 0
    while index < characters.count {
      let c = characters[index]
      let start = index
      index += 1
      switch c {
      case "\\":
        guard index < characters.count else {
          tokens.append(LaTeXToken(kind: .command(""), offset: start))
          continue
        }
        if characters[index] == "\\" {
          index += 1
          tokens.append(LaTeXToken(kind: .rowBreak, offset: start))
        } else if characters[index].isLetter {
          let nameStart = index
          while index < characters.count, characters[index].isLetter { index += 1 }
          let name = String(characters[nameStart..<index])
          tokens.append(LaTeXToken(kind: .command(name), offset: start))
        } else {
          tokens.append(LaTeXToken(kind: .command(String(characters[index])), offset: start))
          index += 1
        }
      case "{": tokens.append(LaTeXToken(kind: .open, offset: start))
      case "}": tokens.append(LaTeXToken(kind: .close, offset: start))
      case "^": tokens.append(LaTeXToken(kind: .superscript, offset: start))
      case "_": tokens.append(LaTeXToken(kind: .subscript, offset: start))
      case "&": tokens.append(LaTeXToken(kind: .ampersand, offset: start))
      case "%":
        while index < characters.count, characters[index] != "\n" { index += 1 }
      case _ where c.isWhitespace:
        while index < characters.count, characters[index].isWhitespace { index += 1 }
        tokens.append(LaTeXToken(kind: .space, offset: start))
      default:
        tokens.append(LaTeXToken(kind: .character(c), offset: start))
      }
    }
    return tokens
  }
}
